-- wrk script: each request asks the hub's token endpoint for a client-credentials token.
-- Usage: wrk -s token.lua http://127.0.0.1:PORT/demo/connect/token -- <client_id> <client_secret>
-- Counts answers by status; only 200 is a token.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  issued, other = 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.body = "grant_type=client_credentials&client_id=" .. args[1] .. "&client_secret=" .. args[2]
end

function response(status, headers, body)
  if status == 200 then issued = issued + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("issued")
    bad = bad + thread:get("other")
  end
  io.write(string.format("tokens issued: %d, other answers: %d\n", ok, bad))
end
