#!/usr/bin/env bash
# Crawl benchmark: `fishdens crawl --source portal` against the original study's Selenium
# approach (fixed sleeps after every step), both crawling the same 어류 (fish) batches of the
# local portal replica, one page at a time, in one run.
# Usage: bench/crawl/run.sh [repetitions]   (default 3)
# Prints one tab-separated row per crawler and run: tool, run, seconds (wall clock of the
# crawl), files (downloads kept), rows (surveys + counts rows in a fresh fishdens store),
# same_rows (for the Selenium crawl: whether its store holds exactly the rows of the fishdens
# crawl of the same run).
set -euo pipefail
cd "$(dirname "$0")/../.."
reps=${1:-3}
basin=금강
mid=미호천
year=2023

# Debian's Selenium and the chromedriver matching Debian's Chromium, for the original approach.
need=()
/usr/bin/python3 -c 'import selenium, bs4' 2>/dev/null || need+=(python3-selenium python3-bs4)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
# The tool as users install it: the precompiled package, not the build output.
dotnet pack src/AlienFish.Cli -c Release -v quiet -nologo >/dev/null
dotnet tool install fishdens --tool-path "$work/tool" --add-source artifacts/packages >/dev/null
tool=$work/tool/fishdens
dotnet build bench/crawl/ReplicaHost -c Release -v quiet -nologo >/dev/null

# The replica runs as a co-process: its first stdout line is its address, and closing its
# stdin stops it.
coproc replica { exec dotnet bench/crawl/ReplicaHost/bin/Release/net10.0/ReplicaHost.dll; }
replica_pid=$replica_PID
stop_replica() {
  if [ -n "${replica_pid:-}" ]; then
    exec {replica[1]}>&- 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$replica_pid" 2>/dev/null || break; sleep 0.1; done
    kill "$replica_pid" 2>/dev/null || true
    wait "$replica_pid" 2>/dev/null || true
    replica_pid=
  fi
  rm -rf "$work"
}
trap stop_replica EXIT
read -r -t 60 portal <&"${replica[0]}"
case $portal in http://127.0.0.1:*) ;; *) echo "replica gave no address" >&2; exit 1 ;; esac

export LC_NUMERIC=C
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# A crawler that fails shows its log and stops the benchmark.
logged() { "$@" 2>"$work/log" || { cat "$work/log" >&2; exit 1; }; }

printf 'tool\trun\tseconds\tfiles\trows\tsame_rows\n'
for i in $(seq 1 "$reps"); do
  run=$work/$i
  mkdir -p "$run"

  start=$EPOCHREALTIME
  logged "$tool" crawl --source portal --dataset fish --basin "$basin/$mid" --from "$year" --to "$year" \
    --set portal="$portal" --set delay-ms=0 --db "$run/fishdens.db" -v quiet >/dev/null
  end=$EPOCHREALTIME
  files=$(/usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from raw_files").fetchone()[0])' "$run/fishdens.db")
  printf 'fishdens\t%d\t%s\t%s\t%s\t-\n' "$i" "$(seconds "$start" "$end")" "$files" \
    "$(/usr/bin/python3 bench/crawl/compare_stores.py "$run/fishdens.db")"

  # Timed: the Selenium crawl only. Storing its downloads with `fishdens import` (to count
  # and compare the same rows) is left out of its time.
  start=$EPOCHREALTIME
  files=$(logged /usr/bin/python3 bench/crawl/original_crawl.py "$portal" "$run/downloads" "$basin" "$mid" "$year" "$year")
  end=$EPOCHREALTIME
  logged "$tool" import "$run/downloads" --db "$run/selenium.db" -v quiet >/dev/null
  printf 'selenium\t%d\t%s\t%s\t%s\n' "$i" "$(seconds "$start" "$end")" "$files" \
    "$(/usr/bin/python3 bench/crawl/compare_stores.py "$run/selenium.db" "$run/fishdens.db")"
done
