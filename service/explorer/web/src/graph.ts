// The interactive graph: nodes coloured by entity type, edges labelled by relation type, width by support.
import cytoscape from "cytoscape";
import type { Core, ElementDefinition } from "cytoscape";
import type { EntityRef, Neighbour, Path, RelationRef } from "./api";

export const TYPE_COLOURS: Record<string, string> = {
  PERSON: "#e4572e",
  ORGANIZATION: "#2e86ab",
  PRODUCT: "#76b041",
  FACILITY: "#a05195",
  LOCATION: "#f3a712",
};

export function createGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: [
      {
        selector: "node",
        style: {
          "background-color": (n: cytoscape.NodeSingular) => TYPE_COLOURS[n.data("type")] ?? "#888",
          label: "data(name)",
          "font-size": 11,
          "font-family": "sans-serif",
          "text-valign": "bottom",
          "text-margin-y": 4,
          width: 26,
          height: 26,
        },
      },
      { selector: "node.focus", style: { "border-width": 4, "border-color": "#222", width: 36, height: 36 } },
      {
        selector: "edge",
        style: {
          label: "data(type)",
          "font-size": 9,
          color: "#444",
          "text-rotation": "autorotate",
          "text-background-color": "#fff",
          "text-background-opacity": 0.8,
          "curve-style": "bezier",
          "target-arrow-shape": (e: cytoscape.EdgeSingular) => (e.data("symmetric") ? "none" : "triangle"),
          width: (e: cytoscape.EdgeSingular) => Math.min(1.5 + 1.5 * Number(e.data("support")), 10),
          "line-color": "#9aa5b1",
          "target-arrow-color": "#9aa5b1",
        },
      },
      { selector: "edge.path, node.path", style: { "line-color": "#d7263d", "target-arrow-color": "#d7263d", "border-width": 3, "border-color": "#d7263d" } },
      { selector: "edge:selected", style: { "line-color": "#111", "target-arrow-color": "#111" } },
    ],
  });
}

const SYMMETRIC = new Set(["COMPETES_WITH", "RIVAL_OF", "PARTNERS_WITH"]);

function nodeData(e: EntityRef): ElementDefinition {
  return { group: "nodes", data: { id: e.id, name: e.name, type: e.type } };
}

function edgeData(r: RelationRef): ElementDefinition {
  return {
    group: "edges",
    data: { id: r.id, source: r.headId, target: r.tailId, type: r.type, support: r.support, symmetric: SYMMETRIC.has(r.type) },
  };
}

/** Add an entity's neighbourhood (and the next ring, when asked for) to the graph. */
export function addNeighbourhood(cy: Core, centre: EntityRef, found: Neighbour[]): void {
  const elements: ElementDefinition[] = [nodeData(centre)];
  const walk = (edges: Neighbour[]) => {
    for (const { node, other } of edges) {
      elements.push(nodeData(other), edgeData(node));
      if (other.relations) walk(other.relations.edges);
    }
  };
  walk(found);
  addMissing(cy, elements);
}

export function addPath(cy: Core, path: Path): void {
  addMissing(cy, [...path.nodes.map(nodeData), ...path.edges.map(edgeData)]);
  cy.elements().removeClass("path");
  for (const n of path.nodes) cy.getElementById(n.id).addClass("path");
  for (const e of path.edges) cy.getElementById(e.id).addClass("path");
}

function addMissing(cy: Core, elements: ElementDefinition[]): void {
  const fresh = new Map<string, ElementDefinition>();
  for (const el of elements) {
    const id = String(el.data.id);
    if (cy.getElementById(id).empty() && !fresh.has(id)) fresh.set(id, el);
  }
  const nodes = [...fresh.values()].filter((el) => el.group === "nodes");
  const edges = [...fresh.values()].filter((el) => el.group === "edges");
  cy.add(nodes);
  cy.add(edges.filter((e) => !cy.getElementById(String(e.data.source)).empty() && !cy.getElementById(String(e.data.target)).empty()));
  cy.layout({
    name: "cose",
    animate: false,
    randomize: false,
    nodeRepulsion: () => 400000,
    idealEdgeLength: () => 140,
    nodeOverlap: 40,
    padding: 40,
  }).run();
}

export function focus(cy: Core, id: string): void {
  cy.nodes().removeClass("focus");
  cy.getElementById(id).addClass("focus");
}
