-- Lua twin of examples/toylang/objects.toy.
package.path = (arg[0]:match("(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")
local out, idiv = common.out, common.idiv

local function Vec(x, y) return { x = x, y = y } end
local function Particle(pos, vel, bounces) return { pos = pos, vel = vel, bounces = bounces } end

local function step(p, size)
  local pos, vel = p.pos, p.vel
  pos.x = pos.x + vel.x
  pos.y = pos.y + vel.y
  if pos.x < 0 or pos.x >= size then
    vel.x = -vel.x
    pos.x = pos.x + 2 * vel.x
    p.bounces = p.bounces + 1
  end
  if pos.y < 0 or pos.y >= size then
    vel.y = -vel.y
    pos.y = pos.y + 2 * vel.y
    p.bounces = p.bounces + 1
  end
end

local size = 100
local particles = {}
local seed = 1
for _ = 1, 200 do
  seed = (seed * 16807) % 2147483647
  local x = seed % size
  seed = (seed * 16807) % 2147483647
  local y = seed % size
  seed = (seed * 16807) % 2147483647
  particles[#particles + 1] = Particle(Vec(x, y), Vec(seed % 7 - 3, seed % 5 - 2), 0)
end

local occupied = 0
for _ = 1, 2000 do
  for _, p in ipairs(particles) do step(p, size) end
  local cells, count = {}, 0
  for _, p in ipairs(particles) do
    local key = idiv(p.pos.x, 10) * 10 + idiv(p.pos.y, 10)
    if not cells[key] then
      cells[key] = true
      count = count + 1
    end
  end
  occupied = occupied + count
end
local bounces = 0
for _, p in ipairs(particles) do bounces = bounces + p.bounces end
out("bounces:", bounces)
out("occupied:", occupied)
local p = particles[1]
out(string.format("Particle(pos=Vec(x=%d, y=%d), vel=Vec(x=%d, y=%d), bounces=%d)", p.pos.x, p.pos.y, p.vel.x, p.vel.y, p.bounces))
