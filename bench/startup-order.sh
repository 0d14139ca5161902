#!/usr/bin/env bash
# Writes link/startup.order: the functions the everyday commands run, for the linker to lay out
# side by side (see `order_startup_code` in build.rs). Starting then maps in a few hundred
# kilobytes of code in one stretch instead of pages from all over its 1.5 MB.
#
# The names carry hashes that change with the compiler and the locked dependency versions, so run
# this again after updating either (bench/commands.sh says when the list no longer matches). Names
# the binary lacks are skipped by the linker: a stale list costs speed, never correctness.
# Usage: bench/startup-order.sh       needs valgrind (installed from Debian when missing)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null || ! command -v callgrind_annotate >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq valgrind >/dev/null
    else
        echo "valgrind is needed: install it (Debian: apt-get install valgrind) and run again." >&2
        exit 2
    fi
fi

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/wecom-help
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The commands whose start-up matters, the measured ones first (bench/commands.sh).
runs=(
    "show 15"
    "list"
    "search 你的账号已被禁用"
    "search 员工改了手机号以后企微一直收不到邀请"
    "show 16.2"
    "--lang en show 15"
    "--lang en list"
    "--lang en search account disabled"
    "--format markdown show 15"
    "--format json list"
    "--format json search 扫码"
    "diagnose --message 该企业微信尚未绑定任何UC用户信息"
)
for i in "${!runs[@]}"; do
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --demangle=no --dump-instr=no --callgrind-out-file="$work/$i.out" \
        --log-file="$work/$i.log" "$bin" ${runs[$i]} >/dev/null 2>&1 ||
        { echo "valgrind failed on \`${runs[$i]}\`:" >&2; cat "$work/$i.log" >&2; exit 1; }
done

# Each run's functions of this binary (not of the C library), costliest first. Each line ends
# `file:name [binary]`, the file `???` without debug information; `'2` marks a recursive call of
# a function already listed.
for i in "${!runs[@]}"; do
    callgrind_annotate --threshold=100 "$work/$i.out" 2>/dev/null |
        awk -v bin="[$(realpath "$bin")]" '$NF == bin && $(NF - 1) ~ /:/ {
            name = $(NF - 1); sub(/^.*:/, "", name); sub(/\047[0-9]+$/, "", name)
            if (name !~ /^0x/) print name
        }'
done | awk '!seen[$0]++' > "$work/order"

# The everyday commands run a few hundred functions; far fewer means the runs or the reading of
# them went wrong, and the list in the repository is kept.
count=$(grep -c . "$work/order" || true)
if [ "$count" -lt 100 ]; then
    echo "Only $count functions found in the runs: link/startup.order is left as it is." >&2
    exit 1
fi
mkdir -p link
mv "$work/order" link/startup.order
echo "link/startup.order: $(wc -l < link/startup.order) functions; build again to lay them out."
