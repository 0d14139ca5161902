#!/usr/bin/env bash
# Throughput and latency of `wecom-help serve` with wrk (installed from Debian when missing): a
# question page, a result page and a search, against /health, at 64 and 256 connections; and the
# server's peak memory. Goals: each page at least half of /health's requests a second, p99 under
# 10 ms at 256 connections, under 50 MB of memory.
# Usage: bench/serve.sh [SECONDS]     writes target/bench/results/serve.md; BENCHMARKS.md reports it
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}

. bench/need.sh
need wrk

mkdir -p target/bench/results
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/wecom-help

log=target/bench/serve.log
"$bin" serve --bind 127.0.0.1:0 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q http:// "$log" && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$log" | head -1)

# 你的账号已被禁用, URL-encoded.
query=%E4%BD%A0%E7%9A%84%E8%B4%A6%E5%8F%B7%E5%B7%B2%E8%A2%AB%E7%A6%81%E7%94%A8
pages=(
    "health|/health"
    "question|/diagnose?a=has_message"
    "result|/diagnose?a=has_message,msg_disabled"
    "search|/search?q=$query"
)

out=target/bench/results/serve.md
{
    echo "| page | connections | requests/s | of /health | p50 | p99 |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
} > "$out"
for connections in 64 256; do
    health=
    for page in "${pages[@]}"; do
        name=${page%%|*}
        path=${page#*|}
        result=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$path")
        rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$result")
        p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
        errors=$(grep -E "Non-2xx|Socket errors" <<<"$result" || true)
        [ -n "$errors" ] && echo "$name at $connections: $errors" >&2
        [ -z "$health" ] && health=$rps
        share=$(awk -v a="$rps" -v b="$health" 'BEGIN {printf "%.0f%%", 100 * a / b}')
        echo "| $name | $connections | $rps | $share | $p50 | $p99 |" | tee -a "$out"
    done
done
peak=$(awk '/VmHWM/ {printf "%.1f MB", $2 / 1024}' "/proc/$server/status")
echo "peak memory (VmHWM) of the server: $peak" | tee -a "$out"
