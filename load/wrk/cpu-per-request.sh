#!/usr/bin/env bash
# Runs wrk with the interactive-check script against a gateway and prints throughput, p99 and the gateway process's
# CPU time (user + system, from /proc) per answered request. Closed model: a quick A/B tool, not the load runner.
# usage: KEY=<carrier key> load/wrk/cpu-per-request.sh PORT CONNECTIONS SECONDS
set -euo pipefail
port=$1 connections=$2 seconds=$3
pid=$(pgrep -f "gateway.dll --urls http://127.0.0.1:$port" | head -1)
before=$(awk '{print $14+$15}' "/proc/$pid/stat")
out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$(dirname "$0")/iapi.lua" "http://127.0.0.1:$port")
after=$(awk '{print $14+$15}' "/proc/$pid/stat")
requests=$(echo "$out" | grep -oP '\d+(?= requests in)')
ticks=$(getconf CLK_TCK)
echo "$out" | grep -E "Requests/sec|99%|Non-2xx" || true
python3 -c "print('CPU ms per request:', round(($after - $before) * 1000 / $ticks / $requests, 3), 'load average:', open('/proc/loadavg').read().split()[0])"
