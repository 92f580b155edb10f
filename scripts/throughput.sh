#!/usr/bin/env bash
# Whole-CLI throughput: builds a ~200 MB JSONL of real feedback by repeating ../shared/bench/real-mix.jsonl,
# runs `classify` on it with 1 and 2 threads, and prints MB/s, records/s and peak RSS next to the time CPython
# takes merely to parse the same file. Usage: scripts/throughput.sh [TARGET_MB] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
target_mb=${1:-200}
work=${2:-/tmp/feedback-themes-throughput}
src=../shared/bench/real-mix.jsonl
[ -f "$src" ] || { echo "needs $src (see ../shared/README.md)" >&2; exit 2; }
mkdir -p "$work"
big="$work/real-mix-${target_mb}mb.jsonl"
if [ ! -f "$big" ]; then
  src_bytes=$(stat -c %s "$src")
  copies=$(( (target_mb * 1000000 + src_bytes - 1) / src_bytes ))
  for _ in $(seq "$copies"); do cat "$src"; done > "$big"
fi
cargo build --release --quiet
bin=target/release/feedback-themes
bytes=$(stat -c %s "$big")
records=$(wc -l < "$big")
printf 'input: %s (%.1f MB, %d records)\n\n' "$big" "$(echo "$bytes/1000000" | bc -l)" "$records"
printf '| run | seconds | MB/s | records/s | peak RSS MB | vs CPython parse |\n|---|---|---|---|---|---|\n'
measure() { # name, command...
  local name=$1; shift
  local log="$work/time.log"
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || true
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$log")
  echo "$name $secs $rss"
}
read -r _ py_secs py_rss < <(measure python python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]" "$big")
row() {
  local name=$1 secs=$2 rss=$3
  printf '| %s | %.2f | %.1f | %.0f | %.0f | %.2f× |\n' "$name" "$secs" "$(echo "$bytes/1000000/$secs" | bc -l)" \
    "$(echo "$records/$secs" | bc -l)" "$rss" "$(echo "$secs/$py_secs" | bc -l)"
}
row "CPython json.loads per line (reference)" "$py_secs" "$py_rss"
for threads in 1 2; do
  read -r _ secs rss < <(measure "t$threads" "$bin" classify "$big" --threads "$threads")
  row "classify --threads $threads" "$secs" "$rss"
done
