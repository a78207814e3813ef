import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const TEST_PROD_URL = "https://addins.example.vn/club/";

let built: string | undefined;

/**
 * The production build, exactly as `npm run build` makes it but into a scratch folder and with a chosen production
 * address; made once per test file that needs it.
 */
export function productionBuild(): string {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), "club-report-dist-"));
  const root = join(__dirname, "../..");
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules/webpack/bin/webpack.js"),
      "--mode",
      "production",
      "--output-path",
      out,
    ],
    { cwd: root, env: { ...process.env, CLUB_REPORT_URL: TEST_PROD_URL }, stdio: "pipe" }
  );
  built = out;
  return out;
}
