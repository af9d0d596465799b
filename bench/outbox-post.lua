-- wrk script: POST a new reseller per request, each with an email no other request (or run) uses.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  run = os.time()
  counter = 0
end

function request()
  counter = counter + 1
  local body = string.format('{"businessName":"Load %d-%d","contactPerson":"Load Test","email":"load-%d-%d-%d@example.test",' ..
    '"phone":"+1 555 0100","address":"1 Loop","city":"Accra","country":"GH","creditLimit":"100.00","commissionRate":"2.50"}',
    tid, counter, run, tid, counter)
  -- wrk.format replaces wrk.headers (the -H options, e.g. Authorization) when given headers: start from them.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/resellers", headers, body)
end
