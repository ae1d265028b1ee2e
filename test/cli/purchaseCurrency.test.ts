/**
 * Supplier costs in another currency than the plan sells in: the CLI reads the costs' currency
 * from the SKU file (or --purchase-currency), takes the FX from --fx or the plan being rebuilt,
 * and refuses to guess it (never a CNY cost read as USD).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT_BAD_INPUT, EXIT_OK, preparePlan } from "../../src/cli/main";
import { decidePurchaseCurrency, type PlanCurrencyInputs } from "../../src/plan/purchaseCurrency";
import { readXlsxWorkbook } from "../../src/cli/tableFormulas";
import { toCellValue } from "../../src/cli/readPlanOverrides";
import { namedCell, skuCell } from "../plan/fixtures";
import { DATES, planIn, sales } from "./smallPlan";

const HEADER =
  "sku,unit_cost,weight_kg,length_cm,width_cm,height_cm,moq,case_pack,lead_time_days,on_hand,selling_price";
/** SKU A at 35 CNY (a currency column) and the same cost in USD at 0.14 USD per CNY: 4.90. */
const CNY_COLUMN = `${HEADER},currency\nA,35,0.2,10,10,5,100,50,20,10,20,CNY\n`;
const CNY_MARKED = `${HEADER}\nA,¥35.00,0.2,10,10,5,100,50,20,10,20\n`;
const USD = `${HEADER}\nA,4.9,0.2,10,10,5,100,50,20,10,20\n`;

describe("decidePurchaseCurrency", () => {
  const none = { kind: "none" } as const;
  const cny = { kind: "one", currency: "CNY" } as const;
  const plan = (
    p: Partial<Record<keyof PlanCurrencyInputs, { written?: string | number; typed?: string | number }>>,
  ) => ({ purchaseCurrency: {}, fxRate: {}, saleCurrency: { written: "USD" }, ...p }) as PlanCurrencyInputs;

  it("a file in CNY needs an FX: --fx, or the plan's for the same pair; never a default", () => {
    expect(decidePurchaseCurrency(cny, {})).toEqual({
      ok: false,
      key: "needFx",
      vars: { purchase: "CNY", sale: "USD" },
    });
    expect(decidePurchaseCurrency(cny, { fx: "0.14" })).toMatchObject({
      ok: true,
      purchaseCurrency: "CNY",
      fxRate: 0.14,
      fxFrom: "option",
    });
    // an earlier build wrote CNY and 0.14: kept
    const built = plan({ purchaseCurrency: { written: "CNY" }, fxRate: { written: 0.14 } });
    expect(decidePurchaseCurrency(cny, {}, built)).toMatchObject({
      ok: true,
      fxRate: 0.14,
      fxFrom: "plan",
      replaced: [],
    });
    // an old plan: the buyer typed CNY over the written USD but left FX at the default 1: not an FX
    const half = plan({ purchaseCurrency: { written: "USD", typed: "CNY" }, fxRate: { written: 1 } });
    expect(decidePurchaseCurrency(cny, {}, half)).toMatchObject({ ok: false, key: "needFx" });
    // the buyer typed the FX: kept, not overwritten by a default
    const typed = plan({ purchaseCurrency: { written: "CNY" }, fxRate: { written: 0.14, typed: 0.145 } });
    expect(decidePurchaseCurrency(cny, {}, typed)).toMatchObject({
      ok: true,
      fxRate: 0.145,
      fxFrom: "plan",
      replaced: [],
    });
    // --fx says otherwise: the option wins and says what it replaced
    expect(decidePurchaseCurrency(cny, { fx: "0.13" }, typed)).toMatchObject({
      ok: true,
      fxRate: 0.13,
      replaced: [{ name: "FxRate", was: 0.145, now: 0.13 }],
    });
  });

  it("the plan's FX is dropped when the plan now buys in another currency", () => {
    const eur = plan({ purchaseCurrency: { written: "EUR" }, fxRate: { written: 1.08, typed: 1.1 } });
    expect(decidePurchaseCurrency(cny, {}, eur)).toMatchObject({ ok: false, key: "needFx" });
    const typedUsd = plan({ purchaseCurrency: { written: "USD", typed: "EUR" }, fxRate: { typed: 1.1 } });
    expect(decidePurchaseCurrency(cny, { fx: "0.14" }, typedUsd)).toMatchObject({
      ok: true,
      purchaseCurrency: "CNY",
      replaced: [
        { name: "PurchaseCurrency", was: "EUR", now: "CNY" },
        { name: "FxRate", was: 1.1, now: 0.14 },
      ],
    });
  });

  it("--purchase-currency for bare costs; a conflict with the file, a bad code or FX, FX beside one currency", () => {
    expect(decidePurchaseCurrency(none, { currency: "rmb", fx: "0.14" })).toMatchObject({
      ok: true,
      purchaseCurrency: "CNY",
      currencyFrom: "option",
    });
    expect(decidePurchaseCurrency(none, { currency: "CNY" })).toMatchObject({ ok: false, key: "needFx" });
    expect(decidePurchaseCurrency(cny, { currency: "USD", fx: "0.14" })).toEqual({
      ok: false,
      key: "currencyConflict",
      vars: { costs: "CNY", option: "USD" },
    });
    expect(decidePurchaseCurrency(none, { currency: "dollars" })).toMatchObject({
      ok: false,
      key: "badCurrencyOption",
    });
    for (const fx of ["0", "-0.14", "abc", "1e3", "20000"])
      expect(decidePurchaseCurrency(cny, { fx })).toMatchObject({ ok: false, key: "badFx" });
    expect(decidePurchaseCurrency(none, { fx: "0.14" })).toMatchObject({ ok: false, key: "fxSameCurrency" });
    expect(decidePurchaseCurrency(none, {})).toMatchObject({ ok: true, purchaseCurrency: "USD", fxRate: 1 });
    expect(decidePurchaseCurrency(none, { fx: "1" })).toMatchObject({ ok: true, fxRate: 1 });
  });
});

/** A SKU table figure: a formula's core-computed number, or a written value. */
const figure = (m: Parameters<typeof skuCell>[0], key: string): number => {
  const c = skuCell(m, "A", key);
  return (c.kind === "formula" ? c.expected : c.value) as number;
};

describe("stockup plan with costs in CNY", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stockup-fx-"));
    writeFileSync(join(dir, "sales.csv"), sales());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const out = () => join(dir, "p.xlsx");
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  const model = async (skus: string, extra: string[] = []) => {
    writeFileSync(join(dir, "skus.csv"), skus);
    // a promo far enough ahead that sea freight can still bring an order
    const dates = [
      ...DATES.slice(0, 6).map((d, i) =>
        i === 1 ? "2025-09-08" : i === 3 ? "2025-09-11" : i === 5 ? "2025-08-20" : d,
      ),
      ...DATES.slice(6),
    ];
    const args = ["plan", "--sales", join(dir, "sales.csv"), "--skus", join(dir, "skus.csv"), ...dates];
    const r = await preparePlan([...args, "--out", join(dir, "m.xlsx"), ...extra], quiet);
    expect(r.code).toBe(EXIT_OK);
    return r.model!;
  };

  it("refuses a CNY cost without --fx, in en and zh, and writes nothing", async () => {
    for (const skus of [CNY_COLUMN, CNY_MARKED]) {
      writeFileSync(join(dir, "skus.csv"), skus);
      const en = await planIn(dir, out());
      expect([en.code, existsSync(out())]).toEqual([EXIT_BAD_INPUT, false]);
      expect(en.err).toContain(
        "skus.csv: the unit costs are in CNY, but the plan sells in USD and no exchange rate was given; a plan that guessed the rate cannot back a PO. Pass --fx with the USD paid for 1 CNY (e.g. --fx 0.14 for 0.14 USD per CNY).",
      );
      const zh = await planIn(dir, out(), ["--lang", "zh"]);
      expect(zh.err).toContain("请用 --fx 指定 1 CNY 折合多少 USD（如每人民币 0.14 美元：--fx 0.14）");
    }
  }, 60_000);

  it("refuses a file mixing ¥ costs and bare costs, even with --skip-bad-rows", async () => {
    writeFileSync(join(dir, "skus.csv"), `${CNY_MARKED}B,0.55,0.1,10,10,5,100,50,20,10,9\n`);
    const r = await planIn(dir, out(), ["--fx", "0.14", "--skip-bad-rows"]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toContain(
      "skus.csv: Unit costs are in more than one currency: CNY on row 2; no currency on row 3.",
    );
  }, 60_000);

  it("with --fx 0.14 a 35 CNY cost is 4.90 USD: the plan equals the one bought at 4.90 USD", async () => {
    const cny = await model(CNY_COLUMN, ["--fx", "0.14"]);
    expect(namedCell(cny, "PurchaseCurrency").value).toBe("CNY");
    expect(namedCell(cny, "FxRate").value).toBe(0.14);
    expect(skuCell(cny, "A", "unitCost").value).toBe(35);
    const usd = await model(USD);
    expect(namedCell(usd, "PurchaseCurrency").value).toBe("USD");
    expect(namedCell(usd, "FxRate").value).toBe(1);
    expect(figure(usd, "orderQty")).toBeGreaterThan(0);
    for (const key of ["warehouseUnit", "landedUnit", "marginUnit", "orderQty", "landedTotal", "cashOut"])
      expect([key, figure(cny, key)]).toEqual([key, expect.closeTo(figure(usd, key), 9)]);
    // the purchase part of the cost to the warehouse: 35 x 0.14 = 4.90, the rest is freight, duty …
    expect(figure(cny, "warehouseUnit")).toBeGreaterThan(4.9);
    expect(figure(cny, "warehouseUnit")).toBeLessThan(35);
    const marked = await model(CNY_MARKED, ["--fx", "0.14"]);
    expect(figure(marked, "warehouseUnit")).toBe(figure(cny, "warehouseUnit"));
  }, 60_000);

  it("says the rate and a worked cost; a rebuild keeps the FX the buyer typed, --fx replaces it", async () => {
    writeFileSync(join(dir, "skus.csv"), CNY_COLUMN);
    const first = await planIn(dir, out(), ["--fx", "0.14"]);
    expect(first.code).toBe(EXIT_OK);
    expect(first.err).toContain(
      "Purchase currency CNY (the SKU file's unit costs), FX 0.14 USD per CNY (--fx): a unit cost of 35.00 CNY is 4.9 USD.",
    );
    const fxAt = async () => {
      const wb = await readXlsxWorkbook(out());
      const [sheet, address] = wb.definedNames.getRanges("FxRate").ranges[0].replace(/\$/g, "").split("!");
      return { wb, ws: wb.getWorksheet(sheet.replace(/^'|'$/g, ""))!, address };
    };
    // rebuilt without --fx: the plan's 0.14 (written for CNY) is kept
    const again = await planIn(dir, out());
    expect(again.code).toBe(EXIT_OK);
    expect(again.err).toContain("FX 0.14 USD per CNY (kept from the plan)");
    // the buyer types 0.145 in the plan: a rebuild without --fx keeps it
    const { wb, ws, address } = await fxAt();
    ws.getCell(address).value = 0.145;
    await wb.xlsx.writeFile(out());
    const kept = await planIn(dir, out());
    expect(kept.code).toBe(EXIT_OK);
    expect(kept.err).toContain("FX 0.145 USD per CNY (kept from the plan)");
    let now = await fxAt();
    expect(toCellValue(now.ws.getCell(now.address).value)).toBe(0.145);
    // --fx replaces it, and says so
    const replaced = await planIn(dir, out(), ["--fx", "0.13"]);
    expect(replaced.err).toContain("FX 0.145, typed in the plan, is replaced by 0.13 (--fx).");
    now = await fxAt();
    expect(toCellValue(now.ws.getCell(now.address).value)).toBe(0.13);
    const zh = await planIn(dir, out(), ["--lang", "zh"]);
    expect(zh.err).toContain(
      "采购币种 CNY（取自 SKU 文件的单位成本），汇率每 1 CNY 折合 0.13 USD（沿用计划中的值）：单位成本 35.00 CNY 即 4.55 USD。",
    );
  }, 120_000);
});
