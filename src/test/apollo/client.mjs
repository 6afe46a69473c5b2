// Apollo Client 3 with its persisted-query link (useGETForHashedQueries), unchanged, against rolegraph's URL.
// Asks for the same role page twice and prints, as JSON, both answers and every HTTP exchange the link made.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';
import { createHash } from 'node:crypto';

const url = process.argv[2];
const exchanges = [];

async function recordingFetch(uri, options) {
  const response = await fetch(uri, options);
  exchanges.push({
    method: options.method ?? 'GET',
    url: String(uri),
    sentQuery: typeof options.body === 'string' && JSON.parse(options.body).query !== undefined,
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    answer: await response.clone().json(),
  });
  return response;
}

const client = new ApolloClient({
  link: createPersistedQueryLink({
    sha256: (text) => createHash('sha256').update(text).digest('hex'),
    useGETForHashedQueries: true,
  }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});

const ROLE_PAGE = gql`
  query RolePage($id: ID!) {
    role(id: $id) { id name skills { skill { id name } } }
  }
`;

const first = await client.query({ query: ROLE_PAGE, variables: { id: 'social-media-officer' }, fetchPolicy: 'network-only' });
const second = await client.query({ query: ROLE_PAGE, variables: { id: 'social-media-officer' }, fetchPolicy: 'network-only' });
console.log(JSON.stringify({ first: first.data, second: second.data, exchanges }));
