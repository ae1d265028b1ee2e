/** `importSkus` on the committed SKU master fixture and on Chinese (GBK) headers. */
import { importSkus, parseChannel } from "../../src/import/importSkus";
import { fixtureBytes } from "./fixtures";
import { encodeGbk } from "./gbk";

describe("importSkus", () => {
  const result = importSkus(fixtureBytes("skus.csv"));

  it("reads every column of the standard contract", () => {
    expect(result.rows[0]).toEqual({
      sku: "SKU-A",
      title: "Silicone Ice Cube Tray",
      unitCost: 2.35,
      weightKg: 0.32,
      lengthCm: 25,
      widthCm: 12,
      heightCm: 4,
      volumeCbm: 0.0012, // 25 × 12 × 4 = 1200 cm³ = 0.0012 m³
      battery: false,
      liquid: false,
      magnetic: false,
      moq: 500,
      casePack: 40,
      leadTimeDays: 25,
      onHand: 1200,
      onOrder: 0,
      sellingPrice: 19.99,
      channel: "amazon",
    });
  });

  it("reads a battery shipped on its own (power bank, UN3480) from the battery column", () => {
    const head = "sku,battery\n";
    const rows = importSkus(head + "P1,standalone\nP2,UN3480\nP3,充电宝\nP4,1\nP5,0\n").rows;
    expect(rows.map((r) => [r.sku, r.battery, r.standaloneBattery === true])).toEqual([
      ["P1", true, true],
      ["P2", true, true],
      ["P3", true, true],
      ["P4", true, false],
      ["P5", false, false],
    ]);
    const bad = importSkus(head + "P6,maybe\n").issues.find((i) => i.code === "BAD_FLAG");
    expect(bad?.message).toMatch(/power bank: standalone/);
  });

  it("reads flags and channels in any spelling", () => {
    expect(result.rows.map((r) => [r.sku, r.battery, r.magnetic, r.channel])).toEqual([
      ["SKU-A", false, false, "amazon"],
      ["SKU-B", true, false, "tiktok"],
      ["SKU-C", false, true, "shopee"], // "yes" and "Shopee"
      ["SKU-D", false, false, "walmart"],
      ["SKU-G", false, false, undefined], // "ebay": kept, channel left empty
    ]);
  });

  it("reads a channel by its name only, never by an Object property name", () => {
    expect(parseChannel(" TikTok Shop ")).toBe("tiktok");
    expect(parseChannel("亚马逊")).toBe("amazon");
    for (const name of ["constructor", "__proto__", "toString", "ebay"])
      expect(parseChannel(name)).toBeNull();
    const r = importSkus("sku,unit_cost,channel\nP1,1,constructor\n");
    expect(r.rows[0].channel).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(["BAD_CHANNEL"]);
  });

  it("keeps a quoted title with a comma whole", () => {
    expect(result.rows[1].title).toBe("Power Bank 10000mAh, USB-C");
  });

  it("keeps formula-like titles as text and flags them", () => {
    expect([result.rows[3].title, result.meta.formulaLikeCells]).toEqual([
      '=HYPERLINK("http://example.com","x")',
      [{ row: 5, column: "title" }],
    ]);
  });

  it("reports each bad row", () => {
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.severity])).toEqual([
      ["FORMULA_TEXT", 5, "title", "info"],
      ["DUPLICATE_SKU", 6, "sku", "warning"],
      ["BAD_NUMBER", 7, "unit_cost", "error"],
      ["OUT_OF_RANGE", 8, "case_pack", "error"],
      ["BAD_CHANNEL", 9, "channel", "warning"],
      ["BAD_FLAG", 10, "battery", "error"],
    ]);
  });

  it("counts rows in meta", () => {
    expect([result.meta.sourceRows, result.meta.rejectedRows, result.rows.length]).toEqual([9, 3, 5]);
  });

  it("matches Chinese headers in a GBK file", () => {
    const text =
      "商品编码,品名,采购价,币种,重量(kg),长(cm),宽(cm),高(cm),带电,液体,带磁,起订量,装箱数,交期,库存,在途,售价,渠道\n" +
      "CUP-01,保温杯,￥23.5,cny,0.4,10,10,20,否,否,否,300,24,15,100,0,$19.99,亚马逊\n";
    const r = importSkus(encodeGbk(text));
    expect([r.meta.encoding, r.issues]).toEqual(["gbk", []]);
    expect(r.rows).toEqual([
      {
        sku: "CUP-01",
        title: "保温杯",
        unitCost: 23.5,
        currency: "CNY",
        weightKg: 0.4,
        lengthCm: 10,
        widthCm: 10,
        heightCm: 20,
        volumeCbm: 0.002, // 10 × 10 × 20 = 2000 cm³
        battery: false,
        liquid: false,
        magnetic: false,
        moq: 300,
        casePack: 24,
        leadTimeDays: 15,
        onHand: 100,
        onOrder: 0,
        sellingPrice: 19.99,
        channel: "amazon",
      },
    ]);
  });

  it("prefers a given volume_cbm over the dimensions", () => {
    expect(
      importSkus("sku,volume_cbm,length_cm,width_cm,height_cm\nA,0.5,10,10,10\n").rows[0].volumeCbm,
    ).toBe(0.5);
  });

  it("rejects a fractional case pack or MOQ: the order arithmetic needs whole units", () => {
    const r = importSkus("sku,case_pack,moq,cost\nA,12.5,100,1\nB,12,7.5,1\nC,12,100,1\n");
    expect(r.rows.map((row) => row.sku)).toEqual(["C"]);
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.value, i.message, i.messageZh])).toEqual([
      [
        "OUT_OF_RANGE",
        2,
        "case_pack",
        "12.5",
        'Row 2: case_pack "12.5" is out of range (1, 2, 3 …).',
        "第 2 行：case_pack“12.5”超出范围（1, 2, 3 …）。",
      ],
      [
        "OUT_OF_RANGE",
        3,
        "moq",
        "7.5",
        'Row 3: moq "7.5" is out of range (0, 1, 2 …).',
        "第 3 行：moq“7.5”超出范围（0, 1, 2 …）。",
      ],
    ]);
  });

  it("leaves blank numbers absent, never zero", () => {
    const row = importSkus("sku,unit_cost,moq\nA,,\n").rows[0];
    expect(["unitCost" in row, "moq" in row]).toEqual([false, false]);
  });

  it("reports which header cell fed which field", () => {
    expect(importSkus("SKU,采购价\nA,1\n").meta.columns).toEqual({ sku: "SKU", unitCost: "采购价" });
  });
});

describe("importSkus: the on-order arrival date", () => {
  it("reads it under English and Chinese headers, as ISO, slash or Excel serial", () => {
    const en = importSkus(
      "sku,on_order,on_order_date,cost\nA,500,2027-10-05,1\nB,20,2027/10/6,1\nC,30,46667,1\nD,40,,1\n",
    );
    expect(en.issues).toEqual([]);
    // 46667 = 2027-10-07 (Excel 1900 serial); a blank date is "not given", not a date
    expect(en.rows.map((r) => [r.sku, r.onOrder, r.onOrderDate])).toEqual([
      ["A", 500, "2027-10-05"],
      ["B", 20, "2027-10-06"],
      ["C", 30, "2027-10-07"],
      ["D", 40, undefined],
    ]);
    const zh = importSkus("SKU,在途,在途到货日\nA,500,2027年10月5日\n");
    expect(zh.rows[0].onOrderDate).toBe("2027-10-05");
    expect(importSkus("sku,on order,expected arrival\nA,1,2027-10-05\n").rows[0].onOrderDate).toBe(
      "2027-10-05",
    );
    expect(importSkus("sku,在途,预计到货日期\nA,1,2027-10-05\n").rows[0].onOrderDate).toBe("2027-10-05");
  });

  it("reads a day/month date only one order can read, and refuses one both can (the row is not planned on a guess)", () => {
    const r = importSkus(
      "sku,on_order,on_order_date,cost\nA,5,13/10/2027,1\nB,5,10/13/2027,1\nC,5,03/04/2027,1\nD,5,soon,1\n",
    );
    expect(r.rows.map((x) => [x.sku, x.onOrderDate])).toEqual([
      ["A", "2027-10-13"],
      ["B", "2027-10-13"],
    ]);
    expect(r.issues.map((i) => [i.code, i.row, i.value])).toEqual([
      ["BAD_DATE", 4, "03/04/2027"],
      ["BAD_DATE", 5, "soon"],
    ]);
  });
});
