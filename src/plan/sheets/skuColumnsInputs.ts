/**
 * SKU table, left part: who the SKU is, its history, its forecast and the buyer's inputs.
 * Yellow input columns keep what a buyer types across rebuilds (keyed by SKU and column key).
 */
import { DATE_RULE } from "../settings";
import type { ValidationRule } from "../types";
import type { SkuColumn } from "./skuColumnTypes";

const RATE: ValidationRule = { type: "decimal", min: 0, max: 1 };
const NONNEG: ValidationRule = { type: "decimal", min: 0 };
const WHOLE: ValidationRule = { type: "whole", min: 0 };
const DAYS: ValidationRule = { type: "whole", min: 0, max: 365 };

const input = (
  key: string,
  header: SkuColumn["header"],
  fmt: SkuColumn["fmt"],
  rule: ValidationRule,
  value: SkuColumn["value"],
  optional = false,
): SkuColumn => ({ key, header, kind: "input", fmt, rule, value, ...(optional ? { optional } : {}) });

/** The plan's words for the core's special-goods flags. */
export const FLAG_LABEL = {
  battery: "flagBattery",
  standaloneBattery: "flagStandaloneBattery",
  liquid: "flagLiquid",
  magnetic: "flagMagnetic",
} as const;

export const IDENTITY_COLUMNS: SkuColumn[] = [
  { key: "sku", header: "colSku", kind: "value", fmt: "text", width: 14, value: (x) => x.p.facts.sku },
  { key: "title", header: "colTitle", kind: "value", fmt: "text", width: 28, value: (x) => x.p.facts.title },
  {
    key: "channel",
    header: "colChannel",
    kind: "input",
    fmt: "text",
    width: 12,
    value: (x) => x.p.facts.channel,
    optional: true,
  },
  {
    key: "flags",
    header: "colFlags",
    kind: "value",
    fmt: "text",
    width: 14,
    value: (x) => x.p.facts.flags.map((f) => x.t(FLAG_LABEL[f])).join(", "),
  },
  { key: "lyUnits", header: "colLyUnits", kind: "value", fmt: "int", value: (x) => x.p.forecast.lyUnits },
  {
    key: "lyRevenue",
    header: "colLyRevenue",
    kind: "value",
    fmt: "money",
    value: (x) => x.p.forecast.lyRevenue,
  },
  { key: "cumShare", header: "colCumShare", kind: "value", fmt: "pct", value: (x) => x.cumShare },
  { key: "top", header: "colTop", kind: "value", fmt: "top", value: (x) => x.top },
  input("conversion", "colConversion", "pct", RATE, (x) => x.p.facts.conversionRate, true),
  input("acos", "colAcos", "pct", RATE, (x) => x.p.facts.acos, true),
  input("returnRate", "colReturnRate", "pct", RATE, (x) => x.p.facts.returnRate),
];

export const FORECAST_COLUMNS: SkuColumn[] = [
  {
    key: "method",
    header: "colMethod",
    kind: "value",
    fmt: "text",
    width: 14,
    // the forecast's own method line (what was borrowed from the pool), or why there is none
    value: (x) => x.p.forecast.methodText[x.fig.settings.locale === "zh-CN" ? "zh" : "en"],
  },
  {
    key: "forecast",
    header: "colForecast",
    kind: "value",
    fmt: "dec",
    value: (x) => x.p.forecast.daily.reduce((a, d, i) => a + (x.p.forecast.promo[i] ? d : 0), 0),
  },
  { key: "lower", header: "colLower", kind: "value", fmt: "dec", value: (x) => x.p.forecast.promoLow },
  { key: "upper", header: "colUpper", kind: "value", fmt: "dec", value: (x) => x.p.forecast.promoHigh },
  { key: "dailySd", header: "colDailySd", kind: "value", fmt: "dec", value: (x) => x.p.forecast.sdDaily },
  input("forecastOverride", "colForecastOverride", "dec", NONNEG, (x) => x.p.facts.forecastOverride, true),
  { key: "promoDemand", header: "colPromoDemand", kind: "value", fmt: "dec", value: (x) => x.p.promoDemand },
  {
    key: "horizonDemand",
    header: "colHorizonDemand",
    kind: "value",
    fmt: "dec",
    value: (x) => x.p.horizonDemand,
  },
];

export const MASTER_COLUMNS: SkuColumn[] = [
  input("leadTime", "colLeadTime", "int", DAYS, (x) => x.p.facts.leadTimeDays),
  input("leadTimeSd", "colLeadTimeSd", "dec", NONNEG, (x) => x.p.facts.leadTimeSdDays),
  input("moq", "colMoq", "int", WHOLE, (x) => x.p.facts.moq),
  input("casePack", "colCasePack", "int", { type: "whole", min: 1 }, (x) => x.p.facts.casePack),
  input("onHand", "colOnHand", "int", WHOLE, (x) => x.p.facts.onHand),
  input("onOrder", "colOnOrder", "int", WHOLE, (x) => x.p.facts.onOrder),
  input("onOrderDate", "colOnOrderDate", "date", DATE_RULE, (x) => x.p.facts.onOrderDate, true),
  input("preSale", "colPreSale", "int", WHOLE, (x) => x.p.facts.preSaleUnits),
  input("creatorCap", "colCreatorCap", "int", WHOLE, (x) => x.p.facts.creatorCap, true),
  input("unitCost", "colUnitCost", "cost", NONNEG, (x) => x.p.facts.unitCost),
  input("price", "colPrice", "money", NONNEG, (x) => x.p.facts.price),
  input("fbaFee", "colFbaFee", "money", NONNEG, (x) => x.p.facts.fbaFee),
  input("weightKg", "colWeight", "dec", NONNEG, (x) => x.p.facts.weightKg),
  input("lengthCm", "colLength", "dec", NONNEG, (x) => dims(x)[0]),
  input("widthCm", "colWidth", "dec", NONNEG, (x) => dims(x)[1]),
  input("heightCm", "colHeight", "dec", NONNEG, (x) => dims(x)[2]),
];

/** Dimensions as imported; a master that gave only a volume shows it as 100 × 100 × (CBM × 100). */
function dims(x: Parameters<NonNullable<SkuColumn["value"]>>[0]): [number, number, number] {
  const d = x.p.facts.dims;
  return d ?? [100, 100, x.p.facts.volumeCbm * 100];
}
