// The explorer's only data source: the service's GraphQL endpoint.

export interface EntityRef { id: string; name: string; type: string }
export interface Metric { kind: string; value: number; unit: string; raw: string; approximate: boolean }
export interface ArticleRef { id: string; title: string; publishedAt: string | null }
export interface Card extends EntityRef {
  aliases: string[]; description: string; metrics: Metric[]; articles: ArticleRef[];
}
export interface RelationRef { id: string; type: string; support: number; confidence: number; headId: string; tailId: string }
export interface Neighbour { node: RelationRef; other: EntityRef & { relations?: { edges: Neighbour[] } } }
export interface Evidence { text: string; articleTitle: string; publishedAt: string | null }
export interface RelationDetail extends RelationRef {
  head: EntityRef & { aliases: string[] }; tail: EntityRef & { aliases: string[] }; evidence: Evidence[];
}
export interface Path { nodes: EntityRef[]; edges: RelationRef[] }

const endpoint = new URL("../graphql", document.baseURI).pathname;

async function gql<T>(query: string, variables: Record<string, unknown>, key = ""): Promise<T> {
  const answer = await fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await answer.json();
  if (!answer.ok || body.errors) {
    throw new Error(body.errors?.map((e: { message: string }) => e.message).join("; ") ?? answer.statusText);
  }
  return body.data as T;
}

const REL = "node { id type support confidence headId tailId }";

export async function suggest(text: string): Promise<(EntityRef & { aliases: string[] })[]> {
  const data = await gql<{ entities: { edges: { node: EntityRef & { aliases: string[] } }[] } }>(
    "query ($q: String!) { entities(search: $q, first: 8) { edges { node { id name type aliases } } } }",
    { q: text },
  );
  return data.entities.edges.map((e) => e.node);
}

export async function neighbourhood(id: string, depth: number, types: string[] | null): Promise<Neighbour[]> {
  const inner = depth > 1
    ? `relations(type: $types, first: 8) { edges { ${REL} other { id name type } } }`
    : "";
  const data = await gql<{ entity: { relations: { edges: Neighbour[] } } | null }>(
    `query ($id: ID!, $types: [String!]) { entity(id: $id) {
       relations(type: $types, first: 30) { edges { ${REL} other { id name type ${inner} } } } } }`,
    { id, types },
  );
  return data.entity?.relations.edges ?? [];
}

export async function card(id: string): Promise<Card | null> {
  const data = await gql<{ entity: Card | null }>(
    `query ($id: ID!) { entity(id: $id) { id name type aliases description
       metrics { kind value unit raw approximate } articles(first: 10) { id title publishedAt } } }`,
    { id },
  );
  return data.entity;
}

export async function relation(id: string): Promise<RelationDetail | null> {
  const data = await gql<{ relation: RelationDetail | null }>(
    `query ($id: ID!) { relation(id: $id) { id type support confidence headId tailId
       head { id name type aliases } tail { id name type aliases }
       evidence(first: 10) { text articleTitle publishedAt } } }`,
    { id },
  );
  return data.relation;
}

export async function paths(from: string, to: string): Promise<Path[]> {
  const data = await gql<{ path: Path[] }>(
    `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) {
       nodes { id name type } edges { id type support confidence headId tailId } } }`,
    { from, to },
  );
  return data.path;
}

export async function relationTypes(): Promise<string[]> {
  const data = await gql<{ ontology: { relationTypes: { name: string }[] } }>(
    "{ ontology { relationTypes { name } } }",
    {},
  );
  return data.ontology.relationTypes.map((t) => t.name);
}

export interface DuplicatePair { a: EntityRef; b: EntityRef }

export async function duplicates(): Promise<DuplicatePair[]> {
  const data = await gql<{ possibleDuplicates: DuplicatePair[] }>(
    "{ possibleDuplicates(first: 50) { a { id name type } b { id name type } } }",
    {},
  );
  return data.possibleDuplicates;
}

/** Merge `id` into `into` with a writer's key; the service's refusal comes back as the error message. */
export async function merge(id: string, into: string, key: string): Promise<void> {
  const data = await gql<{ mergeEntity: { __typename: string; message?: string } }>(
    `mutation ($id: ID!, $into: ID!) { mergeEntity(id: $id, into: $into) {
       __typename ... on NotAuthorized { message } ... on NotFoundError { message } ... on InvalidCuration { message } } }`,
    { id, into },
    key,
  );
  if (data.mergeEntity.__typename !== "Curation") throw new Error(data.mergeEntity.message ?? data.mergeEntity.__typename);
}
