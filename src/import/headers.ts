/**
 * Header matching: exports spell the same column many ways (`Units`, `units_sold`, `销量`,
 * `Weight (kg)`). A header cell and an alias match when they are equal after normalising:
 * lower case, BOM removed, spaces, `_`, `-`, brackets, `/`, `:` and `.` removed (so `weight_kg`,
 * `Weight (kg)` and `重量(kg)`/`重量kg` meet).
 * @example normalizeHeader(" Weight (kg) ") // => "weightkg"
 */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[\s_\-()（）[\]/:：.]+/g, "");
}

/**
 * Index of the first header cell matching any alias (aliases are tried in order, so the first
 * alias wins over later ones when a file has both), or -1.
 * @example findColumn(["date", "sku", "销量"], ["units", "销量"]) // => 2
 */
export function findColumn(header: readonly string[], aliases: readonly string[]): number {
  const normal = header.map(normalizeHeader);
  for (const alias of aliases) {
    const i = normal.indexOf(normalizeHeader(alias));
    if (i >= 0) return i;
  }
  return -1;
}
