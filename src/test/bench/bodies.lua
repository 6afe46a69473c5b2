-- wrk script for the benchmark (dev.rolegraph.bench.Wrk): POSTs the request bodies of the file named by
-- WRK_BODIES, one JSON document per line, in turn (each thread from its own offset), with the Authorization header
-- of WRK_AUTHORIZATION when set; at the end prints the count of answers that were not 200 or carried "errors".
local bodies = {}
for line in io.lines(os.getenv("WRK_BODIES")) do
  table.insert(bodies, line)
end
local headers = { ["Content-Type"] = "application/json" }
local authorization = os.getenv("WRK_AUTHORIZATION")
if authorization and authorization ~= "" then
  headers["Authorization"] = authorization
end
local threads = {}
local counter = 1
errors = 0
first_error = ""

function setup(thread)
  thread:set("position", counter)
  counter = counter + 97
  table.insert(threads, thread)
end

request = function()
  local body = bodies[(position - 1) % #bodies + 1]
  position = position + 1
  return wrk.format("POST", nil, headers, body)
end

response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    if errors == 0 then
      first_error = status .. " " .. string.sub(body, 1, 300)
    end
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  local total = 0
  local first = ""
  for _, thread in ipairs(threads) do
    total = total + (thread:get("errors") or 0)
    if first == "" then
      first = thread:get("first_error") or ""
    end
  end
  io.write(string.format("wrk-result requests=%d seconds=%.3f p50_us=%d p99_us=%d errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99), total,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  if first ~= "" then
    io.write("wrk-first-error " .. first .. "\n")
  end
end
