#!/usr/bin/env bash
# The load benchmark: publishes the server in Release, then plays one live game of N players over real WebSockets
# against it, three runs per size, and writes bench/results/load-<protocol>.json and .md.
#   bash bench/run-load.sh                                   # 100 and 1,000 players, JSON protocol
#   bash bench/run-load.sh --players 100 1000 5000 10000 20000
#   bash bench/run-load.sh --protocol messagepack --players 1000 10000
#   bash bench/run-load.sh --stalled-share 0.01 --players 1000 10000   # 1% of extra clients stop reading
# Any other option of the tool passes through (see --help). Traffic stays on 127.0.0.0/8.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each player is one socket on each side: raise the open-file limit as far as this shell may.
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 50000 ]; then
  echo "The open-file limit is $(ulimit -n); 20,000 players need about 45,000 (run as root, or raise the hard limit)." >&2
fi

out="bench/.server"
dotnet publish src/AleppoQuiz.Server -c Release -o "$out" -v q -nologo >/dev/null
dotnet run -c Release --project bench/AleppoQuiz.LoadBench -- \
  --server "$out/AleppoQuiz.Server.dll" --question-bank question-bank --output bench/results "$@"
