/**
 * Minimises f over R^k by the Nelder–Mead simplex method (Nelder & Mead 1965, standard
 * coefficients: reflection 1, expansion 2, contraction 0.5, shrink 0.5). Used to fit ETS
 * smoothing parameters, as R's forecast::ets does (via optim). Deterministic.
 * @example nelderMead(([x]) => (x - 3) ** 2, [0]).x[0] // ≈ 3
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  maxIterations = 200,
  step = 0.5,
  tolerance = 1e-7,
): { x: number[]; value: number } {
  const k = start.length;
  const simplex: { x: number[]; v: number }[] = [{ x: start.slice(), v: f(start) }];
  for (let i = 0; i < k; i++) {
    const x = start.slice();
    x[i] += step;
    simplex.push({ x, v: f(x) });
  }
  for (let it = 0; it < maxIterations; it++) {
    simplex.sort((p, q) => p.v - q.v);
    const best = simplex[0];
    const worst = simplex[k];
    if (Math.abs(worst.v - best.v) <= tolerance * (Math.abs(best.v) + tolerance)) break;
    const centroid = new Array<number>(k).fill(0);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) centroid[j] += simplex[i].x[j] / k;
    const along = (t: number): number[] => centroid.map((c, j) => c + t * (worst.x[j] - c));
    const xr = along(-1);
    const vr = f(xr);
    if (vr < best.v) {
      const xe = along(-2);
      const ve = f(xe);
      simplex[k] = ve < vr ? { x: xe, v: ve } : { x: xr, v: vr };
    } else if (vr < simplex[k - 1].v) {
      simplex[k] = { x: xr, v: vr };
    } else {
      const xc = vr < worst.v ? along(-0.5) : along(0.5);
      const vc = f(xc);
      if (vc < Math.min(vr, worst.v)) {
        simplex[k] = { x: xc, v: vc };
      } else {
        for (let i = 1; i <= k; i++) {
          const x = simplex[i].x.map((v, j) => best.x[j] + 0.5 * (v - best.x[j]));
          simplex[i] = { x, v: f(x) };
        }
      }
    }
  }
  simplex.sort((p, q) => p.v - q.v);
  return { x: simplex[0].x, value: simplex[0].v };
}
