import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "./checkManifest";

const root = join(__dirname, "..", "..");
const assetsDir = join(root, "assets");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require(join(root, "webpack.config.js")) as {
  rewriteManifest: (xml: string, url: string) => string;
};

const codes = (xml: string, production = false) =>
  checkManifest(xml, { assetsDir, production }).map((p) => p.code);

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifest(source, { assetsDir })).toEqual([]);
  });

  it("declares the STOCKUP namespace and the shared runtime on the taskpane page", () => {
    expect(source).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="STOCKUP"\/>/);
    expect(source).toMatch(/<Runtime resid="Shared.Url" lifetime="long"\/>/);
    expect(source).toMatch(/id="Shared.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"/);
  });

  it("points the zh-CN locale at the localized functions metadata", () => {
    expect(source).toContain(
      '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>',
    );
  });

  it("rewrites every localhost URL for production", () => {
    const prod = rewriteManifest(source, "https://addin.example.org/stockup/");
    expect(prod).not.toMatch(/localhost/);
    expect(checkManifest(prod, { assetsDir, production: true })).toEqual([]);
    // Same number of URLs before and after: nothing dropped, only the base changed.
    expect(prod.match(/https:\/\/addin\.example\.org\/stockup/g)?.length).toBe(
      source.match(/https:\/\/localhost:3000/g)?.length,
    );
  });
});

describe("checkManifest catches each kind of breakage", () => {
  // Four columns in every row: jest.each treats a callback with more parameters than columns as `done`.
  const cases: [string, (xml: string) => string, string, boolean][] = [
    ["malformed XML", (x) => x.replace("</OfficeApp>", ""), "xml", false],
    [
      "three-part version",
      (x) => x.replace("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"),
      "version",
      false,
    ],
    [
      "undefined resid",
      (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Nope.Label"/>'),
      "resid-undefined",
      false,
    ],
    [
      "http URL",
      (x) => x.replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"),
      "url-not-https",
      false,
    ],
    ["localhost left in production", (x) => x, "localhost", true],
    [
      "pane on another runtime",
      (x) => x.replace('<FunctionFile resid="Shared.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      "runtime-mismatch",
      false,
    ],
    [
      "short-lived runtime",
      (x) => x.replace('lifetime="long"', 'lifetime="short"'),
      "runtime-mismatch",
      false,
    ],
    [
      "missing icon file",
      (x) => x.replace("assets/icon-80.png", "assets/icon-81.png"),
      "icon-missing",
      false,
    ],
    [
      "wrong namespace",
      (x) => x.replace('DefaultValue="STOCKUP"', 'DefaultValue="CONTOSO"'),
      "namespace",
      false,
    ],
    [
      "excess permission",
      (x) =>
        x.replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteMailbox</Permissions>",
        ),
      "permission",
      false,
    ],
    [
      "no SharedRuntime requirement",
      (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      "shared-runtime",
      false,
    ],
    [
      "ExcelApi below the writer's 1.9",
      (x) => x.replace('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.4"/>'),
      "shared-runtime",
      false,
    ],
    [
      "label without zh-CN",
      (x) => x.replace('<bt:Override Locale="zh-CN" Value="备货计划"/>', ""),
      "locale-override",
      false,
    ],
  ];
  it.each(cases)("%s", (_name, mutate, code, production) => {
    const mutated = mutate(source);
    expect(codes(mutated, production)).toContain(code);
  });
});

describe("built add-in (dist/, made by `npm run build` before jest in `npm test`)", () => {
  const dist = join(root, "dist");
  const built = existsSync(join(dist, "manifest.xml"));
  const itBuilt = built ? it : it.skip;

  itBuilt("has a production manifest without localhost that passes the checks", () => {
    const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(checkManifest(xml, { assetsDir: join(dist, "assets"), production: true })).toEqual([]);
  });

  itBuilt("loads the pane, functions and commands bundles on the one shared-runtime page", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    for (const chunk of ["taskpane.js", "functions.js", "commands.js"]) expect(html).toContain(chunk);
    expect(html).toMatch(/<div id="?container"?><\/div>/);
  });

  itBuilt("ships functions.json and its zh-CN sibling", () => {
    expect(existsSync(join(dist, "functions.json"))).toBe(true);
    expect(existsSync(join(dist, "functions.zh-CN.json"))).toBe(true);
  });
});
