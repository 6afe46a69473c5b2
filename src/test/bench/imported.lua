-- wrk script for the imported x1 graph; counts answers that carry an error. IMPORTED_QUESTION=paths (default):
-- careerPaths within 4 moves, every kind of move, between two occupations of one family (eight consecutive
-- numbers); IMPORTED_QUESTION=similar: similarRoles (5 roles) of a random occupation.
errors = 0
local threads = {}
local question = os.getenv("IMPORTED_QUESTION") or "paths"

function setup(thread)
  table.insert(threads, thread)
end

request = function()
  local body
  if question == "similar" then
    body = string.format('{"query":"{ similarRoles(id: \\"esco-occupation-%d\\", first: 5) { role { id } score } }"}', math.random(0, 2999))
  else
    local from = math.random(0, 2999)
    local base = from - from % 8
    local to = base + (from - base + math.random(1, 7)) % 8
    body = string.format('{"query":"{ careerPaths(from: \\"esco-occupation-%d\\", to: \\"esco-occupation-%d\\", maxSteps: 4, moves: [STATED, INFERRED, SIMILARITY]) { length newSkills steps { role { id } } } }"}', from, to)
  end
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
