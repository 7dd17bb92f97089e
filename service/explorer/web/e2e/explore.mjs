// The explorer in a real browser (Debian's chromium through playwright-core):
// search マスク → Elon Musk's node appears → click the FOUNDED edge to xAI → its evidence is shown.
// Usage: node e2e/explore.mjs BASE_URL SCREENSHOT.png   (prints one JSON line; exit 1 on failure)
import { run } from "./browser.mjs";

const [base, screenshot] = process.argv.slice(2);
await run(async (page, result) => {
  const outside = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
  await page.goto(`${base}/explore/`);
  await page.fill("#search", "マスク");
  const first = page.locator(".suggestion").first();
  await first.waitFor();
  result.suggestion = await first.getAttribute("data-id");
  await first.click();
  await page.waitForFunction(() => window.__kg.ready && window.__kg.cy.$id("elon-musk").nonempty());
  result.nodes = await page.evaluate(() => window.__kg.cy.nodes().length);
  result.card = await page.locator("#card h2").innerText();
  // Click the FOUNDED edge to xAI where it is drawn on the canvas, at the point of the line farthest
  // from every node and every other edge (an edge crossing there would take the click).
  const point = await page.evaluate(() => {
    const cy = window.__kg.cy;
    const edge = cy.edges().filter((e) => e.data("type") === "FOUNDED" && e.data("source") === "elon-musk" && e.data("target") === "xai")[0];
    cy.fit(undefined, 60);
    const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
    const nodes = cy.nodes().map((n) => ({ p: n.renderedPosition(), r: n.renderedWidth() / 2 + 8 }));
    const lines = cy.edges().not(edge).map((e) => [e.source().renderedPosition(), e.target().renderedPosition()]);
    const toSegment = (p, [u, v]) => {
      const [dx, dy] = [v.x - u.x, v.y - u.y];
      const k = Math.max(0, Math.min(1, ((p.x - u.x) * dx + (p.y - u.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (u.x + k * dx), p.y - (u.y + k * dy));
    };
    let best = null;
    for (let t = 0.15; t <= 0.85; t += 0.01) {
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const clearance = Math.min(
        ...nodes.map((o) => Math.hypot(o.p.x - p.x, o.p.y - p.y) - o.r),
        ...lines.map((l) => toSegment(p, l) - 6),
      );
      if (!best || clearance > best.clearance) best = { ...p, clearance };
    }
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + best.x, y: box.top + best.y };
  });
  await page.mouse.click(point.x, point.y);
  const evidence = page.locator("#evidence blockquote").first();
  await evidence.waitFor();
  result.evidence = await evidence.innerText();
  result.highlighted = await page.locator("#evidence mark").allInnerTexts();
  await page.evaluate(() => window.__kg.cy.fit(undefined, 40));
  await page.screenshot({ path: screenshot });
  result.outside_requests = outside;
});
