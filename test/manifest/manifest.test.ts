import { readFileSync } from "node:fs";
import { join } from "node:path";
import { METADATA_FILES } from "../../scripts/lib/functions-metadata";
import { checkManifest } from "../../scripts/lib/manifest-check";

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("holds together: resids resolve, one shared runtime, namespace CLUB, https, vi-VN overrides", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("names icons of 16, 32, 64 and 80 px that exist in assets/", () => {
    const icons = [...manifest.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    expect(new Set(icons)).toEqual(
      new Set(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"])
    );
    for (const icon of icons) {
      const png = readFileSync(join(__dirname, "../../assets", icon));
      const size = Number(/icon-(\d+)/.exec(icon)?.[1]);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("serves the functions' metadata in Vietnamese to a vi-VN Office, in English to the others", () => {
    const url = /<bt:Url id="Functions.Metadata.Url"([\s\S]*?)<\/bt:Url>/.exec(manifest)?.[0] ?? "";
    expect(url).toContain(`DefaultValue="https://localhost:3000/${METADATA_FILES.en}"`);
    expect(url).toContain(
      `<bt:Override Locale="vi-VN" Value="https://localhost:3000/${METADATA_FILES.vi}"/>`
    );
  });

  it("has a fixed GUID", () => {
    expect(manifest).toMatch(/<Id>583a15ca-dd4e-45cb-9bda-13aed3dd6a18<\/Id>/);
  });
});

describe("the manifest check catches what breaks a sideload", () => {
  const broken: [string, (xml: string) => string, RegExp][] = [
    ["malformed XML", (x) => x.replace("</OfficeApp>", ""), /well-formed/],
    [
      "an unresolved resid",
      (x) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'),
      /"Group.Missing" does not resolve/,
    ],
    [
      "another namespace",
      (x) =>
        x.replace(
          'id="Functions.Namespace" DefaultValue="CLUB"',
          'id="Functions.Namespace" DefaultValue="CLB"'
        ),
      /namespace is not CLUB/,
    ],
    [
      "an http URL",
      (x) => x.replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"),
      /not https/,
    ],
    [
      "no shared runtime requirement",
      (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      /SharedRuntime 1.1/,
    ],
    [
      "a functions page outside the shared runtime",
      (x) =>
        x.replace(
          /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
          '<Page><SourceLocation resid="GetStarted.LearnMoreUrl"/>'
        ),
      /page "GetStarted.LearnMoreUrl" is not the shared runtime/,
    ],
    ["a short-lived runtime", (x) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime/],
    [
      "no Vietnamese functions metadata",
      (x) => x.replace(/<bt:Override Locale="vi-VN" Value="[^"]*functions-vi.json"\/>/, ""),
      /metadata URL has no vi-VN override/,
    ],
    [
      "the English functions metadata served as the Vietnamese one",
      (x) => x.replace("functions-vi.json", "functions.json"),
      /vi-VN custom functions metadata is not a file of its own/,
    ],
    [
      "a missing vi-VN override",
      (x) => x.replace('<Override Locale="vi-VN" Value="Báo cáo CLB"/>', ""),
      /DisplayName> has no vi-VN/,
    ],
  ];
  it.each(broken)("%s", (_name, breakIt, expected) => {
    const problems = checkManifest(breakIt(manifest));
    expect(problems.join("\n")).toMatch(expected);
  });
});
