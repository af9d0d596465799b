-- wrk script: sign in as the demo admin, each request from another made-up client address (X-Forwarded-For),
-- so that auth-service's per-address limit (10/min) never answers instead of Argon2. Password from BENCH_PASSWORD.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  counter = 0
  body = string.format('{"login":"%s","password":"%s","rememberMe":false}',
    os.getenv("BENCH_LOGIN") or "admin@example.com", os.getenv("BENCH_PASSWORD"))
end

function request()
  counter = counter + 1
  local address = string.format("10.%d.%d.%d", 100 + tid, math.floor(counter / 250) % 250, counter % 250 + 1)
  return wrk.format("POST", "/api/auth/login/",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end

-- Anything but 200 means the figure is not the cost of a sign-in: count it and say so.
function response(status, headers, body)
  if status ~= 200 then
    failed = (failed or 0) + 1
    if failed <= 3 then io.stderr:write("login answered " .. status .. ": " .. body .. "\n") end
  end
end
