/**
 * SKU master / costs importer.
 *
 * Standard contract (the bundled sample data and the CLI write exactly this header):
 *
 *     sku,title,unit_cost,weight_kg,length_cm,width_cm,height_cm,battery,liquid,magnetic,moq,case_pack,lead_time_days,on_hand,on_order,selling_price,channel
 *
 * Also accepted: `currency` (of the unit cost: CNY, RMB, ¥, 人民币, USD, $ …; see ./costCurrency), `volume_cbm` (instead of the three dimensions), `on_order_date`
 * (the day the on-order units arrive: ISO, 2027/10/05, an Excel serial, or a day/month date only
 * one order can read; 03/04/2027 is refused rather than guessed), and Chinese or
 * English aliases for every column (`SKU_ALIASES`: 品名, 采购价/成本, 重量, 长/宽/高, 带电, 液体,
 * 带磁, 起订量, 装箱数, 交期, 库存, 在途, 售价, 渠道 …). Only `sku` is required; blank cells are
 * "unknown" (absent from the row), never zero. Flags blank → false.
 *
 * Decisions: a SKU listed twice keeps its first row (DUPLICATE_SKU on the later one, not imported);
 * a bad or negative number rejects the row (the buyer fixes it rather than plan with a guess);
 * `case_pack` must be a whole number ≥ 1 and `moq` a whole number; an unknown channel keeps the row with the channel empty (BAD_CHANNEL).
 * `volumeCbm` = length × width × height / 1,000,000 when the three dimensions are given.
 * The unit cost's currency is the `currency` column or the marker written with the cost (`¥9.50`,
 * `9.5 CNY`, `1.35元`); a row whose column and marker disagree, or whose column names no currency,
 * is rejected (BAD_CURRENCY). `meta.costCurrencies` groups the imported rows by that currency, so
 * `fileCostCurrency` can tell one currency for the file from a mix (refused by the plan).
 */
import { findColumn, normalizeHeader } from "./headers";
import { parseNumber } from "./parseNumber";
import { readDateToken, resolveDateToken } from "./parseDate";
import { badNumber } from "./formats/cells";
import {
  costMarker,
  currencyCode,
  headerCurrency,
  LISTED_ROWS,
  type CostCurrencyGroup,
} from "./costCurrency";
import { withHeaderSearch, type PreambleSink } from "./findHeader";
import { ImportFile, importDelimited } from "./importSteps";
import { isBlankRecord, type TableSink } from "./readTable";
import { cellAt, parseFlag } from "./salesFormats";
import { reportCollapses, SkuKeys } from "./skuKey";
import type { DetectedEncoding, ImportInput, ImportMetaBase, ImportOptionsBase, ImportResult } from "./types";

/** Sales channels StockUp plans for. */
export type Channel = "amazon" | "tiktok" | "shopee" | "walmart" | "shopify";

/** One SKU of the master. Units are in the names: kg, cm, cbm, days. */
export interface SkuRow {
  sku: string;
  title?: string;
  unitCost?: number;
  /** ISO code of the unit cost's currency, when the row states it (column or `¥9.50`). */
  currency?: string;
  weightKg?: number;
  lengthCm?: number;
  widthCm?: number;
  heightCm?: number;
  volumeCbm?: number;
  battery: boolean;
  /**
   * The battery ships on its own (a power bank: UN3480), not in equipment: the battery column said
   * "standalone" / "UN3480" / 纯电池 / 充电宝. Air and express refuse it (the core's category rules).
   */
  standaloneBattery?: boolean;
  liquid: boolean;
  magnetic: boolean;
  moq?: number;
  casePack?: number;
  leadTimeDays?: number;
  onHand?: number;
  onOrder?: number;
  /** ISO date the on-order units arrive (become sellable); absent = the file does not say. */
  onOrderDate?: string;
  sellingPrice?: number;
  channel?: Channel;
}

/**
 * Battery-column values meaning a battery shipped on its own (UN3480: power banks, spare packs),
 * which air and express refuse; "1" / "yes" / 带电 is a battery in or with equipment (UN3481).
 */
const STANDALONE_BATTERY: ReadonlySet<string> = new Set([
  "standalone",
  "standalone battery",
  "power bank",
  "un3480",
  "纯电",
  "纯电池",
  "充电宝",
  "移动电源",
]);

/** Header aliases per field (first matching alias wins). */
export const SKU_ALIASES = {
  sku: ["sku", "seller sku", "msku", "sku编码", "商品sku", "商品编码", "货号"],
  title: ["title", "product name", "name", "item name", "品名", "商品名称", "产品名称", "标题", "名称"],
  unitCost: [
    "unit_cost",
    "unit cost",
    "cost",
    "purchase price",
    "采购价",
    "采购单价",
    "采购价格",
    "采购成本",
    "成本",
    "成本价",
    "单位成本",
    "进价",
    "进货价",
    "cost price",
    "purchase cost",
    "supplier price",
  ],
  currency: ["currency", "币种", "货币"],
  weightKg: ["weight_kg", "weight kg", "weight", "重量", "重量kg", "单件重量", "毛重"],
  lengthCm: ["length_cm", "length cm", "length", "长", "长cm", "长度", "长度cm"],
  widthCm: ["width_cm", "width cm", "width", "宽", "宽cm", "宽度", "宽度cm"],
  heightCm: ["height_cm", "height cm", "height", "高", "高cm", "高度", "高度cm"],
  volumeCbm: ["volume_cbm", "volume cbm", "cbm", "volume", "体积", "体积cbm", "体积m3", "体积 m³"],
  battery: ["battery", "has battery", "带电", "含电池", "电池"],
  liquid: ["liquid", "has liquid", "液体", "含液体"],
  magnetic: ["magnetic", "magnet", "带磁", "磁性", "含磁"],
  moq: ["moq", "min order qty", "minimum order quantity", "起订量", "最小起订量"],
  casePack: ["case_pack", "case pack", "carton qty", "units per carton", "装箱数", "箱规", "每箱数量"],
  leadTimeDays: ["lead_time_days", "lead time days", "lead time", "交期", "交期天", "采购周期", "生产周期"],
  onHand: ["on_hand", "on hand", "stock", "inventory", "库存", "现有库存", "在库"],
  onOrder: ["on_order", "on order", "in transit", "在途", "采购在途", "已下单"],
  onOrderDate: [
    "on_order_date",
    "on order date",
    "on order arrives",
    "on_order_eta",
    "on order eta",
    "eta",
    "arrival date",
    "expected arrival",
    "在途到货日",
    "在途到货日期",
    "到货日期",
    "预计到货日",
    "预计到货日期",
    "预计到仓日",
  ],
  sellingPrice: ["selling_price", "selling price", "price", "售价", "销售价", "单价"],
  channel: ["channel", "platform", "渠道", "平台"],
} as const;

type NumericField =
  | "unitCost"
  | "weightKg"
  | "lengthCm"
  | "widthCm"
  | "heightCm"
  | "volumeCbm"
  | "moq"
  | "casePack"
  | "leadTimeDays"
  | "onHand"
  | "onOrder"
  | "sellingPrice";
const NUMERIC_FIELDS: readonly NumericField[] = [
  "unitCost",
  "weightKg",
  "lengthCm",
  "widthCm",
  "heightCm",
  "volumeCbm",
  "moq",
  "casePack",
  "leadTimeDays",
  "onHand",
  "onOrder",
  "sellingPrice",
];
/** Smallest accepted value per numeric field (everything else ≥ 0). */
const MINIMUM: Partial<Record<NumericField, number>> = { casePack: 1 };
/** Counts of whole units: the order arithmetic (core `orderQuantity`) rejects 12.5 per carton. */
const WHOLE: ReadonlySet<NumericField> = new Set<NumericField>(["casePack", "moq"]);

const CHANNELS: ReadonlyMap<string, Channel> = new Map<string, Channel>([
  ["amazon", "amazon"],
  ["亚马逊", "amazon"],
  ["tiktok", "tiktok"],
  ["tiktok shop", "tiktok"],
  ["抖音", "tiktok"],
  ["shopee", "shopee"],
  ["虾皮", "shopee"],
  ["walmart", "walmart"],
  ["沃尔玛", "walmart"],
  ["shopify", "shopify"],
  ["独立站", "shopify"],
]);

/**
 * The sales channel a SKU master's (or the plan sheet's) channel text names, in en or zh, any case;
 * null when it names none. A Map, so a text such as "constructor" is no channel.
 * @example parseChannel(" TikTok Shop ") // => "tiktok"
 */
export function parseChannel(text: string): Channel | null {
  return CHANNELS.get(text.trim().toLowerCase()) ?? null;
}

export interface SkuImportMeta extends ImportMetaBase {
  /** Header columns recognised, by field. */
  columns: Partial<Record<keyof SkuRow, string>>;
  /** Imported rows with a unit cost, grouped by its currency ("" = not stated); see fileCostCurrency. */
  costCurrencies: CostCurrencyGroup[];
}

/** A streaming SKU importer: feed it a header and records, then `finish`. */
export interface SkuSink extends TableSink {
  finish(encoding: DetectedEncoding, delimiter: string): ImportResult<SkuRow, SkuImportMeta>;
  /** The file is not a table (an image, an archive, a legacy .xls): one file-level error. */
  notText(label: string): void;
}

/**
 * An on-order arrival date as ISO, or null. A day/month date is read only when one order makes it
 * a date (13/10/2027) or both read the same day: a PO date a week off is worse than asking.
 */
function onOrderDateOf(raw: string): string | null {
  const t = readDateToken(raw);
  if (t === null) return null;
  if (t.kind === "ymd") return t.iso;
  const mdy = t.mdy ? resolveDateToken(t, "MDY") : null;
  const dmy = t.dmy ? resolveDateToken(t, "DMY") : null;
  if (mdy !== null && dmy !== null && mdy !== dmy) return null;
  return mdy ?? dmy;
}

/** Creates the streaming importer behind `importSkus` (the xlsx reader feeds it too). */
export function createSkuSink(options: ImportOptionsBase = {}): SkuSink {
  const file = new ImportFile(options.maxIssues);
  const { issues, gate } = file;
  issues.decimal = options.decimal; // one decimal separator for the whole file (issue 16 #5)
  const rows: SkuRow[] = [];
  const firstRowOf = new Map<string, number>();
  const skuKeys = new SkuKeys();
  const costCurrencies = new Map<string, CostCurrencyGroup>();
  let idx: Record<keyof typeof SKU_ALIASES, number> | null = null;

  const name = (i: number): string => file.header[i] ?? "";
  const get = cellAt;

  /** The currency the unit cost's header names (采购价(元) → CNY); "" when it names none. */
  let headerCostCurrency = "";
  /**
   * The ISO code of the row's unit-cost currency, "" when the row states none, undefined when it
   * is unreadable or contradicts itself (the issue is added). The `currency` column states it,
   * else the cost header's currency (for a row with a cost), else the marker with the cost; a
   * marker beside a stated currency must agree with it.
   */
  const costCurrencyOf = (cells: string[], row: number): string | undefined => {
    if (!idx) return "";
    const costRaw = get(cells, idx.unitCost);
    const marker = costRaw === "" ? null : costMarker(costRaw);
    const columnRaw = get(cells, idx.currency);
    let stated: string;
    let statedBy: string; // the CURRENCY_CONFLICT message's "than {detail} says"
    if (columnRaw !== "") {
      const column = currencyCode(columnRaw);
      if (column === null) {
        issues.add("BAD_CURRENCY", "error", { row, column: name(idx.currency), value: columnRaw });
        return undefined;
      }
      stated = column;
      statedBy = `${name(idx.currency)} ${column}`;
    } else if (headerCostCurrency !== "" && costRaw !== "") {
      stated = headerCostCurrency;
      statedBy = name(idx.unitCost);
    } else return marker ?? "";
    if (marker !== null && marker !== stated) {
      issues.add("CURRENCY_CONFLICT", "error", {
        row,
        column: name(idx.unitCost),
        value: costRaw,
        detail: statedBy,
      });
      return undefined;
    }
    return stated;
  };

  const inner: PreambleSink = {
    preamble: (row) => file.preamble(row),
    header(cells, row) {
      if (!file.takeHeader(cells, row)) return;
      const found = Object.fromEntries(
        Object.entries(SKU_ALIASES).map(([k, aliases]) => [k, findColumn(file.header, aliases)]),
      ) as Record<keyof typeof SKU_ALIASES, number>;
      if (found.unitCost < 0) {
        // a cost column that names its currency in the header: 采购价(元), unit cost (RMB), cost_cny
        found.unitCost = file.header.findIndex((h) => {
          headerCostCurrency = headerCurrency(h, SKU_ALIASES.unitCost, normalizeHeader) ?? "";
          return headerCostCurrency !== "";
        });
      }
      if (found.sku >= 0) {
        idx = found;
        return;
      }
      file.headerMismatch(row, [{ name: "sku", accepted: SKU_ALIASES.sku }], "skus");
    },
    row(cells, row) {
      file.anyRecord = true;
      if (!idx) {
        if (!isBlankRecord(cells)) gate.sourceRows++;
        return;
      }
      if (!gate.admit(cells, row)) return;
      const rawSku = get(cells, idx.sku);
      // compared by canonical key with the sales files and the plan (issue 16 #3)
      const sku = rawSku === "" ? "" : skuKeys.key(rawSku, row);
      let ok = true;
      if (sku === "") {
        issues.add("MISSING_SKU", "error", { row, column: name(idx.sku) });
        ok = false;
      } else {
        issues.checkText(rawSku, row, name(idx.sku));
      }
      const out: SkuRow = { sku, battery: false, liquid: false, magnetic: false };
      for (const f of NUMERIC_FIELDS) {
        const i = idx[f];
        const raw = get(cells, i);
        const n = parseNumber(raw, options.decimal);
        if (n === null) continue;
        const column = name(i);
        if (!Number.isFinite(n)) {
          badNumber(raw, row, column, issues);
          ok = false;
        } else if (n < (MINIMUM[f] ?? 0)) {
          issues.add("OUT_OF_RANGE", "error", { row, column, value: raw, detail: `≥ ${MINIMUM[f] ?? 0}` });
          ok = false;
        } else if (WHOLE.has(f) && !Number.isInteger(n)) {
          // the detail lists whole numbers: readable in the English and the Chinese message alike
          const min = MINIMUM[f] ?? 0;
          issues.add("OUT_OF_RANGE", "error", {
            row,
            column,
            value: raw,
            detail: `${min}, ${min + 1}, ${min + 2} …`,
          });
          ok = false;
        } else {
          out[f] = n;
        }
      }
      for (const f of ["battery", "liquid", "magnetic"] as const) {
        const raw = get(cells, idx[f]);
        if (f === "battery" && STANDALONE_BATTERY.has(raw.normalize("NFKC").trim().toLowerCase())) {
          out.battery = true;
          out.standaloneBattery = true;
          continue;
        }
        const flag = parseFlag(raw);
        if (flag === undefined) {
          issues.add("BAD_FLAG", "error", { row, column: name(idx[f]), value: raw });
          ok = false;
        } else {
          out[f] = flag === true;
        }
      }
      const title = get(cells, idx.title);
      if (title !== "") {
        out.title = title;
        issues.checkText(title, row, name(idx.title));
      }
      const dateRaw = get(cells, idx.onOrderDate);
      if (dateRaw !== "") {
        const iso = onOrderDateOf(dateRaw);
        if (iso === null) {
          issues.add("BAD_DATE", "error", {
            row,
            column: name(idx.onOrderDate),
            value: dateRaw,
            detail: " (YYYY-MM-DD)",
          });
          ok = false;
        } else out.onOrderDate = iso;
      }
      const currency = costCurrencyOf(cells, row);
      if (currency === undefined) ok = false;
      else if (currency !== "") out.currency = currency;
      const channelRaw = get(cells, idx.channel);
      if (channelRaw !== "") {
        const ch = parseChannel(channelRaw);
        if (ch) out.channel = ch;
        else issues.add("BAD_CHANNEL", "warning", { row, column: name(idx.channel), value: channelRaw });
      }
      if (
        out.volumeCbm === undefined &&
        out.lengthCm !== undefined &&
        out.widthCm !== undefined &&
        out.heightCm !== undefined
      ) {
        out.volumeCbm = (out.lengthCm * out.widthCm * out.heightCm) / 1_000_000; // cm³ → m³
      }
      if (!ok) return;
      const first = firstRowOf.get(sku);
      if (first !== undefined) {
        issues.add("DUPLICATE_SKU", "warning", {
          row,
          column: name(idx.sku),
          value: sku,
          detail: String(first),
        });
        return;
      }
      firstRowOf.set(sku, row);
      rows.push(out);
      if (out.unitCost !== undefined) {
        const key = out.currency ?? "";
        const g = costCurrencies.get(key) ?? { currency: key, count: 0, rows: [] };
        g.count++;
        if (g.rows.length < LISTED_ROWS) g.rows.push(row);
        costCurrencies.set(key, g);
      }
    },
    malformed: (row, detail) => file.malformed(row, detail),
  };
  const search = withHeaderSearch(inner, (cells) => findColumn(cells, SKU_ALIASES.sku) >= 0);
  return file.sink(search, (encoding, delimiter) => {
    if (idx) reportCollapses(skuKeys, issues, name(idx.sku));
    if (idx && idx.unitCost < 0) {
      // no unit cost column: every cost would read 0 and the margin and ROI be fiction; say which
      // columns were not read, so a buyer sees the one that holds the cost
      const read = new Set(Object.values(idx).filter((i) => i >= 0));
      const unread = file.header.filter((h, i) => !read.has(i) && h.trim() !== "");
      issues.add("NO_COST_COLUMN", "warning", { row: 0, detail: unread.join(", ") || "—" });
    }
    file.closeIssues(idx !== null);
    const columns: Partial<Record<keyof SkuRow, string>> = {};
    if (idx)
      for (const [k, i] of Object.entries(idx)) if (i >= 0) columns[k as keyof SkuRow] = file.header[i];
    return {
      rows,
      issues: issues.issues,
      meta: { ...file.metaBase(encoding, delimiter), columns, costCurrencies: [...costCurrencies.values()] },
    };
  });
}

/**
 * Imports a SKU master (text or bytes; comma, tab or semicolon; UTF-8 ± BOM or GBK), one issue
 * per bad row. Never throws on bad content.
 * @throws InputError when `maxIssues` is not a whole number ≥ 0.
 * @example
 * importSkus("sku,unit_cost,case_pack\nA,3.5,12\n").rows
 * // => [{ sku: "A", unitCost: 3.5, casePack: 12, battery: false, liquid: false, magnetic: false }]
 */
export function importSkus(
  input: ImportInput,
  options: ImportOptionsBase = {},
): ImportResult<SkuRow, SkuImportMeta> {
  return importDelimited(input, options, createSkuSink);
}
