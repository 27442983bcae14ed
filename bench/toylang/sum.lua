-- Lua twin of examples/toylang/sum.toy.
local n = 5000000
local total = 0
local i = 0
while i < n do
  total = total + (i * i) % 7
  i = i + 1
end
print(total)
