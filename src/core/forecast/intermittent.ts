/**
 * Intermittent-demand methods for SKUs that sell on few periods. Censored periods are skipped
 * entirely: they neither count as a period without demand nor update any estimate, so a
 * stock-out never lowers the forecast.
 *
 * - Croston (1972): smooth the non-zero demand sizes z and the intervals p between them with α,
 *   updating only when demand occurs; forecast z/p.
 * - SBA, Syntetos & Boylan (2005): Croston × (1 − α/2), removing Croston's positive bias.
 * - TSB, Teunter, Syntetos & Babai (2011): smooth the demand probability d every period with β
 *   (toward 1 on demand, toward 0 otherwise) and the size z with α on demand; forecast d·z.
 *   Unlike Croston, its forecast decays while nothing sells (obsolescence).
 */

/** Which intermittent method. */
export type IntermittentMethod = "Croston" | "SBA" | "TSB";

export interface IntermittentRun {
  /** The flat forecast per future period after the last observation. */
  forecast: number;
  /** One-step forecasts made before each period (NaN before the first demand or when censored). */
  fitted: number[];
}

/** Smoothing constants tried per series; 0.05–0.3 is the range recommended by Syntetos & Boylan. */
export const INTERMITTENT_ALPHAS = [0.05, 0.1, 0.2, 0.3];

/**
 * Croston or SBA with smoothing constant α. Initialisation: at the first demand, z = that demand
 * and p = the number of observed periods up to and including it. At each later demand y after q
 * observed periods: z ← z + α(y − z), p ← p + α(q − p). Forecast f = z/p (Croston) or
 * (1 − α/2)·z/p (SBA).
 * @example croston([0, 2, 0, 4], [false, false, false, false], 0.5, "Croston").forecast // => 1.5
 */
export function croston(
  y: number[],
  censored: boolean[],
  alpha: number,
  variant: "Croston" | "SBA",
): IntermittentRun {
  const factor = variant === "SBA" ? 1 - alpha / 2 : 1;
  const fitted = new Array<number>(y.length).fill(NaN);
  let z = NaN;
  let p = NaN;
  let q = 0; // observed periods since the last demand, including the current one
  for (let t = 0; t < y.length; t++) {
    if (censored[t]) continue;
    if (z === z) fitted[t] = (factor * z) / p;
    q++;
    if (y[t] > 0) {
      if (z !== z) {
        z = y[t];
        p = q;
      } else {
        z += alpha * (y[t] - z);
        p += alpha * (q - p);
      }
      q = 0;
    }
  }
  return { forecast: z === z ? (factor * z) / p : 0, fitted };
}

/**
 * TSB with α (size) and β (probability). Initialisation at the first demand: z = that demand,
 * d = 1 / (observed periods up to and including it). Then every observed period:
 * d ← d + β([y > 0] − d); on demand z ← z + α(y − z). Forecast d·z.
 * @example tsb([0, 2, 0, 4], [false, false, false, false], 0.5, 0.5).forecast // => 0.625·3 = 1.875
 */
export function tsb(y: number[], censored: boolean[], alpha: number, beta: number): IntermittentRun {
  const fitted = new Array<number>(y.length).fill(NaN);
  let z = NaN;
  let d = NaN;
  let q = 0;
  for (let t = 0; t < y.length; t++) {
    if (censored[t]) continue;
    q++;
    if (z !== z) {
      if (y[t] > 0) {
        z = y[t];
        d = 1 / q;
      }
      continue;
    }
    fitted[t] = d * z;
    if (y[t] > 0) {
      d += beta * (1 - d);
      z += alpha * (y[t] - z);
    } else {
      d += beta * (0 - d);
    }
  }
  return { forecast: z === z ? d * z : 0, fitted };
}

export interface IntermittentChoice {
  method: IntermittentMethod;
  alpha: number;
  beta: number;
  run: IntermittentRun;
  /** One-step errors y − f over the periods with a forecast. */
  errors: number[];
}

/**
 * Chooses among Croston, SBA and TSB (and their constants from INTERMITTENT_ALPHAS, β = α for TSB)
 * by the mean squared one-step-ahead error — each one-step forecast uses only earlier data, so
 * this is rolling-origin validation with horizon 1.
 */
export function chooseIntermittent(y: number[], censored: boolean[]): IntermittentChoice {
  let best: IntermittentChoice | undefined;
  let bestMse = Infinity;
  const consider = (method: IntermittentMethod, alpha: number, beta: number, run: IntermittentRun): void => {
    const errors: number[] = [];
    let sq = 0;
    for (let t = 0; t < y.length; t++) {
      const f = run.fitted[t];
      if (f === f && !censored[t]) {
        errors.push(y[t] - f);
        sq += (y[t] - f) ** 2;
      }
    }
    const mse = errors.length > 0 ? sq / errors.length : Infinity;
    if (best === undefined || mse < bestMse) {
      best = { method, alpha, beta, run, errors };
      bestMse = mse;
    }
  };
  for (const a of INTERMITTENT_ALPHAS) {
    consider("Croston", a, 0, croston(y, censored, a, "Croston"));
    consider("SBA", a, 0, croston(y, censored, a, "SBA"));
    consider("TSB", a, a, tsb(y, censored, a, a));
  }
  return best as IntermittentChoice;
}
