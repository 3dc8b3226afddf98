-- wrk script: each request posts one page view to POST /api/events, as a reader from one of 10,000
-- addresses (X-Forwarded-For, the web app trusts 127.0.0.1 as a proxy) so the per-visitor rate limit
-- behaves as in production. Counts answers by status; only 202 means "durable".
-- Usage: wrk -s events.lua http://127.0.0.1:PORT/demo/api/events -- <page url>
local page = "http://127.0.0.1/"
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  page = args[1] or page
  accepted, other = 0, 0
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
end

function request()
  local n = math.random(0, 9999)
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 2500), math.floor(n / 50) % 50, n % 50 + 1)
  wrk.body = '{"type":"pageview","url":"' .. page .. '","referrer":"https://www.google.fr/"}'
  return wrk.format()
end

function response(status, headers, body)
  if status == 202 then accepted = accepted + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local a, o = 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("accepted")
    o = o + t:get("other")
  end
  io.write(string.format("answers: %d x 202, %d other\n", a, o))
end
