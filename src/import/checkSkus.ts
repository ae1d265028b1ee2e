import { DEFAULT_MAX_ISSUES, IssueCollector } from "./issueCollector";
import type { SalesRow } from "./importSales";
import { SalesHistory, type SalesInput } from "./salesHistory";
import type { SkuRow } from "./importSkus";
import type { ImportIssue } from "./types";

/**
 * Cross-checks sales against the SKU master: one UNKNOWN_SKU warning per SKU that has sales but
 * no master row (its sales stay imported; the plan cannot cost or order it until it is added).
 * `row` is 0 (daily rows no longer map to one source row); `value` and the message name the SKU.
 * @example findUnknownSkus([{ sku: "X", date: "2024-01-01", units: 1 }], []).map((i) => i.value) // => ["X"]
 */
export function findUnknownSkus(
  sales: SalesInput,
  skus: readonly SkuRow[],
  maxIssues: number = DEFAULT_MAX_ISSUES,
): ImportIssue[] {
  const known = new Set(skus.map((s) => s.sku));
  const reported = new Set<string>();
  const issues = new IssueCollector(maxIssues);
  const named: Iterable<{ sku: string }> =
    sales instanceof SalesHistory ? sales.skus : (sales as readonly SalesRow[]);
  for (const r of named) {
    if (known.has(r.sku) || reported.has(r.sku)) continue;
    reported.add(r.sku);
    issues.add("UNKNOWN_SKU", "warning", { row: 0, column: "sku", value: r.sku });
  }
  return issues.issues;
}
