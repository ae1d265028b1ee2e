import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fixRejected, importHistoryFile, importHistoryGrid } from "../../src/taskpane/data/importHistory";
import { toPlanInput } from "../../src/taskpane/compute/toPlanInput";
import { readDraft } from "../../src/taskpane/compute/readDraft";
import { openDetails, renderApp } from "./render";
import { FakeHost } from "./fakeHost";
import { flatDraft } from "./drafts";

jest.setTimeout(30_000);

describe("importHistoryGrid", () => {
  it("keeps good rows, rejects bad ones with row, column and both languages, and reads Excel date serials", () => {
    const r = importHistoryGrid(
      [
        ["date", "sku", "units"],
        [46266, "A", 3], // serial 46266 = 2026-09-01 (45846 = 2025-07-08, + 420 days)
        ["2026-08-31", "A", -2],
      ],
      "2026-09-15",
    );
    expect(r.rows).toEqual([{ sku: "A", date: "2026-09-01", units: 3 }]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({
      row: 3,
      column: "units",
      code: "NEGATIVE_QUANTITY",
      cells: ["2026-08-31", "A", "-2"],
    });
    expect(r.rejected[0].messageZh).not.toBe("");
  });
  it("reports a missing column as a whole-file issue, not as rejected rows", () => {
    const r = importHistoryGrid(
      [
        ["date", "units"],
        ["2026-09-01", 1],
      ],
      "2026-09-15",
    );
    expect(r.rows).toEqual([]);
    expect(r.fileIssues.map((i) => i.code)).toEqual(["MISSING_COLUMN"]);
  });
});

describe("importHistoryFile", () => {
  it("decodes GBK bytes with Chinese headers", () => {
    // "日期,商品编码,销量\n2026-09-01,A,4\n" in GBK: 日 C8D5 期 C6DA 商 C9CC 品 C6B7 编 B1E0 码 C2EB 销 CFFA 量 C1BF
    const bytes = new Uint8Array([
      0xc8,
      0xd5,
      0xc6,
      0xda,
      0x2c,
      0xc9,
      0xcc,
      0xc6,
      0xb7,
      0xb1,
      0xe0,
      0xc2,
      0xeb,
      0x2c,
      0xcf,
      0xfa,
      0xc1,
      0xbf,
      0x0a,
      ...Array.from(Buffer.from("2026-09-01,A,4\n", "ascii")),
    ]);
    expect(importHistoryFile(bytes, "2026-09-15").rows).toEqual([{ sku: "A", date: "2026-09-01", units: 4 }]);
  });
});

describe("fixRejected", () => {
  const rejected = importHistoryGrid(
    [
      ["date", "sku", "units"],
      ["2026-09-02", "B", "lots"],
    ],
    "2026-09-15",
  ).rejected[0];
  it("accepts the row once the bad cell is corrected", () => {
    expect(fixRejected(rejected, "6", "2026-09-15")).toEqual({
      rows: [{ sku: "B", date: "2026-09-02", units: 6 }],
    });
  });
  it("keeps it rejected, with the new reason, when the correction is still bad", () => {
    const out = fixRejected(rejected, "-1", "2026-09-15");
    expect("rejected" in out && out.rejected.code).toBe("NEGATIVE_QUANTITY");
  });
});

describe("toPlanInput", () => {
  it("turns percentages into fractions and lists every SKU of the history", () => {
    const draft = flatDraft(5, (d) => ({
      ...d,
      monitor: { actualsText: "2026-11-27, A, 12\n2026-11-28, 30" },
    }));
    const input = toPlanInput(draft, readDraft(draft).values, "2026-09-15", "zh-CN", "Li Na");
    expect(input.settings).toMatchObject({
      event: "bfcm",
      locale: "zh-CN",
      safetyStockMethod: "rule",
      // the registry's defaults (core: sea LCL 40 days, FBA fee 3.22 per unit)
      transitDaysSea: 40,
      fulfilmentFeePerUnit: 3.22,
    });
    expect(input.settings.discountDepth).toBeCloseTo(0.2, 12);
    // the step-4 lead time is the default for SKU rows without one; the mode split is decided by dates
    expect(input.settings.leadTimeDays).toBe(20);
    expect(input.settings.seaMaxShare).toBe(1);
    expect(input.settings.airMaxShare).toBe(1);
    expect(input.skus).toEqual([
      expect.objectContaining({ sku: "A", moq: 1, casePack: 1, leadTimeDays: 20 }),
    ]);
    // only actuals that name a SKU reach the plan's per-SKU monitor
    expect(input.actuals).toEqual([{ date: "2026-11-27", sku: "A", units: 12 }]);
    expect(input.builtBy).toBe("Li Na");
  });
});

describe("toPlanInput passes every master column on", () => {
  it("keeps a standalone battery (air and express refuse it) and the volume, as the CLI does", () => {
    const draft = flatDraft(5, (d) => ({
      ...d,
      history: {
        ...d.history,
        skus: [
          {
            sku: "A",
            battery: true,
            standaloneBattery: true,
            volumeCbm: 0.002,
            liquid: false,
            magnetic: false,
          },
        ],
      },
    }));
    const [a] = toPlanInput(draft, readDraft(draft).values, "2026-09-15", "en-US", "").skus;
    expect(a).toMatchObject({ sku: "A", battery: true, standaloneBattery: true, volumeCbm: 0.002, moq: 1 });
  });
});

describe("Step2History tables", () => {
  it("lists the workbook's tables and reads the chosen one", async () => {
    const host = new FakeHost(flatDraft(1));
    host.tables = {
      Sales2026: [
        ["Date", "SKU", "Units"],
        ["2026-09-01", "T", 5],
        ["2026-09-02", "T", 7],
      ],
    };
    renderApp(host);
    await userEvent.click(await screen.findByRole("radio", { name: "A table in this workbook" }));
    expect(await screen.findByRole("option", { name: "Sales2026" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Read table" }));
    await screen.findByText("1 SKU");
    await openDetails();
    expect(
      await screen.findByText(/2 rows for 1 SKU from Sep 1, 2026 to Sep 2, 2026 \(Sales2026\)/),
    ).toBeInTheDocument();
  });
  it("says so when the workbook has no tables", async () => {
    renderApp(new FakeHost(flatDraft(1)));
    await userEvent.click(await screen.findByRole("radio", { name: "A table in this workbook" }));
    expect(await screen.findByText("No tables in this workbook.")).toBeInTheDocument();
  });
});
