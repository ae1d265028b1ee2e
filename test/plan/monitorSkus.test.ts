/**
 * The monitor per SKU (its own sheet): daily forecast vs actual per SKU, a blank day is no data
 * (not 0), typed actuals kept across rebuilds keyed by day + SKU. Hand numbers: every SKU sells
 * 10 a day, growth 10 %, so each promo day's forecast is 11.
 */
import { buildPlan } from "../../src/plan/buildPlan";
import { inputCells } from "../../src/plan/inputCells";
import { inputId, overridesFromValues } from "../../src/plan/readOverrides";
import { daySkuId, splitDaySkuId } from "../../src/plan/overrides";
import type { CellValue, PlanCell, PlanModel, PlanOverrides } from "../../src/plan/types";
import { isoToExcelSerial } from "../../src/core";
import { constantSales, SKU_A, skuCell, tinyInput } from "./fixtures";

const skuB = { ...SKU_A, sku: "B-CABLE", title: "Cable" };
const input = (today = "2025-07-10", extra: Parameters<typeof tinyInput>[0] = {}) =>
  tinyInput({
    today,
    skus: [SKU_A, skuB],
    sales: [...constantSales("A-CASE"), ...constantSales("B-CABLE")],
    actuals: [
      { date: "2025-07-08", sku: "A-CASE", units: 30 },
      { date: "2025-07-10", sku: "A-CASE", units: 25 },
    ],
    ...extra,
  });
const sheet = (m: PlanModel) => m.sheets[3];
/** The per-SKU monitor row of `sku` on `date`: its cells by column letter. */
function row(m: PlanModel, date: string, sku: string): Record<string, PlanCell> {
  const s = sheet(m);
  const serial = isoToExcelSerial(date);
  const r = s.cells.find(
    (c) =>
      c.address.startsWith("A") &&
      c.value === serial &&
      s.cells.some((b) => b.address === `B${c.address.slice(1)}` && b.value === sku),
  );
  if (!r) throw new Error(`no row ${date} ${sku}`);
  const n = r.address.slice(1);
  return Object.fromEntries(
    s.cells
      .filter((c) => c.address.slice(1) === n && /^[A-G]\d/.test(c.address))
      .map((c) => [c.address[0], c]),
  );
}
const shown = (c: PlanCell) => (c.kind === "formula" ? c.expected : c.value);
const rowValues = (m: PlanModel, date: string, sku: string) => {
  const x = row(m, date, sku);
  return ["C", "D", "E", "F", "G"].map((k) => shown(x[k]));
};

describe("monitor by SKU: one row per day and SKU", () => {
  const m = buildPlan(input());

  it("lists the promo days × SKUs by date, then the SKU table's order, as one keyed table", () => {
    const s = sheet(m);
    expect(s.name).toBe("StockUp Monitor by SKU");
    const t = s.tables[0];
    expect([t.name, t.range, t.rowKey]).toEqual([
      "StockUpMonitorSkus",
      "A4:G12", // 4 days × 2 SKUs below the header
      { column: "monsDate", kind: "daySku", skuColumn: "monsSku" },
    ]);
    expect(t.columns.map((c) => c.header)).toEqual([
      "Date",
      "SKU",
      "Forecast (with growth)",
      "Actual",
      "Cumulative forecast, days with actuals",
      "Cumulative actual",
      "Pace vs forecast",
    ]);
    expect(row(m, "2025-07-08", "A-CASE").D).toMatchObject({
      kind: "input",
      style: "input",
      value: 30,
      key: { kind: "daySku", date: "2025-07-08", sku: "A-CASE", column: "skuActual" },
    });
  });

  it("carries the cumulative actual over a day without data and leaves that day out of the pace", () => {
    // A-CASE: 30 on 07-08, no data 07-09, 25 on 07-10
    expect(rowValues(m, "2025-07-08", "A-CASE")).toEqual(
      [11, 30, 11, 30, 30 / 11].map((v, i) =>
        i === 4 ? expect.closeTo(v, 12) : expect.closeTo(v as number, 9),
      ),
    );
    expect(rowValues(m, "2025-07-09", "A-CASE")).toEqual([
      expect.closeTo(11, 9),
      null,
      expect.closeTo(11, 9),
      30,
      "no data",
    ]);
    // 55 sold over the 2 days with data, forecast 22 over those days: pace 2.5 (not 55 / 33)
    expect(rowValues(m, "2025-07-10", "A-CASE")).toEqual([
      expect.closeTo(11, 9),
      25,
      expect.closeTo(22, 9),
      55,
      expect.closeTo(2.5, 12),
    ]);
    // B-CABLE has no data at all: 0 carried, no pace
    expect(rowValues(m, "2025-07-08", "B-CABLE")).toEqual([expect.closeTo(11, 9), null, 0, 0, "no data"]);
  });

  it("writes the running totals and pace as formulas over the table's own columns (no A1 addresses)", () => {
    const x = row(m, "2025-07-10", "A-CASE");
    const sku = `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE([@[SKU]],"~","~~"),"*","~*"),"?","~?")`;
    expect(x.E.formula).toBe(
      `=SUMIFS(StockUpMonitorSkus[Forecast (with growth)],StockUpMonitorSkus[SKU],${sku},StockUpMonitorSkus[Date],"<="&[@[Date]],StockUpMonitorSkus[Actual],">=0")`,
    );
    expect(x.F.formula).toBe(
      `=SUMIFS(StockUpMonitorSkus[Actual],StockUpMonitorSkus[SKU],${sku},StockUpMonitorSkus[Date],"<="&[@[Date]])`,
    );
    expect(x.G.formula).toBe(
      '=IF(ISNUMBER([@[Actual]]),IF([@[Cumulative forecast, days with actuals]]<=0,1,[@[Cumulative actual]]/[@[Cumulative forecast, days with actuals]]),"no data")',
    );
  });

  it("runs on past the promo up to the plan date once there is an actual after it", () => {
    const after = buildPlan(
      input("2025-07-13", {
        actuals: [
          { date: "2025-07-12", sku: "A-CASE", units: 9 },
          { date: "2025-07-14", sku: "A-CASE", units: 99 }, // after the plan date: not an actual
        ],
      }),
    );
    // 07-08 … 07-13: 6 days in the daily totals and 6 × 2 rows per SKU
    expect(after.sheets[2].tables[0].range).toBe("A4:G10");
    expect(sheet(after).tables[0].range).toBe("A4:G16");
    expect(rowValues(after, "2025-07-12", "A-CASE").slice(1)).toEqual([
      9,
      expect.closeTo(11, 9),
      9,
      expect.closeTo(9 / 11, 12),
    ]);
    expect(row(after, "2025-07-13", "A-CASE").D.value).toBeNull();
    // without an actual after the promo the window is the promo
    expect(sheet(buildPlan(input("2025-07-13"))).tables[0].range).toBe("A4:G12");
  });

  it("speaks Chinese in a zh-CN plan", () => {
    const zh = buildPlan(input("2025-07-10", { settings: { ...tinyInput().settings, locale: "zh-CN" } }));
    expect(sheet(zh).name).toBe("按SKU监控");
    expect(row(zh, "2025-07-09", "A-CASE").G.expected).toBe("无数据");
  });
});

describe("monitor by SKU: typed actuals", () => {
  const typed = (cells: [string, string, CellValue][]): PlanOverrides => ({
    inputs: {},
    table: {},
    daySkus: Object.fromEntries(cells.map(([d, s, v]) => [daySkuId(d, s), { skuActual: v }])),
  });
  /** What a rebuild reads back after the buyer typed `edits` (address → value) on the sheet. */
  const readBack = (m: PlanModel, edits: Record<string, CellValue>): PlanOverrides => {
    const refs = inputCells(m);
    return overridesFromValues(
      refs,
      refs.map((r) => (r.sheet === sheet(m).name && r.address in edits ? edits[r.address] : r.written)),
    );
  };

  it("keeps a typed day across two rebuilds and feeds it to the SKU's pace and the SKU table", () => {
    const m0 = buildPlan(input());
    const at = row(m0, "2025-07-09", "B-CABLE").D.address;
    const over = readBack(m0, { [at]: 12 });
    expect(over.daySkus).toEqual({ [daySkuId("2025-07-09", "B-CABLE")]: { skuActual: 12 } });
    const m1 = buildPlan(input(), over);
    const m2 = buildPlan(input(), readBack(m1, {}));
    for (const m of [m1, m2]) {
      expect(row(m, "2025-07-09", "B-CABLE").D).toMatchObject({ value: 12, overridden: true });
      expect(rowValues(m, "2025-07-09", "B-CABLE").slice(2)).toEqual([
        expect.closeTo(11, 9),
        12,
        expect.closeTo(12 / 11, 12),
      ]);
      // the SKU table's actual to date and its forecast over the one day with data
      expect(skuCell(m, "B-CABLE", "actual").value).toBe(12);
      expect(skuCell(m, "B-CABLE", "forecastToDate").value as number).toBeCloseTo(11, 9);
    }
  });

  it("an emptied imported day is no data: out of the cumulative forecast and the pace", () => {
    const m = buildPlan(input(), typed([["2025-07-08", "A-CASE", null]]));
    expect(rowValues(m, "2025-07-08", "A-CASE").slice(1)).toEqual([null, 0, 0, "no data"]);
    expect(rowValues(m, "2025-07-10", "A-CASE").slice(1)).toEqual([
      25,
      expect.closeTo(11, 9),
      25,
      expect.closeTo(25 / 11, 12),
    ]);
    expect(skuCell(m, "A-CASE", "actual").value).toBe(25);
  });

  it("keeps day + SKU keys apart from the daily totals' dates and the SKU table's SKUs", () => {
    // a SKU named like a date: its per-SKU actual is neither the total monitor's day nor a SKU-table edit
    const odd = { ...SKU_A, sku: "2025-07-09", title: "Odd" };
    const inp = input("2025-07-10", {
      skus: [SKU_A, odd],
      sales: [...constantSales("A-CASE"), ...constantSales("2025-07-09")],
    });
    const m = buildPlan(inp, typed([["2025-07-08", "2025-07-09", 7]]));
    expect(row(m, "2025-07-08", "2025-07-09").D).toMatchObject({ value: 7, overridden: true });
    const total = m.sheets[2].cells.find((c) => c.key?.kind === "date" && c.key.date === "2025-07-09")!;
    expect(total.overridden).toBeUndefined();
    expect(m.sheets[1].cells.some((c) => c.overridden)).toBe(false);
    const ids = new Set(m.sheets.flatMap((s) => s.cells.filter((c) => c.key).map((c) => inputId(c.key!))));
    expect(ids.size).toBe(m.sheets.flatMap((s) => s.cells.filter((c) => c.key)).length);
    // the ISO date is always 10 characters: the id splits back into the same day and SKU
    expect(splitDaySkuId(daySkuId("2025-07-08", "2025-07-09"))).toEqual({
      date: "2025-07-08",
      sku: "2025-07-09",
    });
  });
});
