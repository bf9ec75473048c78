/** Small GraphQL helper for arranging e2e scenarios through the public API. */
export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

export async function organisationId(url: string, name: string): Promise<string> {
  const data = await graphql(url, 'query($s: String) { organisations(filter: { search: $s }, first: 20) { edges { node { id name } } } }', {
    s: name,
  });
  const match = data.organisations.edges.find((e: any) => e.node.name === name);
  if (!match) throw new Error(`organisation ${name} not found`);
  return match.node.id;
}

export async function bodyId(url: string, name: string): Promise<string> {
  const data = await graphql(url, '{ bodies(filter: { includeEnded: true }) { id name } }');
  const match = data.bodies.find((b: any) => b.name === name);
  if (!match) throw new Error(`body ${name} not found`);
  return match.id;
}
