-- Lua twin of examples/toylang/mandelbrot.toy.
local function inSet(cr, ci, limit)
  local zr, zi = 0.0, 0.0
  local i = 0
  while i < limit do
    local tr = zr * zr - zi * zi + cr
    zi = 2.0 * zr * zi + ci
    zr = tr
    if zr * zr + zi * zi > 4.0 then return false end
    i = i + 1
  end
  return true
end

local function count(size, limit)
  local inside = 0
  for y = 0, size - 1 do
    local ci = 2.5 * y / size - 1.25
    for x = 0, size - 1 do
      if inSet(2.5 * x / size - 2.0, ci, limit) then inside = inside + 1 end
    end
  end
  return inside
end

for y = 0, 11 do
  local row = {}
  for x = 0, 39 do
    row[#row + 1] = inSet(2.5 * x / 40 - 2.0, 2.5 * y / 11 - 1.25, 50) and "*" or " "
  end
  print(table.concat(row))
end
print(count(340, 50))
