// The public GraphQL API, and the questions the explorer asks it. Nothing here knows about the page.

/** A failure the page shows in words: a kind (network, server, or a GraphQL classification) and details. */
export class ApiError extends Error {
  constructor(kind, message, { status, argument, retryAfterMs } = {}) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.argument = argument;
    this.retryAfterMs = retryAfterMs;
  }
}

const ENDPOINT = '/graphql';

/** How often a question refused as TOO_BUSY (heavy questions already running) is asked again, after its hint. */
const BUSY_RETRIES = 3;

/**
 * Runs one GraphQL document; resolves to its data, or rejects with an ApiError. A TOO_BUSY answer is retried after
 * the server's hint (extensions.retryAfterMs, at most 2 s), a few times, before it is shown.
 */
export async function graphql(query, variables = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask(query, variables);
    } catch (failure) {
      if (!(failure instanceof ApiError) || failure.kind !== 'TOO_BUSY' || attempt >= BUSY_RETRIES) {
        throw failure;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(failure.retryAfterMs ?? 200, 2000)));
    }
  }
}

async function ask(query, variables) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (failure) {
    throw new ApiError('network', failure.message);
  }
  let body;
  try {
    body = await response.json();
  } catch (failure) {
    throw new ApiError('server', `HTTP ${response.status}`, { status: response.status });
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    const classification = first.extensions?.classification ?? 'other';
    throw new ApiError(classification, first.message, {
      argument: first.extensions?.argument, retryAfterMs: first.extensions?.retryAfterMs });
  }
  if (!response.ok || !body.data) {
    throw new ApiError('server', `HTTP ${response.status}`, { status: response.status });
  }
  return body.data;
}

const CITATION = 'fragment Cite on Citation { sourceId lines concept inferred }';

// Every name asks for its own language (name(lang: $lang)): a client cache that keys a field by its arguments
// then keeps English and Indonesian apart.

const GAP = `
  skillGap(to: $to, from: $from, have: $have) {
    coverage essentialCoverage
    target { id name(lang: $lang) }
    from { id name(lang: $lang) }
    missing { essential heldByCount heldBy { id name(lang: $lang) } skill { id name(lang: $lang) } citations { ...Cite } }
    covered { essential skill { id name(lang: $lang) } citations { ...Cite } }
  }`;

// Similarity moves too: an advisor sees every way there, each step saying why it is suggested; and, where none is
// known, what the direct move takes and the roles on the way (careerRoute is never a dead end).
const PATHS = `
  careerRoute(from: $start, to: $to, maxSteps: $maxSteps, first: $first, moves: [STATED, INFERRED, SIMILARITY]) {
    paths {
      length newSkills targetGap addedAlongTheWay movesNotStated
      steps {
        role { id name(lang: $lang) } move via inferred learn { id name(lang: $lang) } citations { ...Cite }
        ways { via inferred score sharedSkills { skill { id name(lang: $lang) } } citations { ...Cite } }
      }
    }
    direct { skillsToLearn }
    closer { role { id name(lang: $lang) } learnToReach learnFromThere }
  }`;

/** How far and how many paths the explorer asks for. */
export const MAX_STEPS = 6;
const PATH_COUNT = 5;

/** From a role held today: the gap, the overlap and the ranked paths, in one request. */
export function exploreFromRole(from, to, lang) {
  return graphql(`query ExploreFromRole($from: ID!, $to: ID!, $start: ID!, $have: [ID!], $lang: Lang!,
      $maxSteps: Int!, $first: Int!) {
      start: role(id: $start) { id name(lang: $lang) }
      ${GAP}
      ${PATHS}
    } ${CITATION}`, { from, start: from, to, have: null, lang, maxSteps: MAX_STEPS, first: PATH_COUNT });
}

/** From a set of skills: the gap and the overlap, and the role the skills fit best as the start of the paths. */
export function exploreFromSkills(have, to, lang) {
  return graphql(`query ExploreFromSkills($to: ID!, $from: ID, $have: [ID!]!, $lang: Lang!) {
      matchRoles(have: $have, first: 1) { role { id name(lang: $lang) } essentialCoverage }
      ${GAP}
    } ${CITATION}`, { to, from: null, have, lang });
}

/** The ranked paths from {@code start} to {@code to}. */
export function paths(start, to, lang) {
  return graphql(`query Paths($start: ID!, $to: ID!, $lang: Lang!, $maxSteps: Int!, $first: Int!) {
      start: role(id: $start) { id name(lang: $lang) }
      ${PATHS}
    } ${CITATION}`, { start, to, lang, maxSteps: MAX_STEPS, first: PATH_COUNT });
}

const PROFILE = `
  id name(lang: $lang) kind description(lang: $lang) descriptionCitations { ...Cite }
  seniority { rank explanation(lang: $lang) citations { ...Cite } }
  salary { min max currency period region reportedBy citations { ...Cite } }
  responsibilities { responsibility { name(lang: $lang) } citations { ...Cite } }
  tools { tool { name(lang: $lang) } citations { ...Cite } }
  platforms { platform { name(lang: $lang) } citations { ...Cite } }
  reportsTo { role { name(lang: $lang) } citations { ...Cite } }
  collaboratesWith { role { name(lang: $lang) } citations { ...Cite } }`;

const COMPARED = '{ skill { name(lang: $lang) } essentialInA essentialInB citations { ...Cite } }';

/** Both roles' profiles and what they share and do not, for the side-by-side view, in one request. */
export function profiles(a, b, lang) {
  return graphql(`query Profiles($a: ID!, $b: ID!, $lang: Lang!) {
      a: role(id: $a) { ${PROFILE} }
      b: role(id: $b) { ${PROFILE} }
      compareRoles(a: $a, b: $b) {
        skillJaccard sharedSkills ${COMPARED} onlyInA ${COMPARED} onlyInB ${COMPARED}
      }
    } ${CITATION}`, { a, b, lang });
}

/** Roles or skills whose names match {@code text}, best first. */
export async function search(text, kind, lang) {
  const data = await graphql(`query Search($text: String!, $kinds: [SearchKind!], $lang: Lang!) {
      search(text: $text, kinds: $kinds, first: 8) {
        node { ... on Role { id name(lang: $lang) kind } ... on Skill { id name(lang: $lang) } }
      }
    }`, { text, kinds: [kind], lang });
  return data.search.map((hit) => hit.node);
}

/** The roles (and teams, when asked) by name, for a picker that is opened before anything is typed. */
export async function allRoles(lang, teams = false) {
  const data = await graphql(`query Roles($lang: Lang!, $kind: RoleKind) {
      roles(kind: $kind, first: 100) { edges { node { id name(lang: $lang) } } }
    }`, { lang, kind: teams ? null : 'ROLE' });
  return data.roles.edges.map((edge) => edge.node);
}

/** Names in {@code lang} of the given roles and skills, by id. */
export async function names(roleIds, skillIds, lang) {
  const wanted = [...roleIds.map((id) => ['role', id]), ...skillIds.map((id) => ['skill', id])];
  if (wanted.length === 0) {
    return new Map();
  }
  const variables = { lang };
  wanted.forEach(([, id], i) => { variables[`id${i}`] = id; });
  const declarations = wanted.map((entry, i) => `$id${i}: ID!`).join(', ');
  const fields = wanted.map(([field], i) => `n${i}: ${field}(id: $id${i}) { id name(lang: $lang) }`).join(' ');
  const data = await graphql(`query Names($lang: Lang!, ${declarations}) { ${fields} }`, variables);
  return new Map(Object.values(data).map((node) => [node.id, node.name]));
}

/** The source articles, by id, so that a citation can name its article. */
export async function sources() {
  const data = await graphql('{ sources { id title file version url } }');
  return new Map(data.sources.map((source) => [source.id, source]));
}
