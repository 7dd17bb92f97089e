// A search box with suggestions from the entity search (any script: マスク, Musk, 馬斯克).
import { suggest } from "./api";
import type { EntityRef } from "./api";

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, pick: (e: EntityRef) => void): void {
  let timer: number | undefined;
  let asked = "";
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const text = input.value.trim();
      asked = text;
      if (!text) {
        list.replaceChildren();
        return;
      }
      const found = await suggest(text);
      if (asked !== text) return; // a newer keystroke won
      list.replaceChildren(
        ...found.map((e) => {
          const item = document.createElement("li");
          item.className = "suggestion";
          item.setAttribute("role", "option");
          item.dataset.id = e.id;
          item.textContent = e.name;
          const extra = document.createElement("small");
          extra.textContent = ` ${e.type}${e.aliases.length ? " · " + e.aliases.slice(0, 3).join(", ") : ""}`;
          item.append(extra);
          item.addEventListener("click", () => {
            list.replaceChildren();
            input.value = e.name;
            pick(e);
          });
          return item;
        }),
      );
    }, 150);
  });
}
