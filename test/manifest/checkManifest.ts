/**
 * Offline checks of the add-in manifest: what `office-addin-manifest validate` would catch that we
 * can check without the network, plus StockUp's own rules (one shared runtime, STOCKUP namespace,
 * zh-CN overrides, no localhost in production). Returns a list of problems instead of throwing,
 * so tests can assert that each kind of breakage is caught.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { WRITER_REQUIREMENT } from "../../src/excel/writePlan";

export interface ManifestProblem {
  code:
    | "xml"
    | "version"
    | "resid-undefined"
    | "url-not-https"
    | "localhost"
    | "runtime-mismatch"
    | "icon-missing"
    | "namespace"
    | "permission"
    | "shared-runtime"
    | "locale-override";
  message: string;
}

export interface CheckOptions {
  /** Where icon URLs are resolved: `<assetsDir>/<file name of the URL>`. */
  assetsDir: string;
  /** Production manifests must not mention localhost. */
  production?: boolean;
}

type Node = Record<string, unknown>;

const ALLOWED_PERMISSIONS = ["Restricted", "ReadDocument", "ReadWriteDocument"];

/** Every element (at any depth) as [tagName, node] pairs, for attribute-based lookups. */
function walk(node: unknown, tag = "", out: [string, Node][] = []): [string, Node][] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, tag, out));
  else if (node && typeof node === "object") {
    out.push([tag, node as Node]);
    for (const [k, v] of Object.entries(node)) if (!k.startsWith("@_")) walk(v, k, out);
  }
  return out;
}

export function checkManifest(xml: string, options: CheckOptions): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  let doc: Node;
  try {
    doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: false }).parse(xml, true) as Node;
  } catch (e) {
    return [{ code: "xml", message: `manifest is not well-formed XML: ${(e as Error).message}` }];
  }
  const app = doc.OfficeApp as Node | undefined;
  if (!app) return [{ code: "xml", message: "no <OfficeApp> root element" }];
  const elements = walk(app, "OfficeApp");

  const version = String(app.Version ?? "");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) {
    problems.push({ code: "version", message: `<Version> must be n.n.n.n, got "${version}"` });
  }

  // Resource ids: defined in bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings, used by resid=.
  const defined = new Set<string>();
  for (const [tag, n] of elements) {
    if (["bt:Image", "bt:Url", "bt:String"].includes(tag) && typeof n["@_id"] === "string") {
      defined.add(n["@_id"] as string);
    }
  }
  const used = new Set<string>();
  for (const [, n] of elements) if (typeof n["@_resid"] === "string") used.add(n["@_resid"] as string);
  for (const id of used) {
    if (!defined.has(id))
      problems.push({ code: "resid-undefined", message: `resid "${id}" is used but not defined` });
  }

  // URLs: every DefaultValue / Value that looks like a URL, and AppDomain text.
  const urls: string[] = [];
  for (const [tag, n] of elements) {
    for (const key of ["@_DefaultValue", "@_Value"]) {
      const v = n[key];
      if (typeof v === "string" && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (tag === "AppDomains") {
      const d = n.AppDomain;
      for (const v of Array.isArray(d) ? d : [d]) if (typeof v === "string") urls.push(v);
    }
  }
  for (const u of urls) {
    if (!u.startsWith("https://"))
      problems.push({ code: "url-not-https", message: `URL is not https: ${u}` });
    if (options.production && /localhost|127\.0\.0\.1/.test(u)) {
      problems.push({ code: "localhost", message: `production manifest still points at ${u}` });
    }
  }

  // One shared runtime: the Runtime, the functions Page, the FunctionFile and the pane all use it.
  const runtimeIds = elements.filter(([t]) => t === "Runtime").map(([, n]) => n["@_resid"]);
  if (runtimeIds.length !== 1) {
    problems.push({
      code: "runtime-mismatch",
      message: `expected one <Runtime>, found ${runtimeIds.length}`,
    });
  }
  const runtime = runtimeIds[0];
  const runtimeNode = elements.find(([t]) => t === "Runtime")?.[1];
  if (runtimeNode && runtimeNode["@_lifetime"] !== "long") {
    problems.push({ code: "runtime-mismatch", message: `<Runtime> lifetime must be "long"` });
  }
  const sharedUsers: [string, unknown][] = [];
  for (const [tag, n] of elements) {
    if (tag === "FunctionFile") sharedUsers.push(["FunctionFile", n["@_resid"]]);
    if (tag === "Page") sharedUsers.push(["CustomFunctions Page", (n.SourceLocation as Node)?.["@_resid"]]);
    if (tag === "Action" && n["@_xsi:type"] === "ShowTaskpane") {
      sharedUsers.push(["ShowTaskpane", (n.SourceLocation as Node)?.["@_resid"]]);
    }
  }
  for (const [who, id] of sharedUsers) {
    if (id !== runtime) {
      problems.push({
        code: "runtime-mismatch",
        message: `${who} uses "${String(id)}", runtime is "${runtime}"`,
      });
    }
  }
  const sets = elements.filter(([t]) => t === "Set").map(([, n]) => n);
  if (!sets.some((s) => s["@_Name"] === "SharedRuntime" && s["@_MinVersion"] === "1.1")) {
    problems.push({ code: "shared-runtime", message: "Requirements must include SharedRuntime 1.1" });
  }
  // src/excel's WRITER_REQUIREMENT: the writer must not load where its API calls are missing.
  const need = WRITER_REQUIREMENT;
  if (!sets.some((s) => s["@_Name"] === need.set && Number(s["@_MinVersion"]) >= Number(need.version))) {
    problems.push({
      code: "shared-runtime",
      message: `Requirements must include ${need.set} ${need.version}`,
    });
  }

  // Icons referenced by the manifest exist as files.
  for (const [tag, n] of elements) {
    const v = n["@_DefaultValue"];
    if (
      (tag === "bt:Image" || tag === "IconUrl" || tag === "HighResolutionIconUrl") &&
      typeof v === "string" &&
      !existsSync(join(options.assetsDir, v.split("/").pop() ?? ""))
    ) {
      problems.push({ code: "icon-missing", message: `icon file not found for ${v}` });
    }
  }

  const namespaceId = elements.find(([t]) => t === "Namespace")?.[1]["@_resid"];
  const namespace = elements.find(([t, n]) => t === "bt:String" && n["@_id"] === namespaceId)?.[1][
    "@_DefaultValue"
  ];
  if (namespace !== "STOCKUP") {
    problems.push({
      code: "namespace",
      message: `custom functions namespace must be STOCKUP, got ${String(namespace)}`,
    });
  }

  const permission = String(app.Permissions ?? "");
  if (!ALLOWED_PERMISSIONS.includes(permission)) {
    problems.push({ code: "permission", message: `permission "${permission}" is higher than StockUp needs` });
  }

  // Buyer-visible strings carry a zh-CN override.
  const visible: [string, Node][] = [
    ["DisplayName", app.DisplayName as Node],
    ["Description", app.Description as Node],
    ...elements.filter(([t, n]) => t === "bt:String" && n["@_id"] !== namespaceId),
  ];
  for (const [tag, n] of visible) {
    const overrides = [n?.Override, n?.["bt:Override"]].flat().filter(Boolean) as Node[];
    if (!overrides.some((o) => o["@_Locale"] === "zh-CN")) {
      const id = (n?.["@_id"] as string | undefined) ?? tag;
      problems.push({ code: "locale-override", message: `${id} has no zh-CN override` });
    }
  }
  return problems;
}
