-- wrk script for bench/run.sh: POSTs a gate decision (or, with BENCH_BODY=baseline, the same body
-- to a baseline endpoint) with a requestRef no other request of the run uses, for a NIP drawn from
-- the loaded employees; prints one JSON line with throughput and latency when done.
local nips = {}
for line in io.lines(os.getenv("BENCH_NIPS")) do nips[#nips + 1] = line end
local key = os.getenv("BENCH_KEY")
local dry = os.getenv("BENCH_DRY") == "true"
local start = os.getenv("BENCH_START")
local finish = os.getenv("BENCH_END")
local run = os.getenv("BENCH_RUN")
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local counter = 0
local headers = { ["Content-Type"] = "application/json", ["X-API-Key"] = key }

function request()
  counter = counter + 1
  local body = string.format(
    '{"requestRef":"WRK-%s-%d-%d","kind":"ELECTION_DUTY","dutyBody":"KPPS","nip":"%s","startDate":"%s","endDate":"%s","dryRun":%s}',
    run, tid, counter, nips[math.random(#nips)], start, finish, tostring(dry))
  return wrk.format("POST", nil, headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format(
    '{"requests":%d,"errors":%d,"perSecond":%.0f,"p50Ms":%.2f,"p99Ms":%.2f,"maxMs":%.2f}\n',
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
