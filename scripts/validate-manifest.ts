/** `npm run validate`: the offline structural check of manifest.xml (or of the file named on the command line). */
import { readFileSync } from "node:fs";
import { checkManifest } from "./lib/manifest-check";

const file = process.argv[2] ?? "manifest.xml";
const problems = checkManifest(readFileSync(file, "utf8"));
if (problems.length === 0) {
  console.log(
    `${file}: the manifest holds together (resids, shared runtime, namespace CLUB, https, vi-VN).`
  );
} else {
  for (const problem of problems) console.error(`${file}: ${problem}`);
  process.exitCode = 1;
}
