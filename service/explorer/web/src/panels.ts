// The side panel: an entity's card, and the evidence of a relation with the mentions highlighted.
import type { Card, RelationDetail } from "./api";
import { TYPE_COLOURS } from "./graph";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = "", cls = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function formatValue(value: number, unit: string): string {
  const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 }).format(value);
  return `${compact} ${unit}`;
}

export function showCard(section: HTMLElement, card: Card): void {
  section.replaceChildren();
  const title = el("h2", card.name);
  const badge = el("span", card.type, "badge");
  badge.style.background = TYPE_COLOURS[card.type] ?? "#888";
  title.append(" ", badge);
  section.append(title);
  if (card.aliases.length) section.append(el("p", card.aliases.join(" · "), "aliases"));
  if (card.description) section.append(el("p", card.description));
  if (card.metrics.length) {
    section.append(el("h3", "Figures"));
    const list = el("ul", "", "metrics");
    for (const m of card.metrics) list.append(el("li", `${m.kind}: ${formatValue(m.value, m.unit)} (${m.raw})`));
    section.append(list);
  }
  if (card.articles.length) {
    section.append(el("h3", "Articles"));
    const list = el("ul");
    for (const a of card.articles) list.append(el("li", a.publishedAt ? `${a.title} (${a.publishedAt})` : a.title));
    section.append(list);
  }
  section.hidden = false;
}

/** The sentence with every name of the two ends wrapped in <mark>. */
function highlighted(text: string, names: string[]): HTMLElement {
  const p = el("p", "", "sentence");
  const wanted = [...new Set(names.filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  let i = 0;
  while (i < text.length) {
    const hit = wanted.find((n) => text.startsWith(n, i));
    if (hit) {
      p.append(el("mark", hit));
      i += hit.length;
    } else {
      const next = Math.min(...wanted.map((n) => text.indexOf(n, i)).filter((x) => x >= 0), text.length);
      p.append(text.slice(i, next));
      i = next;
    }
  }
  return p;
}

export function showEvidence(section: HTMLElement, rel: RelationDetail): void {
  section.replaceChildren();
  section.append(el("h2", `${rel.head.name} —${rel.type}→ ${rel.tail.name}`));
  section.append(el("p", `support ${rel.support} · confidence ${rel.confidence.toFixed(2)}`, "meta"));
  const names = [rel.head.name, ...rel.head.aliases, rel.tail.name, ...rel.tail.aliases];
  for (const ev of rel.evidence) {
    const item = el("blockquote", "", "evidence");
    item.append(highlighted(ev.text, names));
    item.append(el("cite", ev.publishedAt ? `${ev.articleTitle} — ${ev.publishedAt}` : ev.articleTitle));
    section.append(item);
  }
  section.hidden = false;
}
