import { requireFinite } from "../validate";
import { normalPdf } from "./normalPdf";
import { upperTail } from "./normalCdf";

/**
 * Standard normal loss function G(z) = E[(Z − z)⁺] = φ(z) − z·(1 − Φ(z)): the expected shortage
 * per cycle, in standard deviations, when the safety factor is z.
 *
 * References: Silver, Pyke & Peterson (1998) "Inventory Management and Production Planning and
 * Scheduling", 3rd ed., §7.7 and Appendix B (tabulated as G_u(k)).
 * For z < 0 it uses G(z) = G(−z) − z (the identity E[(Z − z)⁺] − E[(z − Z)⁺] = −z) so the
 * subtraction never cancels.
 * @throws {InputError} z is not a finite number.
 * @example normalLoss(0) // => 0.3989422804014327
 */
export function normalLoss(z: number): number {
  requireFinite("z", z);
  if (z < 0) return lossNonNegative(-z) - z;
  return lossNonNegative(z);
}

function lossNonNegative(z: number): number {
  return Math.max(0, normalPdf(z) - z * upperTail(z));
}
