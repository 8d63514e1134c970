-- wrk script for bench/http/create-booking.sh: random create_booking calls through the function API.
-- Each request books a random 30-minute slot (service 11..30, employee 101..150, a date from tomorrow
-- to two years ahead, a time on the half hour) for a random client, so that bookings rarely collide.
-- Per thread it counts answers with "status":true (booked), other 2xx answers (refusals: slot taken)
-- and non-2xx answers; done() prints one machine-readable line, "wrk_result key=value ...".

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
   table.insert(threads, thread)
end

local token = os.getenv("BENCH_TOKEN") or "bench"
local headers = {
   ["Authorization"] = "Bearer " .. token,
   ["Content-Type"] = "application/json",
}
local path = "/api/v1/functions/create_booking"
-- Globals, not locals: done() reads them from each thread with thread:get().
ok, refused, non2xx = 0, 0, 0
-- Dates are in the branch's zone (Europe/Moscow, UTC+3, no DST), whatever the machine's zone is.
local moscow_now

function init(args)
   -- Seed per thread: wrk's threads each run their own Lua state and would otherwise draw the same sequence.
   local seed = os.time() * 1000 + (id or 0) * 7919
   local f = io.open("/dev/urandom", "rb")
   if f then
      local b = f:read(4); f:close()
      seed = seed + b:byte(1) + b:byte(2) * 256 + b:byte(3) * 65536 + b:byte(4) * 16777216
   end
   math.randomseed(seed)
   math.random(); math.random()
   moscow_now = os.time() + 3 * 3600
end

function request()
   local day = math.random(1, 730)
   local date = os.date("!%d.%m.%Y", moscow_now + day * 86400)
   local slot = math.random(0, 47)
   local time = string.format("%02d:%02d", math.floor(slot / 2), (slot % 2) * 30)
   local body = string.format(
      '{"args": [1, [%d], "%s", "%s", %d], "client_id": "bench-%d-%d"}',
      math.random(11, 30), date, time, math.random(101, 150), id or 0, math.random(1, 1000000000))
   return wrk.format("POST", path, headers, body)
end

function response(status, hdrs, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   elseif body and body:find('"status":%s*true') then
      ok = ok + 1
   else
      refused = refused + 1
   end
end

function done(summary, latency, requests)
   local t_ok, t_refused, t_non2xx = 0, 0, 0
   for _, thread in ipairs(threads) do
      t_ok = t_ok + (thread:get("ok") or 0)
      t_refused = t_refused + (thread:get("refused") or 0)
      t_non2xx = t_non2xx + (thread:get("non2xx") or 0)
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "wrk_result requests=%d seconds=%.3f tps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f"
         .. " ok=%d refused=%d non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, t_ok, t_refused, t_non2xx,
      e.connect + e.read + e.write + e.timeout))
end
