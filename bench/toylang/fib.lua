-- Lua twin of examples/toylang/fib.toy.
package.path = (arg[0]:match("(.*/)") or "./") .. "?.lua;" .. package.path
local out = require("common").out

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

for n = 0, 25, 5 do
  out("fib(" .. n .. ") =", fib(n))
end
out(fib(30))
