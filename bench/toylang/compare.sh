#!/usr/bin/env bash
# Side-by-side benchmark of toylang and LuaJIT. For every toylang benchmark that has a Lua twin
# here, each round runs, one after the other (interleaved, so that load changes hit all four
# alike): toy with the JIT off, toy with the JIT on, luajit -joff, luajit. Every run's output is
# checked against examples/toylang/NAME.expected. Prints the median wall time of each and the
# ratios: JIT on vs off, and toy (JIT on) vs luajit (JIT on).
#
# Usage: bench/toylang/compare.sh [ROUNDS] [NAME...]     (ROUNDS defaults to 5; all benchmarks by default)
# Installs luajit with apt-get when it is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-5}"
shift || true

if ! command -v luajit > /dev/null; then
  echo "luajit not found: installing it (apt-get install -y luajit)" >&2
  apt-get install -y luajit > /dev/null || { apt-get update > /dev/null && apt-get install -y luajit > /dev/null; }
fi
dotnet build -c Release "$root/interpreters/toylang/Meta.Toy.Cli" -v q -nologo > /dev/null
toy="$root/interpreters/toylang/Meta.Toy.Cli/bin/Release/net10.0/toy"

out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# Runs a command, checks its output, prints its wall time in seconds.
timed() {
  local expected="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$out"
  end=$(date +%s.%N)
  cmp -s "$out" "$expected" || { echo "$*: output differs from $expected" >&2; exit 1; }
  echo "$end - $start" | bc -l
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for lua in "$root"/bench/toylang/*.lua; do
    name="$(basename "$lua" .lua)"
    [ "$name" = common ] || names+=("$name")
  done
fi

printf '%-13s %9s %9s %9s %9s %8s %10s\n' benchmark toy-off toy-on lua-joff luajit on/off on/luajit
for name in "${names[@]}"; do
  program="$root/examples/toylang/$name.toy"
  lua="$root/bench/toylang/$name.lua"
  expected="$root/examples/toylang/$name.expected"
  off=(); on=(); joff=(); jit=()
  for ((r = 0; r < rounds; r++)); do
    off+=("$(timed "$expected" "$toy" --jit off "$program")")
    on+=("$(timed "$expected" "$toy" "$program")")
    joff+=("$(timed "$expected" luajit -joff "$lua")")
    jit+=("$(timed "$expected" luajit "$lua")")
  done
  m_off=$(printf '%s\n' "${off[@]}" | median)
  m_on=$(printf '%s\n' "${on[@]}" | median)
  m_joff=$(printf '%s\n' "${joff[@]}" | median)
  m_jit=$(printf '%s\n' "${jit[@]}" | median)
  printf '%-13s %8.3fs %8.3fs %8.3fs %8.3fs %7.1fx %9.1fx\n' "$name" "$m_off" "$m_on" "$m_joff" "$m_jit" \
    "$(echo "$m_off / $m_on" | bc -l)" "$(echo "$m_on / $m_jit" | bc -l)"
done
