-- wrk script: a mix of reader traffic on one hub, in a fixed rotation per thread: pages (home, articles,
-- topics, search page), feeds, the search API with varied queries, and page-view events from many
-- addresses (X-Forwarded-For; the web app trusts 127.0.0.1 as a proxy). Counts answers by class.
-- Usage: wrk -s soak.lua http://127.0.0.1:PORT -- <hub path, e.g. /demo> <article path> [<article path>...]
local hub, articles, i = "/demo", {}, 0
local queries = { "pompe chaleur", "réseau", "isolation", "énergie solaire", "zzzz aucun résultat", "\"rénovation\"", "(((" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  hub = args[1] or hub
  for n = 2, #args do table.insert(articles, args[n]) end
  ok, client_errors, server_errors = 0, 0, 0
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

-- Percent-encodes every byte but unreserved ones, so accented queries travel as a browser sends them.
local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function get(path)
  return wrk.format("GET", path, { ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0" })
end

function request()
  i = i + 1
  local slot = i % 10
  if slot == 0 then return get(hub .. "/") end
  if slot <= 4 then return get(articles[(i % #articles) + 1]) end
  if slot == 5 then return get(hub .. "/feed.xml") end
  if slot == 6 then return get(hub .. "/search?q=" .. encode(queries[(i % #queries) + 1])) end
  if slot == 7 then return get(hub .. "/api/search?q=" .. encode(queries[(i % #queries) + 1])) end
  if slot == 8 then return get(hub .. "/sitemap.xml") end
  local n = math.random(0, 9999)
  local body = '{"type":"pageview","url":"http://' .. wrk.host .. ':' .. wrk.port .. articles[(i % #articles) + 1] .. '"}'
  return wrk.format("POST", hub .. "/api/events", {
    ["Content-Type"] = "text/plain;charset=UTF-8",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 2500), math.floor(n / 50) % 50, n % 50 + 1),
  }, body)
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then client_errors = client_errors + 1
  else ok = ok + 1 end
end

function done(summary, latency, requests)
  local o, c, s = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); c = c + t:get("client_errors"); s = s + t:get("server_errors")
  end
  io.write(string.format("answers: %d ok, %d 4xx, %d 5xx\n", o, c, s))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
