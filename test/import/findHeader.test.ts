/** The header search that lets title lines sit above the header, and the purity of src/import. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_PREAMBLE_ROWS, withHeaderSearch, type PreambleSink } from "../../src/import/findHeader";

function recorder(): PreambleSink & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    preamble: (row) => log.push(`preamble ${row}`),
    header: (cells, row) => log.push(`header ${row} ${cells.join("|")}`),
    row: (cells, row) => log.push(`row ${row} ${cells.join("|")}`),
    malformed: (row) => log.push(`malformed ${row}`),
  };
}

describe("withHeaderSearch", () => {
  const isHeader = (cells: string[]) => cells.includes("sku");

  it("passes a first-line header straight through", () => {
    const sink = recorder();
    const s = withHeaderSearch(sink, isHeader);
    s.header(["sku", "units"], 1);
    s.row(["A", "1"], 2);
    s.flush();
    expect(sink.log).toEqual(["header 1 sku|units", "row 2 A|1"]);
  });

  it("skips title lines above the header and reports them", () => {
    const sink = recorder();
    const s = withHeaderSearch(sink, isHeader);
    s.header(["销售报表"], 1);
    s.row(["2024-11-01 ~ 2024-11-30"], 2);
    s.row(["sku", "units"], 3);
    s.row(["A", "1"], 4);
    s.flush();
    expect(sink.log).toEqual(["preamble 1", "preamble 2", "header 3 sku|units", "row 4 A|1"]);
  });

  it("ignores blank lines above everything", () => {
    const sink = recorder();
    const s = withHeaderSearch(sink, isHeader);
    s.header([""], 1);
    s.row(["sku"], 2);
    s.flush();
    expect(sink.log).toEqual(["header 2 sku"]);
  });

  it(`gives up after ${MAX_PREAMBLE_ROWS} records and replays them with the first as header`, () => {
    const sink = recorder();
    const s = withHeaderSearch(sink, isHeader);
    for (let r = 1; r <= MAX_PREAMBLE_ROWS + 1; r++) s.row([`x${r}`], r);
    s.flush();
    expect(sink.log).toEqual([
      "header 1 x1",
      ...Array.from({ length: MAX_PREAMBLE_ROWS }, (_, i) => `row ${i + 2} x${i + 2}`),
    ]);
  });

  it("replays held records on flush when the file is shorter than the search", () => {
    const sink = recorder();
    const s = withHeaderSearch(sink, isHeader);
    s.header(["foo", "bar"], 1);
    s.malformed(2, "quotes");
    s.row(["1", "2"], 3);
    s.flush();
    expect(sink.log).toEqual(["header 1 foo|bar", "malformed 2", "row 3 1|2"]);
  });
});

describe("src/import purity", () => {
  const dir = join(__dirname, "..", "..", "src", "import");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

  it.each(files)("%s imports no Office, DOM or Node module", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, ""); // comments may name Office.js
    const imports = [...code.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    const allowed = (m: string) =>
      m.startsWith("./") ||
      m === "../core" ||
      m.startsWith("../core/") || // the pure core (no Office/DOM/Node imports either)
      m === "papaparse" ||
      // the CLI-only reader, kept out of the pane bundle: exceljs's streaming reader takes a Node stream
      (file === "xlsx.ts" && (m === "exceljs" || m === "node:stream"));
    expect(imports.filter((m) => !allowed(m))).toEqual([]);
    expect(code).not.toMatch(/\b(Office|Excel|document|window|process|require)\b/);
  });

  it("keeps exceljs out of the public index (the pane bundle imports it)", () => {
    expect(readFileSync(join(dir, "index.ts"), "utf8")).not.toMatch(/xlsx"/);
  });
});
