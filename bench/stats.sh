#!/usr/bin/env bash
# `stats` over a generated journal of a million sessions (SESSIONS sets another number): the
# journal's size per session, and the report's time in each format, with hyperfine (installed
# from Debian when missing), and its peak memory.
# Usage: bench/stats.sh            writes target/bench/results/stats.md; BENCHMARKS.md reports it
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/need.sh
need hyperfine

sessions=${SESSIONS:-1000000}
searches=$((sessions / 10))
mkdir -p target/bench/results
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/wecom-help
journal=target/bench/journal-$sessions.sqlite3

# The program creates the journal, through its own migrations, with one real session; the
# generator adds the rest with the same columns. Kept between runs: it takes a while to make.
if [ ! -s "$journal" ]; then
    rm -f "$journal" "$journal-wal" "$journal-shm"
    "$bin" diagnose --journal "$journal" --answers 1,5 >/dev/null 2>&1
    "$bin" tree --format json | python3 bench/gen-journal.py "$journal" "$((sessions - 1))" "$searches"
fi
bytes=$(stat -c %s "$journal")

hyperfine --shell=none --warmup 1 --min-runs 5 --export-markdown target/bench/results/stats-times.md \
    --command-name "stats (text)" "$bin stats --journal $journal --width 100" \
    --command-name "stats --format json" "$bin stats --journal $journal --format json" \
    --command-name "stats --format html" "$bin stats --journal $journal --format html" \
    --command-name "stats, one week" "$bin stats --journal $journal --since 2026-11-20 --until 2026-11-26" \
    >/dev/null

# Peak memory (maximum resident set size) of the text report.
kb=$( { /usr/bin/env time -f "%M" "$bin" stats --journal "$journal" >/dev/null; } 2>&1 | tail -n 1)

{
    echo "Journal: $sessions sessions and $searches searches, $((bytes / 1024 / 1024)) MB:" \
        "$((bytes / sessions)) bytes a session (searches included)."
    echo
    cat target/bench/results/stats-times.md
    echo
    echo "Peak memory of \`stats\`: $((kb / 1024)) MB."
} > target/bench/results/stats.md
cat target/bench/results/stats.md
