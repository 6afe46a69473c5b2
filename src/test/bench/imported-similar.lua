-- wrk script: similarRoles (5 roles) of a random occupation of the imported x1 graph; counts answers that carry
-- an error.
errors = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

request = function()
  local body = string.format('{"query":"{ similarRoles(id: \\"esco-occupation-%d\\", first: 5) { role { id } score } }"}', math.random(0, 2999))
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("errors") or 0)
  end
  io.write(string.format("answers with an error: %d of %d\n", total, summary.requests))
end
