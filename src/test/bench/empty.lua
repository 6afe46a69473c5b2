-- wrk script: the empty request, the floor of wrk and the server together.
request = function()
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, '{"query":"{ __typename }"}')
end
