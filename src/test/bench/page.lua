-- wrk script: the probe, a role page with its skills and tools for a random role of the x1 graph.
request = function()
  local body = string.format('{"query":"{ role(id: \\"role-%d\\") { name skills { essential skill { name } } tools { tool { name } } } }"}', math.random(0, 2990))
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
