/**
 * An offline structural check of the XML manifest (office-addin-manifest's own validator needs the internet).
 * Returns a list of problems, empty when the manifest holds together.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

type XmlNode = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
});

/** Every element with the given local name, anywhere below the node. */
function findAll(node: unknown, name: string, found: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) {
    for (const item of node) findAll(item, name, found);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key === name) {
        for (const v of Array.isArray(value) ? value : [value]) found.push(v as XmlNode);
      }
      findAll(value, name, found);
    }
  }
  return found;
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === "string" ? value : undefined;
}

interface Resource {
  readonly kind: string;
  readonly value: string;
  /** The locales it is overridden for. */
  readonly overrides: string[];
  /** The value for each of those locales. */
  readonly localized: ReadonlyMap<string, string>;
}

/** Each resource kind with the ids it defines, their DefaultValue and their locale overrides. */
function resources(root: XmlNode): Map<string, Resource> {
  const map = new Map<string, Resource>();
  const res = findAll(root, "Resources")[0];
  for (const kind of ["Image", "Url", "String"]) {
    for (const node of findAll(res, kind)) {
      const id = attr(node, "id");
      if (!id) continue;
      const localized = new Map(
        findAll(node, "Override").map((o) => [attr(o, "Locale") ?? "", attr(o, "Value") ?? ""])
      );
      const overrides = [...localized.keys()];
      map.set(id, { kind, value: attr(node, "DefaultValue") ?? "", overrides, localized });
    }
  }
  return map;
}

/**
 * The functions' metadata is served in Vietnamese to a Vietnamese Office: its URL has a vi-VN override naming
 * another .json file than the English default (webpack.config.js emits both).
 */
function metadataProblems(resid: string | undefined, res: Map<string, Resource>): string[] {
  const url = resid === undefined ? undefined : res.get(resid);
  if (url === undefined) return [];
  const vi = url.localized.get("vi-VN");
  if (vi === undefined) return ["the custom functions metadata URL has no vi-VN override"];
  if (!/\.json$/.test(vi) || vi === url.value) {
    return [`the vi-VN custom functions metadata is not a file of its own: ${vi}`];
  }
  return [];
}

export function checkManifest(xml: string): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const root = parser.parse(xml) as XmlNode;
  const app = root["OfficeApp"] as XmlNode | undefined;
  if (!app) return ["no <OfficeApp> root element"];

  const id = String(app["Id"] ?? "");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    problems.push(`<Id> is not a GUID: "${id}"`);
  }
  if (String(app["Permissions"]) !== "ReadWriteDocument") {
    problems.push("<Permissions> must be ReadWriteDocument");
  }

  const res = resources(root);
  for (const node of collectResidUsers(root)) {
    const resid = attr(node, "resid");
    if (resid && !res.has(resid)) problems.push(`resid "${resid}" does not resolve to a resource`);
  }

  const sets = findAll(root, "Set");
  const shared = sets.find((s) => attr(s, "Name") === "SharedRuntime");
  if (!shared || attr(shared, "MinVersion") !== "1.1") {
    problems.push("the SharedRuntime 1.1 requirement set is not required");
  }

  const runtimes = findAll(root, "Runtime");
  if (runtimes.length !== 1) problems.push(`expected one <Runtime>, found ${runtimes.length}`);
  const runtimeResid = attr(runtimes[0], "resid");
  if (attr(runtimes[0], "lifetime") !== "long")
    problems.push('the runtime lifetime must be "long"');
  const cf = findAll(root, "ExtensionPoint").find((e) => attr(e, "type") === "CustomFunctions");
  if (!cf) {
    problems.push("no CustomFunctions extension point");
  } else {
    const pageResid = attr(findAll(cf["Page"], "SourceLocation")[0], "resid");
    if (pageResid !== runtimeResid) {
      problems.push(
        `custom functions page "${pageResid}" is not the shared runtime "${runtimeResid}"`
      );
    }
    const ns = attr(cf["Namespace"] as XmlNode, "resid");
    if (!ns || res.get(ns)?.value !== "CLUB")
      problems.push("the custom functions namespace is not CLUB");
    for (const part of ["Script", "Metadata"]) {
      if (!attr(findAll(cf[part], "SourceLocation")[0], "resid")) {
        problems.push(`custom functions ${part} has no SourceLocation`);
      }
    }
    problems.push(
      ...metadataProblems(attr(findAll(cf["Metadata"], "SourceLocation")[0], "resid"), res)
    );
  }
  const functionFile = attr(findAll(root, "FunctionFile")[0], "resid");
  if (functionFile !== runtimeResid) {
    problems.push(`FunctionFile "${functionFile}" is not the shared runtime "${runtimeResid}"`);
  }
  for (const action of findAll(root, "Action").filter((a) => attr(a, "type") === "ShowTaskpane")) {
    const source = attr(action["SourceLocation"] as XmlNode, "resid");
    if (source !== runtimeResid) {
      problems.push(`task pane "${source}" is not the shared runtime "${runtimeResid}"`);
    }
  }

  for (const url of collectUrls(xml)) {
    if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
  }

  for (const field of ["DisplayName", "Description"]) {
    const overrides = findAll(app[field], "Override").map((o) => attr(o, "Locale"));
    if (!overrides.includes("vi-VN")) problems.push(`<${field}> has no vi-VN override`);
  }
  for (const [rid, r] of res) {
    if (r.kind === "String" && rid !== "Functions.Namespace" && !r.overrides.includes("vi-VN")) {
      problems.push(`string "${rid}" has no vi-VN override`);
    }
  }
  for (const size of ["16", "32", "80"]) {
    const images = findAll(root, "Image").filter((i) => attr(i, "size") === size);
    if (images.length === 0) problems.push(`no ${size} px icon`);
  }
  return problems;
}

/** Elements that may carry a resid attribute. */
function collectResidUsers(root: XmlNode): XmlNode[] {
  const users: XmlNode[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      if (attr(node as XmlNode, "resid")) users.push(node as XmlNode);
      Object.values(node as XmlNode).forEach(walk);
    }
  };
  walk(root);
  return users;
}

/** Every absolute URL the manifest names, in attributes or element text. */
function collectUrls(xml: string): string[] {
  const body = xml.replace(/<OfficeApp[^>]*>/, "").replace(/<VersionOverrides[^>]*>/g, "");
  return [...body.matchAll(/\b(https?:\/\/[^"<\s]+)/g)].map((m) => m[1]);
}
