// GraphiQL against this server's /graphql. A link may carry the document and its variables:
// /graphiql?query=...&variables=... (as the examples in docs/api.md do).
const params = new URLSearchParams(location.search);
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).href });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: '# rolegraph: job roles, skills and career steps. Try:\n'
      + 'query OfficerTools($id: ID!) {\n  role(id: $id) {\n    name\n    tools { tool { name } citations { sourceId lines } }\n  }\n}\n',
    query: params.get('query') || undefined,
    variables: params.get('variables') || (params.get('query') ? undefined : '{ "id": "social-media-officer" }'),
    defaultEditorToolsVisibility: true,
  }));
