-- Lua twin of examples/toylang/strings.toy.
package.path = (arg[0]:match("(.*/)") or "./") .. "?.lua;" .. package.path
local out = require("common").out

local function pad(text, width)
  while #text < width do text = " " .. text end
  return text
end

local function line(i)
  local parts = {}
  for j = 0, 7 do parts[#parts + 1] = pad(tostring(i * j), 5) end
  return table.concat(parts, "|")
end

local lines = {}
for i = 0, 29999 do lines[#lines + 1] = line(i) end
local text = table.concat(lines, "\n")
out(#text)
out(lines[1])
out(lines[30000])

local digits = 0
local vowels = ""
for k = 1, #text do
  local c = text:sub(k, k)
  if c >= "0" and c <= "9" then digits = digits + 1 end
end
for i = 0, 19 do
  local k = i % 5 + 1
  vowels = vowels .. ("aeiou"):sub(k, k)
end
out(digits, vowels)
out("abc" .. "def", tostring("x" < "y"), string.byte("A"), string.char(97) .. string.char(98), ("toylang"):sub(1, 3))
