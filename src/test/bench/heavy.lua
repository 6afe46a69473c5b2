-- wrk script: clients that send the heaviest request the limits allow (five aliases of the longest career path
-- search at x1). HEAVY_MODE=waits honours a TOO_BUSY answer's retryAfterMs; HEAVY_MODE=floods asks again at once.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, busy, other, wait = 0, 0, 0, 0
  waits = os.getenv("HEAVY_MODE") ~= "floods"
  math.randomseed(os.time() + math.random(1000))
end

request = function()
  local aliases = {}
  for i = 1, 5 do
    local from = math.random(0, 2990)
    aliases[i] = string.format('q%d: careerPaths(from: \\"role-%d\\", to: \\"role-%d\\", maxSteps: 8, first: 20) { length steps { role { id } } }', i, from, from + 8)
  end
  local body = '{"query":"{ ' .. table.concat(aliases, " ") .. ' }"}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

response = function(status, headers, body)
  if body:find("TOO_BUSY", 1, true) then
    busy = busy + 1
    if waits then
      wait = tonumber(body:match('"retryAfterMs":(%d+)')) or 100
    end
  elseif body:find('"errors"', 1, true) then
    other = other + 1
  else
    ok = ok + 1
  end
end

delay = function()
  local ms = wait
  wait = 0
  return ms
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local t = { ok = 0, busy = 0, other = 0 }
  for _, thread in ipairs(threads) do
    t.ok = t.ok + thread:get("ok")
    t.busy = t.busy + thread:get("busy")
    t.other = t.other + thread:get("other")
  end
  io.write(string.format("heavy clients (%s): answered %.1f/s, TOO_BUSY %.1f/s, other errors %d\n",
    os.getenv("HEAVY_MODE") or "waits", t.ok / seconds, t.busy / seconds, t.other))
end
