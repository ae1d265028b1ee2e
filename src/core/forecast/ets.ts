import { nelderMead } from "./nelderMead";

/**
 * Exponential smoothing in state-space form with additive errors, ETS(A, N|Ad, N|A|M), as in
 * Hyndman, Koehler, Ord & Snyder, "Forecasting with Exponential Smoothing" (2008), tables 2.1
 * and 6.1, and R's forecast::ets. Parameters are fitted by least squares (Nelder–Mead) and the
 * model is chosen by AICc (Hyndman & Khandakar 2008).
 *
 * Censored periods are missing values of the state-space model: the states move on by their
 * one-step forecast and no error is recorded, so a stock-out never pulls the level down.
 */

/** Seasonal component: none, additive or multiplicative. */
export type SeasonalKind = "N" | "A" | "M";

export interface EtsSpec {
  damped: boolean;
  seasonal: SeasonalKind;
  /** Season length m (ignored when seasonal is "N"). */
  seasonLength: number;
}

export interface EtsParams {
  alpha: number;
  /** Trend smoothing (used only when damped). */
  beta: number;
  /** Seasonal smoothing (used only when seasonal ≠ "N"). */
  gamma: number;
  /** Damping factor φ (used only when damped). */
  phi: number;
}

export interface EtsState {
  level: number;
  trend: number;
  /** Seasonal state per season position (t mod m); [] when seasonal is "N". */
  season: number[];
}

export interface EtsRun {
  /** Sum of squared one-step errors over observed periods. */
  sse: number;
  /** Number of observed periods in the sum. */
  observed: number;
  /** One-step forecasts ŷ_t for every period (censored ones included). */
  fitted: number[];
  /** State after the last period. */
  state: EtsState;
}

export interface EtsFit {
  spec: EtsSpec;
  params: EtsParams;
  run: EtsRun;
  /** Corrected Akaike information criterion (lower is better). */
  aicc: number;
  /** Residual variance σ² = SSE / (observed − parameters). */
  sigma2: number;
}

/** Bounds of φ as in forecast::ets: the damping must be real but not vanish. */
export const PHI_MIN = 0.8;
export const PHI_MAX = 0.98;
const PARAM_MIN = 1e-4;

/** Name of a spec in the ETS taxonomy, e.g. `ETS(A,Ad,M)`. */
export function etsName(spec: EtsSpec): string {
  return `ETS(A,${spec.damped ? "Ad" : "N"},${spec.seasonal})`;
}

function isSeasonal(spec: EtsSpec): boolean {
  return spec.seasonal !== "N" && spec.seasonLength > 1;
}

/**
 * Initial states by the usual heuristic (Hyndman et al. 2008 §2.6.1): level = mean of the first
 * observed season, trend = 0, seasonal = the first `maxSeasons` seasons' average deviation
 * (additive) or ratio (multiplicative) from their season means, normalised to sum 0 / average 1.
 */
export function etsInitialState(y: number[], censored: boolean[], spec: EtsSpec, maxSeasons = 3): EtsState {
  const m = isSeasonal(spec) ? spec.seasonLength : 1;
  const n = y.length;
  const seasons = Math.max(1, Math.min(maxSeasons, Math.floor(n / m)));
  let first = 0;
  let firstN = 0;
  for (let t = 0; t < Math.min(n, m === 1 ? 5 : m); t++) {
    if (!censored[t]) {
      first += y[t];
      firstN++;
    }
  }
  if (firstN === 0) {
    for (let t = 0; t < n; t++) {
      if (!censored[t]) {
        first += y[t];
        firstN++;
      }
    }
  }
  const level = firstN > 0 ? first / firstN : 0;
  if (m === 1) return { level, trend: 0, season: [] };
  const mult = spec.seasonal === "M";
  const sum = new Array<number>(m).fill(0);
  const cnt = new Array<number>(m).fill(0);
  for (let j = 0; j < seasons; j++) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < m; i++) {
      const t = j * m + i;
      if (t < n && !censored[t]) {
        s += y[t];
        c++;
      }
    }
    if (c === 0 || (mult && s <= 0)) continue;
    const mean = s / c;
    for (let i = 0; i < m; i++) {
      const t = j * m + i;
      if (t < n && !censored[t]) {
        sum[i] += mult ? y[t] / mean : y[t] - mean;
        cnt[i]++;
      }
    }
  }
  const season = sum.map((s, i) => (cnt[i] > 0 ? s / cnt[i] : mult ? 1 : 0));
  const avg = season.reduce((a, b) => a + b, 0) / m;
  const normalised = season.map((s) => (mult ? (avg > 0 ? s / avg : 1) : s - avg));
  // a zero multiplicative factor would freeze its position forever: floor it
  return { level, trend: 0, season: mult ? normalised.map((s) => Math.max(s, 1e-3)) : normalised };
}

/**
 * Runs the ETS recursions (Hyndman et al. 2008, table 2.1, additive error), for period t:
 *   ŷ = (ℓ + φb) + s           or (ℓ + φb)·s            (additive / multiplicative season)
 *   e = y − ŷ                   (0 when censored: states carry their forecast forward)
 *   ℓ' = ℓ + φb + α·e           or ℓ + φb + α·e/s
 *   b' = φb + β·e               or φb + β·e/s
 *   s' = s + γ·e                or s + γ·e/(ℓ + φb)
 * With no trend, b ≡ 0 and φ is irrelevant.
 */
export function runEts(
  y: number[],
  censored: boolean[],
  spec: EtsSpec,
  params: EtsParams,
  init: EtsState,
  keepFitted = true,
): EtsRun {
  const seasonal = isSeasonal(spec);
  const mult = seasonal && spec.seasonal === "M";
  const m = seasonal ? spec.seasonLength : 1;
  const { alpha, beta, gamma } = params;
  const phi = spec.damped ? params.phi : 0;
  let level = init.level;
  let trend = spec.damped ? init.trend : 0;
  const season = seasonal ? init.season.slice() : [];
  // the optimiser only needs the SSE: skip the per-period array there
  const fitted = keepFitted ? new Array<number>(y.length) : [];
  let sse = 0;
  let observed = 0;
  for (let t = 0; t < y.length; t++) {
    const base = level + phi * trend;
    const s = seasonal ? season[t % m] : mult ? 1 : 0;
    const yhat = mult ? base * s : base + s;
    if (keepFitted) fitted[t] = yhat;
    const e = censored[t] ? 0 : y[t] - yhat;
    if (!censored[t]) {
      sse += e * e;
      observed++;
    }
    if (mult) {
      const sd = s > 1e-9 ? s : 1e-9;
      level = base + (alpha * e) / sd;
      trend = phi * trend + (beta * e) / sd;
      season[t % m] = Math.max(1e-3, s + (gamma * e) / (Math.abs(base) > 1e-9 ? base : 1e-9));
    } else {
      level = base + alpha * e;
      trend = phi * trend + beta * e;
      if (seasonal) season[t % m] = s + gamma * e;
    }
  }
  return { sse, observed, fitted, state: { level, trend, season } };
}

/**
 * h-step point forecasts from the final state: ŷ_{n+h} = (ℓ + φ_h·b) ∘ s_{(n+h−1) mod m},
 * φ_h = φ + φ² + … + φ^h (Hyndman et al. 2008, table 2.1).
 */
export function etsForecast(
  run: EtsRun,
  spec: EtsSpec,
  params: EtsParams,
  n: number,
  horizon: number,
): number[] {
  const seasonal = isSeasonal(spec);
  const mult = seasonal && spec.seasonal === "M";
  const m = seasonal ? spec.seasonLength : 1;
  const { level, trend, season } = run.state;
  const out: number[] = [];
  let phiH = 0;
  let phiPow = 1;
  for (let h = 1; h <= horizon; h++) {
    if (spec.damped) {
      phiPow *= params.phi;
      phiH += phiPow;
    }
    const base = level + phiH * trend;
    const s = seasonal ? season[(n + h - 1) % m] : 0;
    out.push(mult ? base * s : base + s);
  }
  return out;
}

/**
 * Forecast variance multipliers v_h, Var(e_{n+h}) = σ²·v_h, for the linear (class 1) models
 * (Hyndman et al. 2008, table 6.1): v_h = 1 + Σ_{j=1}^{h−1} c_j², c_j = α + β·φ_j + γ·[j mod m = 0].
 * Used as an approximation for the multiplicative-season model too.
 */
export function etsVarianceMultipliers(spec: EtsSpec, params: EtsParams, horizon: number): number[] {
  const seasonal = isSeasonal(spec);
  const out: number[] = [];
  let v = 1;
  let phiJ = 0;
  let phiPow = 1;
  for (let h = 1; h <= horizon; h++) {
    out.push(v);
    const j = h; // c_j for the next step
    if (spec.damped) {
      phiPow *= params.phi;
      phiJ += phiPow;
    }
    const c =
      params.alpha +
      (spec.damped ? params.beta * phiJ : 0) +
      (seasonal && j % spec.seasonLength === 0 ? params.gamma : 0);
    v += c * c;
  }
  return out;
}

const logistic = (u: number): number => 1 / (1 + Math.exp(-u));
const logit = (p: number): number => Math.log(p / (1 - p));

/** Maps unconstrained u to admissible parameters: 0 < β < α < 1, 0 < γ < 1 − α, φ in [0.8, 0.98]. */
function toParams(u: number[], spec: EtsSpec): EtsParams {
  const alpha = PARAM_MIN + (1 - 2 * PARAM_MIN) * logistic(u[0]);
  let i = 1;
  const beta = spec.damped ? alpha * logistic(u[i++]) : 0;
  const gamma = isSeasonal(spec) ? (1 - alpha) * logistic(u[i++]) : 0;
  const phi = spec.damped ? PHI_MIN + (PHI_MAX - PHI_MIN) * logistic(u[i++]) : 1;
  return { alpha, beta, gamma, phi };
}

/**
 * SSE of one ETS run: the recursions of runEts in one tight loop over typed arrays, without the
 * fitted values or a state object (the optimiser calls this dozens of times per model). Must agree
 * with runEts exactly; `season` is scratch space of length ≥ m.
 */
function etsSse(
  y: Float64Array,
  obs: Uint8Array,
  spec: EtsSpec,
  params: EtsParams,
  init: EtsState,
  season: Float64Array,
): number {
  const n = y.length;
  const { alpha, beta, gamma } = params;
  const damped = spec.damped;
  const phi = damped ? params.phi : 0;
  let level = init.level;
  let trend = damped ? init.trend : 0;
  let sse = 0;
  if (!isSeasonal(spec)) {
    for (let t = 0; t < n; t++) {
      const base = level + phi * trend;
      if (obs[t] === 1) {
        const e = y[t] - base;
        sse += e * e;
        level = base + alpha * e;
        trend = phi * trend + beta * e;
      } else {
        level = base;
        trend = phi * trend;
      }
    }
    return sse;
  }
  const m = spec.seasonLength;
  for (let i = 0; i < m; i++) season[i] = init.season[i];
  let j = 0; // t mod m, without a division per period
  if (spec.seasonal === "A") {
    for (let t = 0; t < n; t++) {
      const base = level + phi * trend;
      const s = season[j];
      const e = obs[t] === 1 ? y[t] - (base + s) : 0;
      sse += e * e;
      level = base + alpha * e;
      trend = phi * trend + beta * e;
      season[j] = s + gamma * e;
      if (++j === m) j = 0;
    }
    return sse;
  }
  for (let t = 0; t < n; t++) {
    const base = level + phi * trend;
    const s = season[j];
    const e = obs[t] === 1 ? y[t] - base * s : 0;
    sse += e * e;
    const sd = s > 1e-9 ? s : 1e-9;
    level = base + (alpha * e) / sd;
    trend = phi * trend + (beta * e) / sd;
    const g = s + (gamma * e) / (Math.abs(base) > 1e-9 ? base : 1e-9);
    season[j] = g > 1e-3 ? g : 1e-3;
    if (++j === m) j = 0;
  }
  return sse;
}

// Scratch buffers for fitEts's series, reused across calls (fitEts never nests): a new typed
// array per model fit is mostly garbage-collector work in a 1,000-cell recalculation.
let scratchY = new Float64Array(0);
let scratchObs = new Uint8Array(0);

/** Where the optimiser starts and how long it may search (see fitEts). */
export interface EtsFitOptions {
  /** Starting parameters, e.g. those of a simpler model already fitted (a warm start). */
  start?: Partial<EtsParams>;
  /** Initial states to use instead of etsInitialState's (same seasonal alignment as y). */
  init?: EtsState;
  /** Seasons averaged for the initial seasonal states (etsInitialState); default 3. */
  initialSeasons?: number;
  /** Nelder–Mead iterations per free parameter. */
  iterationsPerParameter?: number;
}

/** Default iterations per free parameter (see fitEts). */
export const ETS_ITERATIONS_PER_PARAMETER = 4;

/** Inverse of toParams for a starting point; parameters outside their range are pulled inside. */
function toUnconstrained(p: EtsParams, spec: EtsSpec): number[] {
  const inside = (x: number): number => Math.min(0.98, Math.max(0.02, x));
  const alpha = Math.min(1 - 2 * PARAM_MIN, Math.max(PARAM_MIN * 2, p.alpha));
  const u = [logit(inside((alpha - PARAM_MIN) / (1 - 2 * PARAM_MIN)))];
  if (spec.damped) u.push(logit(inside(p.beta / alpha)));
  if (isSeasonal(spec)) u.push(logit(inside(p.gamma / (1 - alpha))));
  if (spec.damped) u.push(logit(inside((p.phi - PHI_MIN) / (PHI_MAX - PHI_MIN))));
  return u;
}

/**
 * Fits one ETS spec by least squares over α (β, γ, φ) and returns it with its AICc:
 *   AICc = N·ln(SSE/N) + 2k + 2k(k+1)/(N − k − 1),
 * k = smoothing parameters + initial states (ℓ, b, m seasonal values − 1).
 * Returns undefined when N ≤ k + 1 (too few observations for this spec).
 * @example fitEts([5, 6, 5, 6, 5, 6], new Array(6).fill(false), { damped: false, seasonal: "N", seasonLength: 1 })
 */
export function fitEts(
  y: number[],
  censored: boolean[],
  spec: EtsSpec,
  options: EtsFitOptions = {},
): EtsFit | undefined {
  const seasonal = isSeasonal(spec);
  const nParams = 1 + (spec.damped ? 2 : 0) + (seasonal ? 1 : 0);
  const k = nParams + 1 + (spec.damped ? 1 : 0) + (seasonal ? spec.seasonLength - 1 : 0);
  const n = y.length;
  if (scratchY.length < n) {
    scratchY = new Float64Array(2 * n);
    scratchObs = new Uint8Array(2 * n);
  }
  const yy = scratchY.subarray(0, n);
  const obs = scratchObs.subarray(0, n);
  let observed = 0;
  for (let t = 0; t < n; t++) {
    yy[t] = 0;
    obs[t] = 0;
    if (!censored[t]) {
      yy[t] = y[t];
      obs[t] = 1;
      observed++;
    }
  }
  if (observed <= k + 1) return undefined;
  const init = options.init ?? etsInitialState(y, censored, spec, options.initialSeasons);
  const start = toUnconstrained({ alpha: 0.3, beta: 0.03, gamma: 0.07, phi: 0.89, ...options.start }, spec);
  const scratch = new Float64Array(Math.max(1, spec.seasonLength));
  const objective = (u: number[]): number => {
    const sse = etsSse(yy, obs, spec, toParams(u, spec), init, scratch);
    return Number.isFinite(sse) ? sse : Number.MAX_VALUE;
  };
  // a capped Nelder–Mead from a warm start with a 1e-4 relative tolerance on the SSE: past that
  // the forecasts and the AICc ranking barely move (checked on the Rossmann accuracy bench)
  const iterations = (options.iterationsPerParameter ?? ETS_ITERATIONS_PER_PARAMETER) * start.length;
  const best = nelderMead(objective, start, iterations, 0.5, 1e-4);
  const params = toParams(best.x, spec);
  const run = runEts(y, censored, spec, params, init, false);
  const sse = Math.max(run.sse, 1e-12 * observed);
  const aicc = observed * Math.log(sse / observed) + 2 * k + (2 * k * (k + 1)) / (observed - k - 1);
  return { spec, params, run, aicc, sigma2: sse / Math.max(1, observed - nParams) };
}
