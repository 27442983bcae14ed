-- Lua twin of examples/toylang/closures.toy.
package.path = (arg[0]:match("(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")
local out, repr = common.out, common.repr

local function makeCounter()
  local count = 0
  return function(by)
    count = count + by
    return count
  end
end

local function makeAdder(n)
  return function(x) return x + n end
end

local function compose(f, g)
  return function(x) return g(f(x)) end
end

local function makePair()
  local shared = 0
  return { function() return shared end, function(v) shared = v end }
end

local pair = makePair()
pair[2](42)
out("shared:", pair[1]())

local makers = {}
for i = 0, 4 do makers[#makers + 1] = function() return i * i end end
local squares = {}
for _, f in ipairs(makers) do squares[#squares + 1] = f() end
out("squares:", repr(squares))

local counter = makeCounter()
local addTwo = makeAdder(2)
local pipeline = compose(addTwo, makeAdder(-1))
local total = 0
for i = 0, 1599999 do
  total = total + pipeline(i) - counter(1) % 3
end
out("counter:", counter(0))
out("total:", total)
