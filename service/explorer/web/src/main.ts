// The explorer: search an actor, see its neighbourhood, read the evidence of a tie, find a path.
import "./style.css";
import * as api from "./api";
import type { EntityRef } from "./api";
import { addNeighbourhood, addPath, createGraph, focus } from "./graph";
import { showCard, showEvidence } from "./panels";
import { attachDuplicates } from "./duplicates";
import { attachSearch } from "./search";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const cy = createGraph($("graph"));
const status = $("status");
let centre: EntityRef | null = null;

declare global {
  interface Window { __kg: { cy: typeof cy; ready: boolean } }
}
window.__kg = { cy, ready: false };

function selectedTypes(): string[] | null {
  const boxes = [...document.querySelectorAll<HTMLInputElement>("#types input")];
  const on = boxes.filter((b) => b.checked).map((b) => b.value);
  return on.length === boxes.length ? null : on;
}

async function run(what: string, task: () => Promise<void>): Promise<void> {
  status.textContent = `${what}…`;
  window.__kg.ready = false;
  try {
    await task();
    status.textContent = "";
  } catch (err) {
    status.textContent = `${what} failed: ${(err as Error).message}`;
  } finally {
    window.__kg.ready = true;
  }
}

async function open(entity: EntityRef, fresh: boolean): Promise<void> {
  await run(`Loading ${entity.name}`, async () => {
    if (fresh) cy.elements().remove();
    const depth = Number(($("depth") as HTMLSelectElement).value);
    addNeighbourhood(cy, entity, await api.neighbourhood(entity.id, depth, selectedTypes()));
    focus(cy, entity.id);
    const found = await api.card(entity.id);
    if (found) showCard($("card"), found);
  });
}

cy.on("tap", "node", (event) => {
  const data = event.target.data();
  void open({ id: data.id, name: data.name, type: data.type }, false); // expand in place
});

cy.on("tap", "edge", (event) => {
  void run("Loading evidence", async () => {
    const found = await api.relation(event.target.id());
    if (found) showEvidence($("evidence"), found);
  });
});

attachSearch($("search"), $("suggestions"), (entity) => {
  centre = entity;
  void open(entity, true);
});

attachSearch($("path-to"), $("path-suggestions"), (target) => {
  if (!centre) return;
  const from = centre;
  void run(`Finding a path to ${target.name}`, async () => {
    const found = await api.paths(from.id, target.id);
    if (!found.length) throw new Error(`no path within 4 hops`);
    addPath(cy, found[0]);
  });
});

$("depth").addEventListener("change", () => centre && void open(centre, true));

void run("Loading the ontology", async () => {
  const box = $("types");
  for (const name of await api.relationTypes()) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = name;
    input.checked = true;
    input.addEventListener("change", () => centre && void open(centre, true));
    label.append(input, ` ${name}`);
    box.append(label);
  }
});

void attachDuplicates($("duplicates"), run);
