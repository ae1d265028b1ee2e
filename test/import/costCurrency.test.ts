import { costMarker, currencyCode, fileCostCurrency } from "../../src/import/costCurrency";
import { importSkus } from "../../src/import/importSkus";
import { parseNumber } from "../../src/import/parseNumber";

describe("the currency of a unit cost", () => {
  it("reads codes, symbols and Chinese names, NFKC (full-width ￥) and any case", () => {
    expect(["CNY", "rmb", " ¥ ", "￥", "元", "人民币"].map(currencyCode)).toEqual(Array(6).fill("CNY"));
    expect(["usd", "$", "US$", "美元"].map(currencyCode)).toEqual(Array(4).fill("USD"));
    expect(["€", "EUR", "£", "JPY", "円", "HK$", "MYR"].map(currencyCode)).toEqual([
      "EUR",
      "EUR",
      "GBP",
      "JPY",
      "JPY",
      "HKD",
      "MYR",
    ]);
    expect(["dollars", "", "12", "C"].map(currencyCode)).toEqual([null, null, null, null]);
  });

  it("finds the marker written with an amount; a bare number has none", () => {
    const cells = [
      "¥9.50",
      "￥9.50",
      "9.5 CNY",
      "1.35元",
      "RMB 3",
      "$2.10",
      "US$ 2",
      "€ 3,10",
      "9,90 €",
      "-¥2",
    ];
    expect(cells.map(costMarker)).toEqual([
      "CNY",
      "CNY",
      "CNY",
      "CNY",
      "CNY",
      "USD",
      "USD",
      "EUR",
      "EUR",
      "CNY",
    ]);
    expect(["0.55", "12", "1,234.50", "(12.00)", "1e3", "abc"].map(costMarker)).toEqual(Array(6).fill(null));
    // the amount is parseNumber's: the same cells read as the numbers written
    expect(["¥9.50", "9.5 CNY", "1.35元"].map((c) => parseNumber(c))).toEqual([9.5, 9.5, 1.35]);
  });
});

const HEAD = "sku,unit_cost,case_pack";

describe("importSkus: the costs' currency per row and per file", () => {
  it("takes the currency column, normalised, or the marker; groups rows with a cost by it", () => {
    const r = importSkus(`${HEAD},currency\nA,9.5,10,rmb\nB,3.9,10,CNY\nC,,10,CNY\n`);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.sku, x.unitCost, x.currency])).toEqual([
      ["A", 9.5, "CNY"],
      ["B", 3.9, "CNY"],
      ["C", undefined, "CNY"],
    ]);
    // C has no cost: nothing to convert, not counted
    expect(r.meta.costCurrencies).toEqual([{ currency: "CNY", count: 2, rows: [2, 3] }]);
    expect(fileCostCurrency(r.meta.costCurrencies)).toEqual({ kind: "one", currency: "CNY" });
    const marked = importSkus(`${HEAD}\nA,¥9.50,10\nB,3.9 CNY,10\n`);
    expect(marked.rows.map((x) => [x.unitCost, x.currency])).toEqual([
      [9.5, "CNY"],
      [3.9, "CNY"],
    ]);
    expect(fileCostCurrency(marked.meta.costCurrencies)).toEqual({ kind: "one", currency: "CNY" });
  });

  it("a file without any currency is in the plan's purchase currency", () => {
    const r = importSkus(`${HEAD}\nA,1.35,10\nB,0.55,10\n`);
    expect(r.rows.map((x) => x.currency)).toEqual([undefined, undefined]);
    expect(fileCostCurrency(r.meta.costCurrencies)).toEqual({ kind: "none" });
  });

  it("rejects a row whose column names no currency or contradicts the cost's marker", () => {
    const r = importSkus(`${HEAD},currency\nA,9.5,10,dollars\nB,$2,10,CNY\nC,¥3,10,CNY\n`);
    expect(r.rows.map((x) => x.sku)).toEqual(["C"]);
    expect(r.issues.map((i) => [i.code, i.row, i.severity, i.message])).toEqual([
      [
        "BAD_CURRENCY",
        2,
        "error",
        'Row 2: currency "dollars" is not a currency (write a code such as CNY, USD, EUR, or ¥, $, €); row not imported.',
      ],
      [
        "CURRENCY_CONFLICT",
        3,
        "error",
        'Row 3: unit_cost "$2" is written in another currency than currency CNY says; row not imported. Make them agree.',
      ],
    ]);
    expect(r.issues[1].messageZh).toBe(
      "第 3 行：unit_cost“$2”所写的币种与 currency CNY 不一致；该行未导入。请改为一致。",
    );
  });

  it("refuses a mix, naming the rows of each currency (and rows that state none) in en and zh", () => {
    // the buyer's file: ¥9.50 on the first SKU, a bare 0.55 on the second
    const r = importSkus(`${HEAD}\nIP15,¥9.50,100\nGLASS,0.55,200\n`);
    const mixed = fileCostCurrency(r.meta.costCurrencies);
    expect(mixed.kind).toBe("mixed");
    if (mixed.kind !== "mixed") return;
    expect(mixed.message).toBe(
      "Unit costs are in more than one currency: CNY on row 2; no currency on row 3. A plan buys in one currency: write every cost in the same one (a currency column, or ¥ / $ / € with each cost).",
    );
    expect(mixed.messageZh).toBe(
      "单位成本包含多种币种：第 2 行为 CNY；第 3 行未注明币种。一个计划只能用一种币种采购：请把所有成本写成同一币种（用币种列，或在每个成本上写明 ¥ / $ / €）。",
    );
    // many rows: the first five of each, then the count
    const lines = Array.from({ length: 8 }, (_, i) => `S${i},${i % 2 ? "$1" : "¥1"},1`);
    const big = fileCostCurrency(importSkus(`${HEAD}\n${lines.join("\n")}\n`).meta.costCurrencies);
    expect(big.kind === "mixed" && big.message).toContain("CNY on rows 2, 4, 6, 8; USD on rows 3, 5, 7, 9");
    const ten = Array.from({ length: 10 }, (_, i) => `T${i},¥1,1`);
    const many = fileCostCurrency(importSkus(`${HEAD}\n${ten.join("\n")}\nU,$1,1\n`).meta.costCurrencies);
    expect(many.kind === "mixed" && [many.message, many.messageZh]).toEqual([
      expect.stringContaining("CNY on rows 2, 3, 4, 5, 6 … (10 rows); USD on row 12."),
      expect.stringContaining("第 2、3、4、5、6 等 10 行为 CNY；第 12 行为 USD。"),
    ]);
  });
});

describe("a unit cost column that names its currency in the header (second buyer's read)", () => {
  it("reads 采购价(元), 采购价（元）, unit cost (RMB), cost_cny and 成本价 as the cost, in that currency", () => {
    for (const [header, currency] of [
      ["采购价(元)", "CNY"],
      ["采购价（元）", "CNY"],
      ["unit cost (RMB)", "CNY"],
      ["cost_cny", "CNY"],
      ["USD cost", "USD"],
    ] as const) {
      const r = importSkus(`sku,${header}\nA,9.5\nB,3\n`);
      expect(r.meta.columns.unitCost).toBe(header);
      expect(r.rows.map((x) => [x.unitCost, x.currency])).toEqual([
        [9.5, currency],
        [3, currency],
      ]);
      expect(r.issues).toEqual([]);
    }
    // new plain aliases: the costs are in the plan's purchase currency, as before
    for (const header of ["成本价", "采购成本", "进货价", "cost price"]) {
      const r = importSkus(`sku,${header}\nA,9.5\n`);
      expect(r.rows[0].unitCost).toBe(9.5);
      expect(r.rows[0].currency).toBeUndefined();
    }
  });

  it("refuses a cost whose own marker contradicts the header's currency", () => {
    const r = importSkus("sku,采购价(元)\nA,$2\nB,3\n");
    expect(r.rows.map((x) => x.sku)).toEqual(["B"]);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([["CURRENCY_CONFLICT", 2]]);
  });

  it("warns when no column holds the unit cost, naming the columns it did not read", () => {
    const r = importSkus("sku,单价成本核算,重量\nA,9.5,0.1\n");
    expect(r.rows[0].unitCost).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.severity, i.detail])).toEqual([
      ["NO_COST_COLUMN", "warning", "单价成本核算"],
    ]);
    expect(importSkus("sku,cost\nA,1\n").issues).toEqual([]);
  });
});
