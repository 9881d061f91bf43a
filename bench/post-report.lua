-- wrk script: POST a report of 500 claims per request, as an analyst team loading a
-- backlog would, the claims spread at random over REPORT_SUBJECTS subjects x 6
-- categories (about 480 distinct series a report at the default 1000). Bodies are
-- built once per thread, a pool of 16, so wrk spends its time sending, not formatting.
-- claims/s = requests/s x CLAIMS_PER_REPORT.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("CLAIMS_BENCH_KEY")
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end
local subjects = tonumber(os.getenv("REPORT_SUBJECTS") or "1000")
local per_report = tonumber(os.getenv("CLAIMS_PER_REPORT") or "500")
local categories = { "killed", "wounded", "casualties", "captured", "missing", "deployed" }
local bodies = {}
local next_body = 1

local function claim()
  return string.format('{"subject":"Bench subject %d","category":"%s","figure":%d,'
    .. '"speaker":"Volodymyr Zelensky","source":"Interfax-Ukraine","statedOn":"2025-%02d-%02d"}',
    math.random(0, subjects - 1), categories[math.random(1, 6)], math.random(0, 100000),
    math.random(1, 12), math.random(1, 28))
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  for b = 1, 16 do
    local claims = {}
    for c = 1, per_report do
      claims[c] = claim()
    end
    bodies[b] = string.format('{"title":"Bench backlog %d","outlet":"Interfax-Ukraine",'
      .. '"publishedOn":"2025-12-31","claims":[%s]}', b, table.concat(claims, ","))
  end
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, body)
end
