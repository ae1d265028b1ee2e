import { OutOfRangeError } from "../errors";
import { reason } from "../reasons";
import { requireOpenUnit, requirePositive } from "../validate";
import { normalLoss } from "./normalLoss";
import { upperTail } from "./normalCdf";

/** Inputs of {@link zForFillRate}. */
export interface FillRateInput {
  /** Target fill rate β (share of demand served from stock), strictly between 0 and 1. */
  fillRate: number;
  /** Units ordered per replenishment cycle Q (the demand each cycle must serve). */
  orderQuantity: number;
  /** Standard deviation of demand over the risk period (lead time + review), σ_{L+R}, in units. */
  demandStdDevUnits: number;
}

/**
 * Safety factor z that meets a fill-rate target: solves σ·G(z) = (1 − β)·Q for z, where G is the
 * standard normal loss function (expected units short per cycle = (1 − β)·Q).
 *
 * References: Silver, Pyke & Peterson (1998) §7.7.4, "P2" service measure, eq. 7.21.
 * Solved by Newton's method on G (convex, decreasing, G′(z) = −(1 − Φ(z))), started from z = −target,
 * left of the root, so iterates rise monotonically and never overshoot; z may be negative when the
 * target is loose.
 * @throws {InputError} an argument is not a finite number.
 * @throws {OutOfRangeError} fillRate outside (0, 1); orderQuantity or demandStdDevUnits ≤ 0; the
 *   target needs z > 8 (beyond any meaningful normal approximation).
 * @example zForFillRate({ fillRate: 0.98, orderQuantity: 500, demandStdDevUnits: 100 })
 * // => 0.9023 (G(z) = 0.1; SPP Appendix B: G(0.90) = 0.1004)
 */
export function zForFillRate(input: FillRateInput): number {
  const beta = requireOpenUnit("fillRate", input.fillRate);
  const q = requirePositive("orderQuantity", input.orderQuantity);
  const sigma = requirePositive("demandStdDevUnits", input.demandStdDevUnits);
  const target = ((1 - beta) * q) / sigma; // G(z) must equal this
  if (target < normalLoss(MAX_Z)) {
    throw new OutOfRangeError("fillRate", reason("fillRateTooHigh", { max: MAX_Z }));
  }
  // G(z) ≥ max(0, −z), so G(−target) ≥ target: −target is left of the root. G is convex and
  // decreasing, so Newton from the left moves right monotonically and never overshoots.
  let z = -target;
  for (let i = 0; i < 200; i++) {
    const g = normalLoss(z) - target;
    // G′(z) = Φ(z) − 1 = −(1 − Φ(z))
    const slope = -(z >= 0 ? upperTail(z) : 1 - upperTail(-z));
    const step = g / slope;
    z -= step;
    if (Math.abs(step) <= 1e-12 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}

/** Largest safety factor we solve for: G(8) ≈ 6e-17, beyond it the target is numerically zero. */
const MAX_Z = 8;
