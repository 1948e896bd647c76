#!/usr/bin/env bash
# Profiles the server under the load tool: starts a load run, attaches `perf record` to the server for
# SECONDS once the warm-up is over, then prints the load report and where the server's CPU went
# (perf-breakdown.py). Needs perf (Debian: linux-perf). The server is started with the JIT's perf map
# and without W^X double mapping, so managed frames have names.
#
#   tests/TeamDrill.LoadTest/Profiling/profile-server.sh OUT SECONDS -- LOAD-TOOL-ARGS...
#   tests/TeamDrill.LoadTest/Profiling/profile-server.sh /tmp/prof 15 -- --rooms 100 --workload realistic --seconds 40 --warmup 40 --pin
set -euo pipefail
out=$1; seconds=$2; shift 3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
mkdir -p "$out"
command -v perf >/dev/null || { echo "perf is not installed (apt-get install -y linux-perf)"; exit 2; }
warmup=5
for ((i = 1; i <= $#; i++)); do [ "${!i}" = "--warmup" ] && { j=$((i + 1)); warmup=${!j}; }; done

cd "$root"
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  dotnet run -c Release --project tests/TeamDrill.LoadTest -- "$@" > "$out/run.txt" 2>&1 &
tool=$!
pid=""
for _ in $(seq 600); do
  pid=$(grep -oP "server started: .*pid \K[0-9]+" "$out/run.txt" || true)
  [ -n "$pid" ] && grep -q "^GO:" "$out/run.txt" && break
  sleep 1
done
[ -n "$pid" ] || { echo "the load run did not start:"; cat "$out/run.txt"; exit 1; }
sleep $((warmup + 2))
perf record -e cpu-clock -F 999 -g -p "$pid" -o "$out/server.perf" -- sleep "$seconds" 2> "$out/perf.log"
wait "$tool" || true
perf script -i "$out/server.perf" 2>/dev/null > "$out/server.script"
grep -E "^messages:|fan-out latency|server CPU" "$out/run.txt"
python3 "$here/perf-breakdown.py" < "$out/server.script"
