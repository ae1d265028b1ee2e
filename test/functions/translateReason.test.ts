/**
 * The zh-CN translator of the core's error reasons (src/functions/translateReason.ts). The first
 * describe scans src/core's throw sites, so a reason added to the core without a Chinese template
 * fails here instead of reaching a Chinese Excel in English.
 */
import * as fs from "fs";
import * as path from "path";
import { InputError, OutOfRangeError } from "../../src/core/errors";
import { toExcelError } from "../../src/functions/excelError";
import { setMessageLanguage } from "../../src/functions/messages";
import { reasonInChinese, translateReasonZh } from "../../src/functions/translateReason";

afterEach(() => setMessageLanguage("en-US"));

const CORE = path.join(__dirname, "../../src/core");
const FUNCTIONS = path.join(__dirname, "../../src/functions");
const HAN = /[\u4e00-\u9fff]/;
const THROW = /new (?:InputError|OutOfRangeError|InsufficientDataError)\(/g;
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

const coreFiles = sourceFiles(CORE).filter((f) => path.basename(f) !== "errors.ts");
const coreSites = literalSites(coreFiles);
// the adapter's own English reasons (most go through messages.ts, which is already bilingual)
const adapterSites = literalSites(sourceFiles(FUNCTIONS));

describe("core reason templates (scanned from src/core)", () => {
  it("finds every throw site of the core with a literal reason (so the scan below sees them all)", () => {
    const sites = coreFiles.reduce((n, f) => n + (code(f).match(THROW) ?? []).length, 0);
    expect(sites).toBeGreaterThan(70);
    expect(coreSites.length).toBe(sites);
  });

  it.each(coreSites.map((s) => [s.file, s.reason]))("%s: %s has a Chinese template", (_file, reason) => {
    const zh = translateReasonZh(reason);
    expect(zh).toBeDefined();
    expect(zh).toMatch(HAN);
  });

  it.each(adapterSites.map((s) => [s.file, s.reason]))(
    "adapter %s: %s has a Chinese template",
    (_file, reason) => {
      expect(translateReasonZh(reason)).toMatch(HAN);
    },
  );
});

describe("translateReasonZh", () => {
  it("keeps numbers and names, translates the sentence (hand-checked)", () => {
    expect(translateReasonZh("must be ≥ 0, got -5")).toBe("必须 ≥ 0，收到 -5");
    expect(translateReasonZh("must be strictly between 0 and 1, got 1.5")).toBe(
      "必须严格介于 0 和 1 之间，收到 1.5",
    );
    expect(translateReasonZh("is 5 but promoFuture has 3 entries")).toBe("为 5，但 promoFuture 有 3 项");
    expect(translateReasonZh("exceeds the units available (1200 > 1000); check opening stock")).toBe(
      "超过可售数量（1200 > 1000）；请检查期初库存",
    );
  });

  it("translates the value described after 'got' (text and lists)", () => {
    expect(translateReasonZh('must be a finite number, got the text "abc"')).toBe(
      "必须是有限数字，收到 文本“abc”",
    );
    expect(translateReasonZh("must be an object with named fields, got a list")).toBe(
      "必须是带命名字段的对象，收到 一个列表",
    );
  });

  it("returns undefined for an unknown reason, and reasonInChinese keeps its English", () => {
    expect(translateReasonZh("the flux capacitor is overloaded")).toBeUndefined();
    expect(reasonInChinese("the flux capacitor is overloaded")).toBe("the flux capacitor is overloaded");
  });

  it("leaves a reason already in Chinese (the adapter's own) unchanged", () => {
    expect(reasonInChinese("为必填项")).toBe("为必填项");
  });
});

describe("toExcelError in zh-CN", () => {
  it("writes a core reason in Chinese after the Excel argument name", () => {
    setMessageLanguage("zh-CN");
    const e = toExcelError(new OutOfRangeError("serviceLevel", "must be strictly between 0 and 1, got 1"), {
      serviceLevel: "service_level",
    });
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("service_level: 必须严格介于 0 和 1 之间，收到 1");
  });

  it("counts cells in Chinese: history[1] → history（第 2 个单元格）", () => {
    setMessageLanguage("zh-CN");
    expect(toExcelError(new InputError("history[1]", "must not be negative")).message).toBe(
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
