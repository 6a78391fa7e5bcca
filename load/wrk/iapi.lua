-- Interactive checks: 3 passengers per request, varied so each request is a new submission (no resend shortcut).
local counter = 0
local names = {"KIM","LEE","PARK","CHOI","TANAKA","SMITH","GARCIA","NGUYEN","WANG","MULLER"}
request = function()
  counter = counter + 1
  local pax = {}
  for i = 1, 3 do
    local n = names[((counter + i) % #names) + 1]
    table.insert(pax, string.format('{"surname":"%s","givenNames":["MINJUN"],"sex":"M","birthDate":"1990-03-0%d","nationality":"KOR","documents":[{"type":"P","number":"M%08d","issuingState":"KOR","expiry":"2031-01-01"}],"references":{"AVF":"P%d","ABO":"%d-%d"}}', n, i, counter * 10 + i, counter, counter, i))
  end
  local body = string.format('{"kind":"passengers","transactionReference":"T%d","conveyance":{"mode":"air","carrier":"KE","journeyId":"KE%d"},"legs":[{"journeyId":"KE%d","carrier":"KE","departure":{"port":"NRT","time":"2027-01-10T11:30"},"arrival":{"port":"ICN","time":"2027-01-10T14:00"}}],"travellers":[%s]}', counter, 100 + counter % 500, 100 + counter % 500, table.concat(pax, ","))
  return wrk.format("POST", "/api/v1/iapi", {["Content-Type"] = "application/json", ["X-Api-Key"] = os.getenv("KEY")}, body)
end
