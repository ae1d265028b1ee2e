import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DEFAULT_BUFFER_DAYS, DEFAULT_RATES, DEFAULT_TRANSIT_DAYS } from "../../src/core";
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  SETTING_KEYS,
  cellName,
  fromCell,
  paneFieldSpecs,
  settingCell,
  settingProblem,
  settingProblems,
  type PlanSettings,
} from "../../src/plan/settings";
import { FIELD_SETTING } from "../../src/taskpane/fieldSettings";

const full = (over: Partial<PlanSettings> = {}): PlanSettings => ({
  ...DEFAULT_SETTINGS,
  registrationDeadline: "2025-10-10",
  inboundCutoff: "2025-11-07",
  promoStart: "2025-11-28",
  promoEnd: "2025-12-01",
  ...over,
});

describe("settings registry", () => {
  it("takes every default the core has from the core (one definition each)", () => {
    expect(DEFAULT_SETTINGS.airRatePerKg).toBe(DEFAULT_RATES.airRatePerKg);
    expect(DEFAULT_SETTINGS.expressRatePerKg).toBe(DEFAULT_RATES.expressRatePerKg);
    expect(DEFAULT_SETTINGS.seaRatePerCbm).toBe(DEFAULT_RATES.seaLclRatePerRevenueTon);
    expect(DEFAULT_SETTINGS.dutyRate).toBe(DEFAULT_RATES.dutyRate);
    expect(DEFAULT_SETTINGS.commissionRate).toBe(DEFAULT_RATES.commissionRate);
    expect(DEFAULT_SETTINGS.fulfilmentFeePerUnit).toBe(DEFAULT_RATES.fbaFulfilmentFeePerUnit);
    expect(DEFAULT_SETTINGS.contingencyRate).toBe(DEFAULT_RATES.contingencyRate);
    expect(DEFAULT_SETTINGS.defaultReturnRate).toBe(DEFAULT_RATES.returnRate);
    expect(DEFAULT_SETTINGS.agedFeeDays).toBe(DEFAULT_RATES.agedSurchargeThresholdDays);
    expect(DEFAULT_SETTINGS.transitDaysSea).toBe(DEFAULT_TRANSIT_DAYS.sea_lcl);
    expect(DEFAULT_SETTINGS.transitDaysAir).toBe(DEFAULT_TRANSIT_DAYS.air);
    expect(DEFAULT_SETTINGS.transitDaysExpress).toBe(DEFAULT_TRANSIT_DAYS.express);
    expect(DEFAULT_SETTINGS.inboundBufferDays).toBe(DEFAULT_BUFFER_DAYS);
  });

  it("has a label and help in both languages, bounds around every default, and unique cell names", () => {
    for (const k of SETTING_KEYS) {
      const d = SETTINGS[k];
      for (const t of [d.label, d.help]) {
        expect(t.en.length).toBeGreaterThan(0);
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      }
      if (d.kind === "number" && d.default !== null) {
        expect(d.default).toBeGreaterThanOrEqual(d.min);
        expect(d.default).toBeLessThanOrEqual(d.max);
      }
    }
    expect(new Set(SETTING_KEYS.map(cellName)).size).toBe(SETTING_KEYS.length);
    expect(settingProblems(full())).toEqual([]);
  });

  it("names the field and its bounds when a value is out of range, in both languages", () => {
    expect(settingProblem("serviceLevel", 1.2)).toEqual({
      key: "serviceLevel",
      en: "Service level: enter a number from 0.5 to 0.9999.",
      zh: "服务水平：请输入 0.5 到 0.9999 之间的数字。",
    });
    expect(settingProblem("transitDaysSea", 3.5)?.en).toBe("Transit days, Sea: enter a whole number.");
    expect(settingProblem("promoStart", "2025-02-30")?.en).toContain("not a date");
    // 30 typed into a date cell reads as 1900-01-30; a year typed as 26 gives 0026: named, not a bare serial error
    expect(settingProblem("inboundCutoff", "1900-01-30")).toEqual({
      key: "inboundCutoff",
      en: "Inbound (FBA check-in) cutoff: 1900-01-30 is not a plausible date (2000-01-01 to 2100-12-31): check the year.",
      zh: expect.stringContaining("1900-01-30 不是合理的日期"),
    });
    expect(settingProblem("promoStart", "1926-11-27")?.en).toContain("check the year");
    expect(settingProblem("promoStart", "2100-12-31")).toBeNull();
    // the same last day as the sheet's date validation (DATE_RULE), one constant for both
    expect(settingProblem("promoStart", "2101-01-01")?.en).toContain("check the year");
    expect(settingProblem("promoStart", "2000-01-01")).toBeNull();
    expect(settingProblem("promoLiftOverride", null)).toBeNull(); // blank: lift from history
    expect(settingProblem("growthRate", null)?.en).toBe("Expected growth: a value is required.");
    expect(settingProblem("safetyStockMethod", "guess")?.en).toContain("rule, statistical");
  });

  it("makes sheet cells whose validation enforces the registry's bounds and round-trips typed values", () => {
    const s = full({ safetyStockMethod: "statistical" });
    const sl = settingCell("serviceLevel", s, "en-US");
    expect(sl).toMatchObject({ name: "ServiceLevel", value: 0.95, numberFormat: "0.0%" });
    expect(sl.rule).toEqual({ type: "decimal", min: 0.5, max: 0.9999 });
    expect(sl.errorMessage).toBe("Enter a number from 0.5 to 0.9999.");
    const m = settingCell("safetyStockMethod", s, "zh-CN");
    expect(m.value).toBe("统计法");
    expect(m.rule).toEqual({ type: "list", values: ["经验法", "统计法"] });
    // a plan rebuilt in English keeps a method picked in the Chinese plan
    expect(fromCell("safetyStockMethod", "统计法")).toBe("statistical");
    // 2025-11-28 is serial 45989; a typed serial reads back as the ISO date
    expect(settingCell("promoStart", s, "en-US").value).toBe(45989);
    expect(fromCell("promoStart", 45990)).toBe("2025-11-29");
    expect(settingCell("fulfilmentFeePerUnit", s, "en-US", "EUR").numberFormat).toBe('#,##0.00 "EUR"');
    // a custom event shows its name and is not validated against the list
    const ev = settingCell("event", full({ event: "custom", eventName: "Spring sale" }), "en-US");
    expect([ev.value, ev.rule]).toEqual(["Spring sale", null]);
    expect(fromCell("event", "Spring sale")).toBe("custom");
  });

  it("gives the pane percent fields for fractions with the registry's default text", () => {
    const f = new Map(paneFieldSpecs().map((x) => [x.key, x]));
    expect(f.get("serviceLevel")).toMatchObject({
      step: 4,
      percent: true,
      min: 50,
      max: 99.99,
      defaultText: "95",
    });
    expect(f.get("safetyStockPct")?.defaultText).toBe("15");
    expect(f.get("airRatePerKg")).toMatchObject({
      percent: false,
      defaultText: String(DEFAULT_RATES.airRatePerKg),
    });
    expect(f.get("transitDaysSea")).toMatchObject({ integer: true, defaultText: "40" });
    expect(f.get("promoLiftOverride")).toMatchObject({ optional: true, defaultText: "" });
  });
});

describe("one definition of each default", () => {
  /** Every .ts/.tsx file under `dir` (recursive). */
  function files(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
    });
  }

  it("types no registry default outside the registry (a `name: number` for a setting with a default)", () => {
    const root = join(__dirname, "../..");
    // the whole pane: its draft's defaults and bounds (src/taskpane/draft.ts) come from the registry too
    const dirs = ["src/plan", "src/cli", "src/excel", "src/functions", "src/taskpane"].map((d) =>
      join(root, d),
    );
    const keys = SETTING_KEYS.filter((k) => SETTINGS[k].kind === "number" && SETTINGS[k].default !== null);
    // the pane's field names for those settings ("growthPct" sets growthRate)
    const paneKeys = (Object.keys(FIELD_SETTING) as (keyof typeof FIELD_SETTING)[]).filter((f) =>
      keys.includes(FIELD_SETTING[f]),
    );
    expect(paneKeys.length).toBe(Object.keys(FIELD_SETTING).length);
    // an object literal's `key: 7` or `key: "7"` (not `s.key ? … : 1`), or typed bounds
    // `key: { min: …`, outside comments
    const names = [...keys, ...paneKeys].join("|");
    const typed = new RegExp(`(?<![.\\w])(${names})\\s*:\\s*("?-?\\d|\\{\\s*(min|max)\\b)`, "g");
    const found: string[] = [];
    for (const f of dirs.flatMap(files)) {
      if (f.includes(join("src", "plan", "settings"))) continue;
      const text = readFileSync(f, "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join("\n");
      for (const m of text.matchAll(typed)) found.push(`${relative(root, f)}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
