/**
 * The fake host must behave like Excel where the writer's correctness depends on it; these tests
 * pin those behaviours so a writer bug cannot hide behind a lenient fake.
 */
import {
  cellOf,
  createWorkbook,
  deleteTableRow,
  FakeHost,
  insertTableRow,
  insertRows,
  installFakeOffice,
  sheetByName,
  sortTableRows,
  typeInto,
} from "./fakeExcel";

async function enterIn(format: string | null, input: string) {
  const wb = createWorkbook();
  await new FakeHost(wb).run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (format) r.numberFormat = [[format]];
    r.formulas = [[input]];
    await ctx.sync();
  });
  return cellOf(wb, "Sheet1", "A1");
}

describe("FakeHost: load/sync discipline", () => {
  it("throws when a property is read before load and sync, like PropertyNotLoaded", async () => {
    // this test breaks the load/sync rules on purpose, to prove the fake catches it
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    await new FakeHost(createWorkbook()).run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => r.values).toThrow(/PropertyNotLoaded|not available/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/); // loaded but not synced
      await ctx.sync();
      expect(r.values).toEqual([[""]]);
    });
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  });

  it("applies queued writes only at sync", async () => {
    const wb = createWorkbook();
    await new FakeHost(wb).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, 2]];
      expect(cellOf(wb, "Sheet1", "A1")).toBeUndefined();
      await ctx.sync();
      expect(cellOf(wb, "Sheet1", "B1")?.value).toBe(2);
    });
  });

  it("counts syncs and measures each request's payload in UTF-8 bytes", async () => {
    const host = new FakeHost(createWorkbook());
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["备货"]];
      await ctx.sync();
      await ctx.sync();
    });
    expect(host.syncCount).toBe(2);
    // 40 overhead + JSON ["values",[["备货"]]]: 17 ASCII bytes + 2 CJK × 3 bytes
    expect(host.requestBytes).toEqual([40 + 17 + 6, 0]);
  });

  it("refuses a request over its size limit, like RequestPayloadSizeLimitExceeded", async () => {
    const host = new FakeHost(createWorkbook(), { maxRequestBytes: 100 });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(200)]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("rejects a values matrix whose shape differs from the range", async () => {
    await expect(
      new FakeHost(createWorkbook()).run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("FakeHost: Excel's entry rules (why the writer formats text cells as @)", () => {
  it("turns =, +, - and @ text into formulas in a General cell", async () => {
    expect((await enterIn(null, "=1+1"))?.formula).toBe("=1+1");
    expect((await enterIn(null, "+A1"))?.formula).toBe("=+A1");
    expect((await enterIn(null, "-A1"))?.formula).toBe("=-A1");
    expect((await enterIn(null, "@SUM(A1)"))?.formula).toBe("=SUM(A1)");
    expect((await enterIn(null, "0012"))?.value).toBe(12);
  });

  it("keeps the same strings verbatim as text in a cell formatted @ first", async () => {
    for (const s of ["=1+1", "+A1", "-A1", "@SUM(A1)", "0012", "\tTab", "\rCR"]) {
      expect(await enterIn("@", s)).toMatchObject({ value: s, formula: null });
    }
  });

  it("also stores text after a leading apostrophe, but without the apostrophe", async () => {
    expect(await enterIn(null, "'=1+1")).toMatchObject({ value: "=1+1", formula: null });
  });
});

describe("FakeHost: sheets, names, tables", () => {
  it("shares one workbook between two hosts: each sees the other's synced work", async () => {
    const wb = createWorkbook();
    const a = new FakeHost(wb);
    const b = new FakeHost(wb);
    await a.run(async (ctx) => {
      ctx.workbook.worksheets.add("Plan");
      await ctx.sync();
    });
    const names = await b.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1", "Plan"]);
  });

  it("refuses a duplicate sheet, name or table name", async () => {
    const wb = createWorkbook();
    const host = new FakeHost(wb);
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.add("sheet1");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await host.run(async (ctx) => {
      ctx.workbook.names.add("X", "=Sheet1!$A$1");
      await ctx.sync();
    });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.names.add("x", "=Sheet1!$A$2");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("makes references #REF! when their sheet is deleted and follows renames", async () => {
    const wb = createWorkbook(["Sheet1", "Plan"]);
    await new FakeHost(wb).run(async (ctx) => {
      ctx.workbook.names.add("Lead", "='Plan'!$B$5");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=Plan!B5*2"]];
      ctx.workbook.worksheets.getItem("Plan").name = "Plan 2";
      await ctx.sync();
    });
    expect(wb.names[0].formula).toBe("='Plan 2'!$B$5");
    expect(cellOf(wb, "Sheet1", "A1")?.formula).toBe("='Plan 2'!B5*2");
    await new FakeHost(wb).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Plan 2").delete();
      await ctx.sync();
    });
    expect(wb.names[0].formula).toBe("=#REF!$B$5");
    expect(cellOf(wb, "Sheet1", "A1")?.formula).toBe("=#REF!B5*2");
  });

  it("deletes a sheet's tables with it and refuses to delete the last visible sheet", async () => {
    const wb = createWorkbook(["Sheet1", "Data"]);
    const host = new FakeHost(wb);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      await ctx.sync();
    });
    expect(wb.tables).toHaveLength(1);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").delete();
      await ctx.sync();
    });
    expect(wb.tables).toHaveLength(0);
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("fills a formula down with autoFill FillCopy and copies formats with FillFormats", async () => {
    const wb = createWorkbook();
    await new FakeHost(wb).run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const head = ws.getRange("C2:D2");
      head.numberFormat = [["0.0", "@"]];
      head.formulas = [["=A2*$B$1+Rate", "text"]];
      head.autoFill("C2:D4", "FillCopy");
      const f = ws.getRange("F2");
      f.numberFormat = [["0%"]];
      f.autoFill("F2:F3", "FillFormats");
      await ctx.sync();
    });
    expect(cellOf(wb, "Sheet1", "C4")).toMatchObject({ formula: "=A4*$B$1+Rate", numberFormat: "0.0" });
    expect(cellOf(wb, "Sheet1", "D3")).toMatchObject({ value: "text", numberFormat: "@" });
    expect(cellOf(wb, "Sheet1", "F3")).toMatchObject({ value: null, numberFormat: "0%" });
  });

  it("refuses an autoFill destination that does not extend the source downwards", async () => {
    await expect(
      new FakeHost(createWorkbook()).run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("C2").autoFill("D2:D4", "FillCopy");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("applies only part of a failing batch, as Excel does (no rollback)", async () => {
    const wb = createWorkbook();
    const host = new FakeHost(wb, { failOnSync: 1, failAfterOps: 1 });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.add("A");
        ctx.workbook.worksheets.add("B");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "A"]);
  });
});

describe("FakeHost: what the task pane reads", () => {
  it("reads a named cell through NamedItem.getRange(), wherever the name points now", async () => {
    const wb = createWorkbook(["Sheet1", "Plan"]);
    const host = new FakeHost(wb);
    await host.run(async (ctx) => {
      ctx.workbook.names.add("GrowthRate", "='Plan'!$B$5");
      ctx.workbook.worksheets.getItem("Plan").getRange("B5").values = [[0.25]];
      await ctx.sync();
    });
    insertRows(wb, "Plan", 2); // the buyer inserted a row above: the name now says $B$6
    const read = () =>
      host.run(async (ctx) => {
        const n = ctx.workbook.names.getItem("GrowthRate").load("type");
        const r = n.getRange().load("values,address");
        await ctx.sync();
        return { type: n.type, values: r.values, address: r.address };
      });
    await expect(read()).resolves.toEqual({ type: "Range", values: [[0.25]], address: "Plan!B6" });
    // a deleted sheet leaves =#REF!$B$6: type "Error", and getRange() fails the request
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Plan").delete();
      await ctx.sync();
    });
    const type = await host.run(async (ctx) => {
      const n = ctx.workbook.names.getItem("GrowthRate").load("type");
      await ctx.sync();
      return n.type;
    });
    expect(type).toBe("Error");
    await expect(read()).rejects.toMatchObject({ code: "InvalidArgument" });
    // a missing name fails the request too (getItem, not getItemOrNullObject)
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.names.getItem("NoSuchName").getRange().load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("loads nothing from a null used range instead of failing", async () => {
    const wb = createWorkbook();
    const rows = await new FakeHost(wb).run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true).load("rowCount");
      await ctx.sync();
      return used.isNullObject ? 0 : used.rowCount;
    });
    expect(rows).toBe(0);
  });

  it("reads the selection and a table's range", async () => {
    const wb = createWorkbook(["Sheet1", "Data"]);
    const host = new FakeHost(wb);
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:B2").values = [
        ["SKU", "Units"],
        ["A-1", 5],
      ];
      ws.tables.add("A1:B2", true).name = "Sales";
      await ctx.sync();
    });
    wb.selection = { sheetId: sheetByName(wb, "Data").id, address: "B2" };
    const [selected, table] = await host.run(async (ctx) => {
      const sel = ctx.workbook.getSelectedRange().load("values");
      const t = ctx.workbook.tables.getItem("Sales").getRange().load("values");
      await ctx.sync();
      return [sel.values, t.values];
    });
    expect(selected).toEqual([[5]]);
    expect(table).toEqual([
      ["SKU", "Units"],
      ["A-1", 5],
    ]);
  });
});

describe("FakeHost: a buyer sorting, deleting and inserting table rows", () => {
  /** Table "T" on Data: header K|V|F in row 1, rows a/1, b/2, c/3, F a per-row formula. */
  async function table() {
    const wb = createWorkbook(["Data"]);
    await new FakeHost(wb).run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:C4").formulas = [
        ["K", "V", "F"],
        ["a", 1, "=B2*2"],
        ["b", 2, "=B3*2"],
        ["c", 3, "=B4*2"],
      ];
      ws.tables.add("A1:C4", true).name = "T";
      await ctx.sync();
    });
    return wb;
  }

  /** Body column `i` of T read through the table, as the writer reads it. */
  async function bodyColumn(wb: ReturnType<typeof createWorkbook>, i: number) {
    return new FakeHost(wb).run(async (ctx) => {
      const r = ctx.workbook.tables.getItem("T").getDataBodyRange().getColumn(i).load("values");
      await ctx.sync();
      return r.values.map((row) => row[0]);
    });
  }

  it("reads a table's body column through getDataBodyRange().getColumn", async () => {
    const wb = await table();
    expect(await bodyColumn(wb, 0)).toEqual(["a", "b", "c"]);
    expect(await bodyColumn(wb, 1)).toEqual([1, 2, 3]);
  });

  it("sorts constants with their row and leaves per-row formulas in place", async () => {
    const wb = await table();
    typeInto(wb, "Data", "B3", 20);
    sortTableRows(wb, "T", [2, 0, 1]);
    expect(await bodyColumn(wb, 0)).toEqual(["c", "a", "b"]);
    expect(await bodyColumn(wb, 1)).toEqual([3, 1, 20]);
    expect(cellOf(wb, "Data", "C2")?.formula).toBe("=B2*2");
    expect(() => sortTableRows(wb, "T", [0, 0, 1])).toThrow(/permutation/);
  });

  it("deletes a body row: rows below move up, formulas re-adjusted, the table shrinks", async () => {
    const wb = await table();
    deleteTableRow(wb, "T", 0);
    expect(await bodyColumn(wb, 0)).toEqual(["b", "c"]);
    expect(cellOf(wb, "Data", "C3")?.formula).toBe("=B3*2");
    expect(cellOf(wb, "Data", "A4")).toBeUndefined();
    expect(wb.tables[0].address).toBe("A1:C3");
  });

  it("inserts an empty body row: rows from there move down, the table grows", async () => {
    const wb = await table();
    insertTableRow(wb, "T", 1);
    expect(await bodyColumn(wb, 0)).toEqual(["a", "", "b", "c"]);
    expect(cellOf(wb, "Data", "C5")?.formula).toBe("=B5*2");
    expect(wb.tables[0].address).toBe("A1:C5");
  });
});

describe("installFakeOffice", () => {
  it("defines Office and Excel globals backed by the workbook", async () => {
    const target: Record<string, any> = {};
    const wb = createWorkbook();
    const host = installFakeOffice(target, wb, { displayLanguage: "zh-CN" });
    await expect(target.Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(target.Office.context.displayLanguage).toBe("zh-CN");
    target.Office.context.document.settings.set("k", 1);
    expect(wb.settings).toEqual({}); // not saved yet
    target.Office.context.document.settings.saveAsync();
    expect(wb.settings).toEqual({ k: 1 });
    await target.Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.add("Plan");
      await ctx.sync();
    });
    expect(sheetByName(wb, "Plan").visibility).toBe("Visible");
    expect(host.syncCount).toBe(1);
    expect(target.Excel.ConditionalFormatType.custom).toBe("Custom");
  });
});
