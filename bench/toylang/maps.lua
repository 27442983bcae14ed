-- Lua twin of examples/toylang/maps.toy. toylang maps keep insertion order; a Lua table
-- does not, so each map here carries the list of its keys in order.
package.path = (arg[0]:match("(.*/)") or "./") .. "?.lua;" .. package.path
local out = require("common").out

local function newMap() return { keys = {}, values = {} } end
local function has(m, k) return m.values[k] ~= nil end
local function set(m, k, v)
  if m.values[k] == nil then m.keys[#m.keys + 1] = k end
  m.values[k] = v
end

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }
local counts = newMap()
local seed = 7
for _ = 1, 600000 do
  seed = (seed * 75 + 74) % 65537
  local word = words[seed % #words + 1] .. tostring(seed % 13)
  if has(counts, word) then
    set(counts, word, counts.values[word] + 1)
  else
    set(counts, word, 1)
  end
end
out(#counts.keys, "distinct words")

local total, best, bestCount = 0, "", 0
for _, w in ipairs(counts.keys) do
  total = total + counts.values[w]
  if counts.values[w] > bestCount then
    best = w
    bestCount = counts.values[w]
  end
end
out(total, best, bestCount)

local squares = newMap()
for i = 0, 19999 do set(squares, i, i * i) end
local byLastDigit = newMap()
for _, k in ipairs(squares.keys) do
  local d = squares.values[k] % 10
  if not has(byLastDigit, d) then set(byLastDigit, d, {}) end
  local list = byLastDigit.values[d]
  list[#list + 1] = k
end
for _, d in ipairs(byLastDigit.keys) do
  out(d, #byLastDigit.values[d])
end
