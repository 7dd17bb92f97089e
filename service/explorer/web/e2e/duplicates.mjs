// "Possible duplicates" in a real browser: a merge without a key is refused, with the key it goes through
// and the pair leaves the list. Usage: node e2e/duplicates.mjs BASE_URL KEY SOURCE_ID (prints one JSON line)
import { run } from "./browser.mjs";

const [base, key, source] = process.argv.slice(2);
await run(async (page, result) => {
  await page.goto(`${base}/explore/`);
  const rows = page.locator("#duplicates li.duplicate");
  await rows.first().waitFor();
  result.pairs = await rows.evaluateAll((items) => items.map((li) => [li.dataset.a, li.dataset.b]));
  const button = page.locator(`#duplicates li.duplicate[data-a="${source}"] button`);
  await button.click();
  await page.waitForFunction(() => /failed/.test(document.getElementById("status").textContent));
  result.refused = await page.locator("#status").innerText();
  await page.fill("#api-key", key);
  await button.click();
  await page.locator(`#duplicates li.duplicate[data-a="${source}"]`).waitFor({ state: "detached" });
  result.left = await rows.count();
  result.entity = await page.evaluate(async (id) => {
    const answer = await fetch("../graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: "query ($id: ID!) { entity(id: $id) { id } }", variables: { id } }),
    });
    return (await answer.json()).data.entity;
  }, source);
});
