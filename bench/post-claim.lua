-- wrk script: POST one claim per request, as an analyst would, each to a random
-- series of the seeded ones (BENCH_SUBJECTS subjects x 6 categories), so writes
-- spread over many series instead of queueing on one.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("CLAIMS_BENCH_KEY")
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end
local subjects = tonumber(os.getenv("BENCH_SUBJECTS") or "1000")
local categories = { "killed", "wounded", "casualties", "captured", "missing", "deployed" }

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  local body = string.format('{"subject":"Bench subject %d","category":"%s","figure":%d,'
    .. '"speaker":"Volodymyr Zelensky","source":"Interfax-Ukraine","statedOn":"2025-%02d-%02d"}',
    math.random(0, subjects - 1), categories[math.random(1, 6)], math.random(0, 100000),
    math.random(1, 12), math.random(1, 28))
  return wrk.format(nil, nil, nil, body)
end
