/**
 * The SKU file's cost currency in the pane (as the CLI reads it): a file in CNY sets the plan's
 * purchase currency and blocks the build until the buyer types the FX; a mixed file is refused
 * naming its rows; a file in USD (or naming no currency) builds as before, at FX 1.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp, TODAY } from "./render";
import { FakeHost } from "./fakeHost";
import { flatDraft } from "./drafts";
import type { PaneDraft, SkuRow } from "../../src/taskpane/draft";
import { derive } from "../../src/taskpane/useWizard";
import { importSkuFile } from "../../src/taskpane/data/importHistory";
import { toPlanInput } from "../../src/taskpane/compute/toPlanInput";

jest.setTimeout(60_000);

const HEADER = "sku,unit_cost,selling_price,weight_kg,length_cm,width_cm,height_cm";
const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

/** Master row of SKU "A" (the flat draft's only SKU) with this unit cost. */
const master = (unitCost: number): SkuRow => ({
  sku: "A",
  unitCost,
  sellingPrice: 10,
  weightKg: 0.5,
  lengthCm: 20,
  widthCm: 10,
  heightCm: 10,
  battery: false,
  liquid: false,
  magnetic: false,
});

/** Step-6 draft with the master row; `cny` = its costs were read as CNY from the file. */
const draftWith = (unitCost: number, patch: (d: PaneDraft) => PaneDraft = (d) => d, cny = false) =>
  flatDraft(5, (d) =>
    patch({
      ...d,
      history: { ...d.history, skus: [master(unitCost)], ...(cny ? { costCurrency: "CNY" } : {}) },
    }),
  );

describe("importSkuFile: the cost currency, as the CLI reads it", () => {
  it("reads one currency from a column or from the cost cells", () => {
    const column = importSkuFile(bytes(`sku,unit_cost,currency\nA,9.5,CNY\nB,1.35,rmb\n`));
    expect(column.costCurrency).toEqual({ kind: "one", currency: "CNY" });
    expect(column.skus.map((s) => s.unitCost)).toEqual([9.5, 1.35]);
    const marked = importSkuFile(bytes(`sku,unit_cost\nA,¥9.50\nB,9.5 CNY\nC,1.35元\n`));
    expect(marked.costCurrency).toEqual({ kind: "one", currency: "CNY" });
    expect(marked.skus.map((s) => s.unitCost)).toEqual([9.5, 9.5, 1.35]);
    expect(importSkuFile(bytes(`sku,unit_cost\nA,0.55\n`)).costCurrency).toEqual({ kind: "none" });
  });

  it("refuses a file mixing currencies, naming the rows of each in both languages, and loads none of it", () => {
    const r = importSkuFile(bytes(`sku,unit_cost\nA,¥9.50\nB,¥3\nC,$2\n`));
    expect(r.skus).toEqual([]);
    expect(r.fileIssues).toHaveLength(1);
    expect(r.fileIssues[0].message).toMatch(
      /^Unit costs are in more than one currency: CNY on rows 2, 3; USD on row 4\./,
    );
    expect(r.fileIssues[0].messageZh).toMatch(/^单位成本包含多种币种：第 2、3 行为 CNY；第 4 行为 USD。/);
  });
});

describe("derive: the FX a CNY cost needs", () => {
  it("refuses a CNY master on the FX field while the FX is the default 1, and names the pair", () => {
    const d = derive(
      draftWith(35, (x) => x, true),
      TODAY,
    );
    expect(d.read.problems.fxRate).toEqual({ key: "fxNeeded", params: { purchase: "CNY", sale: "USD" } });
    expect(d.stepsWithErrors).toContain(4); // step 5
    expect(d.landed).toBeNull();
  });

  it("with FX 0.14 typed, a ¥35 cost costs the plan what a 4.90 USD cost does: units × 4.90", () => {
    const cny = draftWith(
      35,
      (x) => ({ ...x, logistics: { ...x.logistics, fxRate: "0.14" }, fxFor: "CNY" }),
      true,
    );
    const usd = draftWith(4.9);
    const a = derive(cny, TODAY);
    const b = derive(usd, TODAY);
    expect(a.read.problems.fxRate).toBeUndefined();
    expect(a.landed && b.landed).toBeTruthy();
    expect(a.landed!.units).toBe(b.landed!.units);
    expect(a.landed!.units).toBeGreaterThan(0);
    // 35 CNY × 0.14 USD/CNY = 4.90 USD a unit, plus the default 1 % payment fee on the purchase
    // (the pane's "Purchase" row): 656 units × 4.90 × 1.01 = 3,246.544, each batch's fee rounded
    // to the cent by the core's landedCost (3,246.55)
    expect(a.landed!.units).toBe(656);
    expect(Math.abs(a.landed!.breakdown.purchase - 656 * 4.9 * 1.01)).toBeLessThan(0.01);
    expect(a.landed!.breakdown.purchase).toBeCloseTo(b.landed!.breakdown.purchase, 6);
    const input = toPlanInput(cny, a.read.values, TODAY, "en-US", "");
    expect(input.settings).toMatchObject({ purchaseCurrency: "CNY", fxRate: 0.14 });
  });

  it("does not take an FX typed for another currency (a rate is for one pair)", () => {
    const d = derive(
      draftWith(35, (x) => ({ ...x, logistics: { ...x.logistics, fxRate: "7.2" }, fxFor: "USD" }), true),
      TODAY,
    );
    expect(d.read.problems.fxRate?.key).toBe("fxNeeded");
  });

  it("builds a USD master (no currency stated) as before: purchase currency USD at FX 1", () => {
    const draft = draftWith(4.9);
    const d = derive(draft, TODAY);
    expect(d.read.problems.fxRate).toBeUndefined();
    expect(d.stepsWithErrors).toEqual([]);
    const input = toPlanInput(draft, d.read.values, TODAY, "en-US", "");
    expect(input.settings).toMatchObject({ purchaseCurrency: "USD", fxRate: 1 });
  });
});

/** Step 2 with history loaded, then the SKU file picked. */
async function pickSkuFile(text: string, locale: "en-US" | "zh-CN" = "en-US") {
  const host = new FakeHost(flatDraft(1));
  renderApp(host, locale);
  const input = await screen.findByTestId("sku-file");
  await userEvent.upload(input, new File([text], "skus.csv", { type: "text/csv" }));
  return host;
}

const CNY_FILE = `${HEADER},currency\nA,35,10,0.5,20,10,10,CNY\n`;

describe("Step 2 → 6 with a SKU file in CNY", () => {
  it("sets the purchase currency, blocks the build until the FX is typed in step 5, then builds at that FX", async () => {
    const host = await pickSkuFile(CNY_FILE);
    const note = await screen.findByTestId("cost-currency");
    expect(note).toHaveTextContent(
      "Unit costs in the SKU file are in CNY: the plan's purchase currency is CNY. Type the FX rate (USD per CNY) in step 5 before building.",
    );
    await userEvent.click(screen.getByTestId("tab-6"));
    expect(await screen.findByRole("button", { name: "Build plan sheet" })).toBeDisabled();
    // step 4 shows no purchase cost or cash at a rate the buyer has not given
    await userEvent.click(screen.getByTestId("tab-4"));
    const card4 = await screen.findByTestId("summary");
    expect(within(card4).getByText("Purchase cost").parentElement).toHaveTextContent("–");
    expect(within(card4).getByText("Purchase cost").parentElement).toHaveTextContent(/type the FX rate/);
    await userEvent.click(screen.getByTestId("tab-5"));
    const fx = await screen.findByTestId("fxRate");
    expect(
      within(fx.closest(".fui-Field") as HTMLElement).getByText(
        "Unit costs are in CNY: type the FX rate (USD per CNY) in step 5 before building.",
      ),
    ).toBeInTheDocument();
    await userEvent.clear(fx);
    await userEvent.type(fx, "0.14");
    await waitFor(() =>
      expect(within(fx.closest(".fui-Field") as HTMLElement).queryByText(/Unit costs are in CNY/)).toBeNull(),
    );
    expect(screen.getByText("Purchase currency CNY: USD paid for 1 CNY.")).toBeInTheDocument();
    // step 4's purchase cost in USD: 656 units × ¥35 × 0.14 = 656 × 4.90 = 3,214.40
    await userEvent.click(screen.getByTestId("tab-4"));
    const card = await screen.findByTestId("summary");
    expect(within(card).getByText("Purchase cost").parentElement).toHaveTextContent("$3,214.40");
    await userEvent.click(screen.getByTestId("tab-6"));
    const build = await screen.findByRole("button", { name: "Build plan sheet" });
    expect(build).toBeEnabled();
    await userEvent.click(build);
    await screen.findByTestId("build-result");
    expect(host.builds[0].settings).toMatchObject({ purchaseCurrency: "CNY", fxRate: 0.14 });
    expect(host.builds[0].skus[0].unitCost).toBe(35);
  });

  it("says the same in Chinese", async () => {
    await pickSkuFile(`${HEADER}\nA,¥35,10,0.5,20,10,10\n`, "zh-CN");
    expect(await screen.findByTestId("cost-currency")).toHaveTextContent(
      "SKU 文件中的单位成本为 CNY：计划的采购币种已设为 CNY。 生成计划前，请在第 5 步填写汇率（每 1 CNY 折合多少 USD）。",
    );
    await userEvent.click(screen.getByTestId("tab-5"));
    const fx = await screen.findByTestId("fxRate");
    expect(
      within(fx.closest(".fui-Field") as HTMLElement).getByText(
        "单位成本为 CNY：生成计划前，请在第 5 步填写汇率（每 1 CNY 折合多少 USD）。",
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByTestId("tab-6"));
    expect(await screen.findByRole("button", { name: "生成计划表" })).toBeDisabled();
  });

  it("shows a mixed file's rows per currency and keeps its rows out of the plan", async () => {
    await pickSkuFile(`${HEADER}\nA,¥35,10,0.5,20,10,10\nB,4.9 USD,10,0.5,20,10,10\n`);
    expect(
      await screen.findByText(/Unit costs are in more than one currency: CNY on row 2; USD on row 3\./),
    ).toBeInTheDocument();
    expect(screen.queryByTestId("cost-currency")).toBeNull();
  });

  it("builds a USD file as before, at FX 1 (the note says USD)", async () => {
    const host = await pickSkuFile(`${HEADER},currency\nA,4.9,10,0.5,20,10,10,USD\n`);
    expect(await screen.findByTestId("cost-currency")).toHaveTextContent(
      "Unit costs in the SKU file are in USD: the plan's purchase currency is USD.",
    );
    await userEvent.click(screen.getByTestId("tab-6"));
    const build = await screen.findByRole("button", { name: "Build plan sheet" });
    expect(build).toBeEnabled();
    await userEvent.click(build);
    await screen.findByTestId("build-result");
    expect(host.builds[0].settings).toMatchObject({ purchaseCurrency: "USD", fxRate: 1 });
  });
});

describe("a draft saved before the FX field existed", () => {
  it("opens with the FX at its default 1 and the plan preview as before", async () => {
    const old = flatDraft(4);
    const { fxRate: _gone, ...logistics } = old.logistics;
    renderApp(new FakeHost({ ...old, logistics } as unknown as PaneDraft));
    expect(await screen.findByTestId("fxRate")).toHaveValue("1");
    expect(screen.queryByText(/Unit costs are in/)).toBeNull();
  });
});
