wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ role(id: \\"social-media-officer\\") { name skills { essential skill { name } } tools { tool { name } } } }"}'
