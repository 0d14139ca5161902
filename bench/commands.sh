#!/usr/bin/env bash
# Whole-process timing of the everyday commands against a hello-world process, peak memory, and
# `check` on generated knowledge bases, with hyperfine (installed from Debian when missing).
# Usage: bench/commands.sh            writes target/bench/results/*.md; BENCHMARKS.md reports them
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null
    else
        echo "hyperfine is needed: install it (Debian: apt-get install hyperfine) and run again." >&2
        exit 2
    fi
fi

mkdir -p target/bench/results
cargo build --release --quiet
cargo build --release --quiet --example gen-kb
bin=target/release/wecom-help

# The baseline: a process that starts, prints a line and exits, built the same way.
printf 'fn main() {\n    println!("hello, world");\n}\n' > target/bench/hello.rs
rustc -C opt-level=3 -o target/bench/hello target/bench/hello.rs

hyperfine --shell=none --warmup 50 --min-runs 500 --export-markdown target/bench/results/commands.md \
    --command-name "hello world" "target/bench/hello" \
    --command-name "show 15" "$bin show 15" \
    --command-name "list" "$bin list" \
    --command-name "search (a message)" "$bin search 你的账号已被禁用" \
    --command-name "search (a sentence)" "$bin search 员工改了手机号以后企微一直收不到邀请" \
    --command-name "diagnose --message" "$bin diagnose --message 该企业微信尚未绑定任何UC用户信息"

# Peak memory (maximum resident set size) of each command, from the kernel's accounting.
{
    echo "| command | peak memory |"
    echo "| --- | ---: |"
    for args in "show 15" "list" "search 你的账号已被禁用" "check" "tree"; do
        # shellcheck disable=SC2086
        kb=$( { /usr/bin/env time -f "%M" $bin $args >/dev/null; } 2>&1 | tail -n 1)
        echo "| \`$args\` | $((kb / 1024)).$(( (kb % 1024) * 10 / 1024 )) MB |"
    done
} > target/bench/results/memory.md

# `check` on generated knowledge bases.
for n in 100 1000 10000; do
    rm -rf "target/bench/kb$n"
    target/release/examples/gen-kb "$n" "target/bench/kb$n"
done
hyperfine --shell=none --warmup 1 --min-runs 5 --export-markdown target/bench/results/check.md \
    --command-name "check, 100 entries" "$bin --kb target/bench/kb100 check" \
    --command-name "check, 1,000 entries" "$bin --kb target/bench/kb1000 check" \
    --command-name "check, 10,000 entries" "$bin --kb target/bench/kb10000 check"

cat target/bench/results/commands.md target/bench/results/memory.md target/bench/results/check.md
