#!/usr/bin/env bash
# Import benchmark: `fishdens import` of the two Geum water-quality exports into a fresh
# store, side by side with pandas read_csv + to_sql on the same files, in one run.
# Usage: bench/import/run.sh [repetitions]   (default 5); prints one tab-separated row per run.
set -euo pipefail
cd "$(dirname "$0")/../.."
reps=${1:-5}

need=()
/usr/bin/python3 -c 'import pandas' 2>/dev/null || need+=(python3-pandas)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

files=(samples/geum/water-quality/geum2016.csv samples/geum/water-quality/geum2023.csv)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The tool as users install it: the precompiled package, not the build output.
dotnet pack src/AlienFish.Cli -c Release -v quiet -nologo >/dev/null
dotnet tool install fishdens --tool-path "$work/tool" --add-source artifacts/packages >/dev/null
tool=$work/tool/fishdens

# Packing writes hundreds of megabytes; left to the kernel, their write-back would land on
# the first timed run's syncs. Flushed here, it is charged to neither tool.
sync

count() {
  /usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$@"
}

printf 'tool\trun\tseconds\tpeak_rss_kb\tvalues_kept\tbelow_limit_kept\n'
for i in $(seq 1 "$reps"); do
  rm -f "$work"/f.db*
  /usr/bin/time -f '%e\t%M' -o "$work/t" "$tool" import "${files[@]}" --db "$work/f.db" -v quiet >/dev/null
  kept=$(count "$work/f.db" "select count(*) from water_samples")
  below=$(count "$work/f.db" "select count(*) from water_samples where qualifier = 'BelowQuantification'")
  printf 'fishdens\t%d\t%s\t%s\t%s\n' "$i" "$(cat "$work/t")" "$kept" "$below"

  rm -f "$work"/p.db
  /usr/bin/time -f '%e\t%M' -o "$work/t" /usr/bin/python3 bench/import/pandas_import.py "$work/p.db" "${files[@]}" >"$work/p"
  below=$(count "$work/p.db" "select count(*) from samples where \"TP(㎎/L)\" = '정량한계미만'")
  printf 'pandas\t%d\t%s\t%s\t%s\n' "$i" "$(cat "$work/t")" "$(cut -f3 "$work/p")" "$below"
done
