// What the e2e scripts share: Debian's chromium through playwright-core, quiet (no background traffic), a
// page at the explorer's size, and the report: one JSON line, exit 1 on failure.
import { chromium } from "playwright-core";

/** Runs `steps(page, result)` in a fresh browser; `result.ok` is true when they finish without throwing. */
export async function run(steps) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-quic", "--no-first-run", "--disable-sync"],
  });
  const result = { ok: false };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await steps(page, result);
    result.ok = true;
  } catch (err) {
    result.error = String(err);
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
  process.exit(result.ok ? 0 : 1);
}
