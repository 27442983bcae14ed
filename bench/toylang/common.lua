-- Helpers shared by the Lua twins of examples/toylang: print with toylang's layout
-- (arguments separated by one space), toylang's truncating int division, and list repr.
local M = {}

function M.out(...)
  local parts = {}
  for i = 1, select("#", ...) do
    parts[i] = tostring((select(i, ...)))
  end
  io.write(table.concat(parts, " "), "\n")
end

function M.idiv(a, b)
  local q = a / b
  if q >= 0 then return math.floor(q) else return math.ceil(q) end
end

-- A list of numbers as toylang prints it: [1, 2, 3].
function M.repr(list)
  local parts = {}
  for i = 1, #list do parts[i] = tostring(list[i]) end
  return "[" .. table.concat(parts, ", ") .. "]"
end

return M
