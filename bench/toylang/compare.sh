#!/usr/bin/env bash
# Runs each toylang benchmark with toy (Release build) and its Lua twin with luajit: checks that
# both print examples/toylang/NAME.expected and shows the wall-clock times side by side.
# Usage: bench/toylang/compare.sh [toy options, e.g. --jit off]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet build -c Release "$root/interpreters/toylang/Meta.Toy.Cli" -v q -nologo > /dev/null
toy="$root/interpreters/toylang/Meta.Toy.Cli/bin/Release/net10.0/toy"
command -v luajit > /dev/null || { echo "luajit not found (apt-get install -y luajit)" >&2; exit 2; }

seconds() { local start end; start=$(date +%s.%N); "$@" > "$out"; end=$(date +%s.%N); echo "$end - $start" | bc; }

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
printf '%-13s %8s %8s %8s\n' benchmark toy luajit ratio
for lua in "$root"/bench/toylang/*.lua; do
  name="$(basename "$lua" .lua)"
  [ "$name" = common ] && continue
  expected="$root/examples/toylang/$name.expected"
  t_toy=$(seconds "$toy" "$@" "$root/examples/toylang/$name.toy")
  cmp -s "$out" "$expected" || { echo "$name: toy output differs from $expected" >&2; exit 1; }
  t_lua=$(seconds luajit "$lua")
  cmp -s "$out" "$expected" || { echo "$name: luajit output differs from $expected" >&2; exit 1; }
  printf '%-13s %7.2fs %7.3fs %7.0fx\n' "$name" "$t_toy" "$t_lua" "$(echo "$t_toy / $t_lua" | bc -l)"
done
