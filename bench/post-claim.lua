-- wrk script: POST one claim per request, as an analyst would.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("CLAIMS_BENCH_KEY")
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end
wrk.body = '{"subject":"Benchmark writes","category":"casualties","figure":4000,' ..
  '"speaker":"Volodymyr Zelensky","source":"Interfax-Ukraine","statedOn":"2025-01-09"}'
