/**
 * xl/sharedStrings.xml as exceljs 4.4 renders it (lib/xlsx/xform/strings/), for plain text: in
 * one pass with one escaping regex, instead of its node-by-node XmlStream and character loop
 * (≈0.1 s of the 5,000-SKU write, most of it the plan state's 2 MB of JSON, quotes everywhere).
 * A rich-text value (a buyer's sheet kept by a rebuild can hold one) is left to exceljs.
 * test/cli/xlsxZip.test.ts compares the part with exceljs's own write.
 */

/** The characters exceljs's `xmlEncode` replaces: five entities; C0 controls but tab, LF, CR, and DEL dropped. */
const ESCAPED = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};

/**
 * Text as exceljs escapes it (`utils.xmlEncode`), in one regex pass: every part the writer renders
 * itself (shared strings, formulas, sheetData attributes) escapes through here.
 */
export function escapeText(text: string): string {
  return text.replace(ESCAPED, (c) => ENTITY[c] ?? "");
}

/** exceljs keeps a text's spaces when it starts or ends with white space or holds a line feed. */
const KEEP_SPACE = /^\s|\n|\s$/;

/**
 * The shared strings part, or undefined when a value is not plain text.
 * @param values the strings in their index order
 * @param count the references to them (`sst/@count`)
 */
export function sharedStringsXml(values: readonly unknown[], count: number): string | undefined {
  if (!values.every((v) => typeof v === "string")) return undefined;
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${values.length}"`;
  if (values.length === 0) return `${head}/>`;
  const out = [`${head}>`];
  for (const v of values as readonly string[]) {
    out.push(KEEP_SPACE.test(v) ? '<si><t xml:space="preserve">' : "<si><t>", escapeText(v), "</t></si>");
  }
  out.push("</sst>");
  return out.join("");
}
