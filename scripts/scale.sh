#!/bin/sh
# Scale figures (issue 12): builds heard in release mode, makes synthetic
# stores through `heard import` and prints first frame, RSS, list, status,
# import and idle figures beside `vim -u NONE`, measured in the same run.
#   scripts/scale.sh                      # 10k cases
#   SIZES=10000,100000 IDLE=60 scripts/scale.sh
#   BEFORE=/path/to/old/heard scripts/scale.sh   # the same stores, both binaries
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin heard
set -- --heard "now=$PWD/target/release/heard"
if [ -n "${BEFORE:-}" ]; then set -- "$@" --heard "before=$BEFORE"; fi
exec python3 scripts/scale.py "$@" --sizes "${SIZES:-10000}" --runs "${RUNS:-5}" --idle "${IDLE:-0}"
