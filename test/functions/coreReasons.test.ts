/**
 * The core's error reasons in every language (src/core/reasons.ts). The first describe scans
 * src/core's throw sites: every reason is a code from the one table (TypeScript refuses a code
 * without Chinese), so a plain-text English reason added to the core fails here instead of
 * reaching a Chinese Excel in English.
 */
import * as fs from "fs";
import * as path from "path";
import { forecastPromo, InputError, OutOfRangeError, REASONS, reason, reasonText } from "../../src/core";
import { toExcelError } from "../../src/functions/excelError";
import { setMessageLanguage } from "../../src/functions/messages";

afterEach(() => setMessageLanguage("en-US"));

const CORE = path.join(__dirname, "../../src/core");
const FUNCTIONS = path.join(__dirname, "../../src/functions");
const HAN = /[\u4e00-\u9fff]/;
const THROW = /new (?:InputError|OutOfRangeError|InsufficientDataError|OverflowError)\(/g;
// new XError(<argument>, reason("code", …)): a coded reason from src/core/reasons.ts
const CODED =
  /new (?:InputError|OutOfRangeError|InsufficientDataError|OverflowError)\(\s*(?:"[^"]*"|`[^`]*`|[\w.]+)\s*,\s*reason\(/g;
// new XError(<argument>, <reason literal>): the reason as a "…" string or a `…` template literal
const SITE =
  /new (?:InputError|OutOfRangeError|InsufficientDataError)\(\s*(?:"[^"]*"|`[^`]*`|[\w.]+)\s*,\s*("(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)\s*,?\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

/** A template literal's text with every `${…}` (braces balanced) replaced by a sample value. */
function sample(literal: string): string {
  if (literal.startsWith('"')) return JSON.parse(literal) as string;
  const body = literal.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "$" && body[i + 1] === "{") {
      let depth = 1;
      i += 2;
      while (depth > 0) {
        if (body[i] === "{") depth++;
        else if (body[i] === "}") depth--;
        i++;
      }
      i--;
      out += "7";
    } else out += body[i];
  }
  return out;
}

interface Site {
  file: string;
  reason: string;
}

/** Source without comment lines (JSDoc examples throw too, but never reach a cell). */
function code(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .join("\n");
}

function literalSites(files: string[]): Site[] {
  return files.flatMap((file) => {
    const text = code(file);
    return [...text.matchAll(SITE)].map((m) => ({ file: path.basename(file), reason: sample(m[1]) }));
  });
}

const coreFiles = sourceFiles(CORE).filter((f) => !["errors.ts", "reasons.ts"].includes(path.basename(f)));
const coreSites = literalSites(coreFiles);
// the adapter's own English reasons (most go through messages.ts, which is already bilingual)
const adapterSites = literalSites(sourceFiles(FUNCTIONS));

describe("core reason templates (scanned from src/core)", () => {
  it("finds every throw site of the core, and each gives a coded reason from the one table", () => {
    const sites = coreFiles.reduce((n, f) => n + (code(f).match(THROW) ?? []).length, 0);
    const coded = coreFiles.reduce((n, f) => n + (code(f).match(CODED) ?? []).length, 0);
    expect(sites).toBeGreaterThan(70);
    expect(coded).toBe(sites);
  });

  it("gives no plain-text reason (the literal scan itself finds one when there is)", () => {
    expect(coreSites.map((s) => `${s.file}: ${s.reason}`)).toEqual([]);
    const planted = 'throw new InputError("horizon", `is $' + "{h} but promoFuture has $" + "{n} entries`);";
    expect([...planted.matchAll(SITE)].map((m) => sample(m[1]))).toEqual([
      "is 7 but promoFuture has 7 entries",
    ]);
  });

  it("the adapter gives no plain-text reason: its own go through messages.ts, the core's by code", () => {
    expect(adapterSites.map((s) => `${s.file}: ${s.reason}`)).toEqual([]);
  });
});

describe("the core's reason table (src/core/reasons.ts)", () => {
  const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(Object.entries(REASONS))(
    "%s is in Chinese with the same placeholders as in English",
    (_code, t) => {
      expect(t.zh).toMatch(HAN);
      expect(placeholders(t.zh)).toEqual(placeholders(t.en));
    },
  );

  it("writes a coded reason in either language from the same values (hand-checked)", () => {
    const r = reason("atLeast", { min: 0, got: -5 });
    expect([reasonText(r, "en-US"), reasonText(r, "zh-CN")]).toEqual([
      "must be ≥ 0, got -5",
      "必须 ≥ 0，收到 -5",
    ]);
    const sold = reason("exceedsAvailable", { sold: 1200, available: 1000 });
    expect(reasonText(sold, "zh-CN")).toBe("超过可售数量（1200 > 1000）；请检查期初库存");
  });

  it("describes the value a caller gave per language (text and lists)", () => {
    const text = reason("notFinite", { got: { text: "abc" } });
    expect([reasonText(text, "en-US"), reasonText(text, "zh-CN")]).toEqual([
      'must be a finite number, got the text "abc"',
      "必须是有限数字，收到 文本“abc”",
    ]);
    expect(reasonText(reason("notObject", { got: { list: true } }), "zh-CN")).toBe(
      "必须是带命名字段的对象，收到 一个列表",
    );
  });

  it("gives the error its English reason and keeps the code for the adapters", () => {
    const e = new OutOfRangeError("leadTimeDays", reason("atLeast", { min: 0, got: -3 }));
    expect([e.message, e.reason, e.coded?.code]).toEqual([
      "leadTimeDays: must be ≥ 0, got -3",
      "must be ≥ 0, got -3",
      "atLeast",
    ]);
  });
});

describe("the forecast module's reasons (coded, hand-checked in both languages)", () => {
  const refused = (input: Parameters<typeof forecastPromo>[0]): InputError => {
    try {
      forecastPromo(input);
    } catch (e) {
      return e as InputError;
    }
    throw new Error("forecastPromo accepted the input");
  };
  const both = (e: InputError) => [e.message, `${e.argument}: ${reasonText(e.coded!, "zh-CN")}`];

  it("keeps numbers and names, writes the sentence in each language", () => {
    const history = [10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 10, 11, 12];
    expect(both(refused({ history, horizon: 5, promoFuture: [1, 0, 1] }))).toEqual([
      "horizon: is 5 but promoFuture has 3 entries",
      "horizon: 为 5，但 promoFuture 有 3 项",
    ]);
    expect(both(refused({ history, horizon: 3, censored: history.map((_, i) => i > 0) }))).toEqual([
      "history: needs at least 2 observed (uncensored) periods, has 1",
      "history: 至少需要 2 个有观测（未断货）的周期，实际只有 1 个",
    ]);
    expect(both(refused({ history: [10, -1, 12], horizon: 3 }))).toEqual([
      "history[1]: must not be negative",
      "history[1]: 不能为负数",
    ]);
    expect(both(refused({ history, horizon: 3, level: 1.5 }))).toEqual([
      "level: must be strictly between 0 and 1, got 1.5",
      "level: 必须严格介于 0 和 1 之间，收到 1.5",
    ]);
  });
});

describe("toExcelError in zh-CN", () => {
  it("writes a core reason in Chinese after the Excel argument name", () => {
    setMessageLanguage("zh-CN");
    const e = toExcelError(new OutOfRangeError("serviceLevel", reason("openUnit", { got: 1 })), {
      serviceLevel: "service_level",
    });
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("service_level: 必须严格介于 0 和 1 之间，收到 1");
  });

  it("counts cells in Chinese: history[1] → history（第 2 个单元格）", () => {
    setMessageLanguage("zh-CN");
    expect(toExcelError(new InputError("history[1]", reason("notNegative"))).message).toBe(
      "history（第 2 个单元格）: 不能为负数",
    );
  });

  it("keeps an unknown reason in English rather than losing it", () => {
    setMessageLanguage("zh-CN");
    expect(toExcelError(new InputError("mode", "the flux capacitor is overloaded")).message).toBe(
      "mode: the flux capacitor is overloaded",
    );
  });

  it("leaves English messages untouched in en-US", () => {
    expect(toExcelError(new InputError("history[1]", "must not be negative")).message).toBe(
      "history (cell 2): must not be negative",
    );
  });
});
