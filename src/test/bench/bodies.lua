-- wrk script for the benchmark (dev.rolegraph.bench.Wrk): POSTs the request bodies of the file named by
-- WRK_BODIES, one JSON document per line, in turn (each thread from its own offset), with the Authorization header
-- of WRK_AUTHORIZATION when set; or, when WRK_PATH is set, GETs that path (with If-None-Match: WRK_ETAG when set,
-- expecting 304). At the end prints the count of answers that were not the status expected or carried "errors".
local path = os.getenv("WRK_PATH")
local etag = os.getenv("WRK_ETAG")
local bodies = {}
if not path or path == "" then
  for line in io.lines(os.getenv("WRK_BODIES")) do
    table.insert(bodies, line)
  end
end
local headers = { ["Content-Type"] = "application/json" }
local get_headers = {}
local expected = 200
if etag and etag ~= "" then
  get_headers["If-None-Match"] = etag
  expected = 304
end
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
  if path and path ~= "" then
    return wrk.format("GET", path, get_headers, nil)
  end
  local body = bodies[(position - 1) % #bodies + 1]
  position = position + 1
  return wrk.format("POST", nil, headers, body)
end

response = function(status, headers, body)
  if status ~= expected or string.find(body, '"errors"', 1, true) then
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
