-- Lua twin of examples/toylang/lists.toy (lists are 0-based there, 1-based here).
package.path = (arg[0]:match("(.*/)") or "./") .. "?.lua;" .. package.path
local common = require("common")
local out, repr, idiv = common.out, common.repr, common.idiv

local function sieve(n)
  local composite = {}
  for i = 0, n do composite[i] = false end
  local primes = {}
  for i = 2, n do
    if not composite[i] then
      primes[#primes + 1] = i
      local j = i * i
      while j <= n do
        composite[j] = true
        j = j + i
      end
    end
  end
  return primes
end

-- Sorts a[lo..hi] (0-based positions stored at index + 1).
local function quicksort(a, lo, hi)
  if lo >= hi then return end
  local pivot = a[idiv(lo + hi, 2) + 1]
  local i, j = lo, hi
  while i <= j do
    while a[i + 1] < pivot do i = i + 1 end
    while a[j + 1] > pivot do j = j - 1 end
    if i <= j then
      a[i + 1], a[j + 1] = a[j + 1], a[i + 1]
      i = i + 1
      j = j - 1
    end
  end
  quicksort(a, lo, j)
  quicksort(a, i, hi)
end

local primes = sieve(600000)
local first = {}
for k = 1, 10 do first[k] = primes[k] end
out(#primes, primes[#primes], repr(first))

local seed = 12345
local numbers = {}
for _ = 1, 100000 do
  seed = (seed * 16807) % 2147483647
  numbers[#numbers + 1] = seed % 100000
end
quicksort(numbers, 0, #numbers - 1)
local sorted = true
for i = 2, #numbers do
  if numbers[i - 1] > numbers[i] then sorted = false end
end
out(tostring(sorted), numbers[1], numbers[50001], numbers[100000])

local stack = { 1, 2, 3 }
stack[#stack + 1] = 4
local popped = table.remove(stack)
local smallest = math.huge
for _, x in ipairs(numbers) do smallest = math.min(smallest, x) end
out(popped, repr(stack), #stack, smallest, math.max(3, 9, 4))
