#!/usr/bin/env bash
# Whole-process timing of the everyday commands, side by side, with hyperfine.
# Usage: bench/commands.sh [extra hyperfine options]   (writes bench/commands.md)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq hyperfine
    else
        echo "hyperfine is needed: install it (Debian: apt-get install hyperfine) and run again." >&2
        exit 2
    fi
fi

cargo build --release --quiet
bin=target/release/wecom-help

hyperfine --warmup 20 --min-runs 200 -N --export-markdown bench/commands.md "$@" \
    --command-name "show 15" "$bin show 15" \
    --command-name "list" "$bin list" \
    --command-name "search (message)" "$bin search 你的账号已被禁用" \
    --command-name "search (sentence)" "$bin search 员工改了手机号以后企微一直收不到邀请" \
    --command-name "diagnose --message" "$bin diagnose --message 该企业微信尚未绑定任何UC用户信息"
