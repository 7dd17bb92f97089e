// "Possible duplicates": pairs identity matching could not decide on, each with a merge button for a
// curator holding a key (kept for the tab's session only).
import * as api from "./api";
import type { DuplicatePair } from "./api";

const KEY = "kg-api-key";

export function attachDuplicates(
  section: HTMLElement,
  run: (what: string, task: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const list = section.querySelector("ul") as HTMLUListElement;
  const key = section.querySelector("input") as HTMLInputElement;
  key.value = sessionStorage.getItem(KEY) ?? "";
  key.addEventListener("change", () => sessionStorage.setItem(KEY, key.value));

  const row = (pair: DuplicatePair): HTMLLIElement => {
    const item = document.createElement("li");
    item.className = "duplicate";
    item.dataset.a = pair.a.id;
    item.dataset.b = pair.b.id;
    const button = document.createElement("button");
    button.textContent = `Merge into ${pair.b.name}`;
    button.addEventListener("click", () =>
      void run(`Merging ${pair.a.name} into ${pair.b.name}`, async () => {
        await api.merge(pair.a.id, pair.b.id, key.value.trim());
        list.querySelectorAll<HTMLLIElement>("li").forEach((li) => {
          if (li.dataset.a === pair.a.id || li.dataset.b === pair.a.id) li.remove();
        });
        section.hidden = !list.children.length;
      }),
    );
    item.append(`${pair.a.name} (${pair.a.id}) ↔ ${pair.b.name} (${pair.b.id}) `, button);
    return item;
  };

  return run("Loading possible duplicates", async () => {
    const pairs = await api.duplicates();
    list.replaceChildren(...pairs.map(row));
    section.hidden = !pairs.length;
  });
}
