#!/usr/bin/env bash
# Whole-process timing of the everyday commands against a hello-world process, peak memory, and
# `check` on generated knowledge bases, with hyperfine (installed from Debian when missing).
# Usage: bench/commands.sh            writes target/bench/results/*.md; BENCHMARKS.md reports them
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/need.sh
need hyperfine

mkdir -p target/bench/results
cargo build --release --quiet
cargo build --release --quiet --example gen-kb
bin=${CARGO_TARGET_DIR:-target}/release/wecom-help

# The baseline: a process that starts, prints a line and exits, built the same way.
printf 'fn main() {\n    println!("hello, world");\n}\n' > target/bench/hello.rs
rustc -C opt-level=3 -o target/bench/hello target/bench/hello.rs

# Whole-process timings drift by tens of microseconds over a run on a small virtual machine, and
# a command measured right after another fares differently from one measured first. So the
# commands are measured in several rounds, in turn forwards and backwards, each round against its
# own hello world; the table gives each command's median time and the median, lowest and highest
# of its per-round ratios.
names=("hello world" "show 15" "list" "search (a message)" "search (a sentence)" "diagnose --message")
commands=("target/bench/hello" "$bin show 15" "$bin list" "$bin search 你的账号已被禁用"
    "$bin search 员工改了手机号以后企微一直收不到邀请" "$bin diagnose --message 该企业微信尚未绑定任何UC用户信息")
rounds=${ROUNDS:-6}
rm -f target/bench/results/round-*.csv
for round in $(seq 1 "$rounds"); do
    order=$(seq 0 $((${#names[@]} - 1)))
    if [ $((round % 2)) = 0 ]; then order=$(echo "$order" | tac); fi
    args=()
    for i in $order; do args+=(--command-name "${names[$i]}" "${commands[$i]}"); done
    hyperfine --shell=none --warmup 20 --min-runs 300 --export-csv "target/bench/results/round-$round.csv" \
        "${args[@]}" >/dev/null
done
awk -F, -v rounds="$rounds" '
    FNR == 1 { round++; next }
    { median[round, $1] = $4; if (!(($1) in seen)) { seen[$1] = 1; order[++n] = $1 } }
    function sort(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
    function mid(a, k) { return k % 2 ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2 }
    END {
        print "| command | median time | × hello world, median of " rounds " rounds | lowest | highest |"
        print "| --- | ---: | ---: | ---: | ---: |"
        # In the order of the first round: hello world, then the commands.
        for (c = 1; c <= n; c++) {
            name = order[c]
            for (r = 1; r <= rounds; r++) { t[r] = median[r, name]; x[r] = median[r, name] / median[r, "hello world"] }
            sort(t, rounds); sort(x, rounds)
            printf "| %s | %.2f ms | %.2f | %.2f | %.2f |\n", name, mid(t, rounds) * 1000, mid(x, rounds), x[1], x[rounds]
        }
    }' target/bench/results/round-*.csv > target/bench/results/commands.md

# Peak memory (maximum resident set size) and page faults (pages mapped on first touch) of each
# command, from the kernel's accounting, and the instructions it executes (valgrind, when
# installed): unlike times, these are the same from run to run.
{
    echo "| command | peak memory | page faults | instructions |"
    echo "| --- | ---: | ---: | ---: |"
    for args in "" "show 15" "list" "search 你的账号已被禁用" "search 员工改了手机号以后企微一直收不到邀请" "check" "tree"; do
        if [ -z "$args" ]; then run=target/bench/hello; name="hello world"; else run="$bin $args"; name="\`$args\`"; fi
        # shellcheck disable=SC2086
        read -r kb faults < <( { /usr/bin/env time -f "%M %R" $run >/dev/null; } 2>&1 | tail -n 1)
        instructions="(valgrind not installed)"
        if command -v valgrind >/dev/null; then
            # shellcheck disable=SC2086
            instructions=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $run 2>&1 >/dev/null |
                sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | awk '{printf "%.2fM", $1 / 1e6}')
        fi
        echo "| $name | $((kb / 1024)).$(( (kb % 1024) * 10 / 1024 )) MB | $faults | $instructions |"
    done
} > target/bench/results/memory.md

# `check` on generated knowledge bases.
for n in 100 1000 10000; do
    rm -rf "target/bench/kb$n"
    "${CARGO_TARGET_DIR:-target}/release/examples/gen-kb" "$n" "target/bench/kb$n"
done
hyperfine --shell=none --warmup 1 --min-runs 5 --export-markdown target/bench/results/check.md \
    --command-name "check, 100 entries" "$bin --kb target/bench/kb100 check" \
    --command-name "check, 1,000 entries" "$bin --kb target/bench/kb1000 check" \
    --command-name "check, 10,000 entries" "$bin --kb target/bench/kb10000 check"

cat target/bench/results/commands.md target/bench/results/memory.md \
    target/bench/results/check.md
