// Debian's chromium through playwright-core, quiet (no background traffic), for the e2e scripts; and the
// way they report: one JSON line, exit 1 on failure.
import { chromium } from "playwright-core";

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-quic", "--no-first-run", "--disable-sync"],
  });
}

export function report(result) {
  console.log(JSON.stringify(result));
  process.exit(result.ok ? 0 : 1);
}
