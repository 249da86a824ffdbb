#!/usr/bin/env bash
# Match benchmark: `fishdens match` of 100,000 generated reaches to 10,000 stations, side by
# side in one run with what a Python user runs: GeoPandas to EPSG:5186, then SciPy's cKDTree
# with distance_upper_bound, at the same 5 km limit and k = 1. The import into the store is
# timed once, apart. The matches are then compared reach by reach.
# Usage: bench/match/run.sh [repetitions] [reaches] [stations]   (default 3, 100000, 10000)
# Prints one tab-separated row per tool and run, then the comparison.
set -euo pipefail
cd "$(dirname "$0")/../.."
reps=${1:-3}
reaches=${2:-100000}
stations=${3:-10000}
limit_km=5

need=()
/usr/bin/python3 -c 'import geopandas' 2>/dev/null || need+=(python3-geopandas)
/usr/bin/python3 -c 'import scipy' 2>/dev/null || need+=(python3-scipy)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet build src/AlienFish.Cli -c Release -v quiet -nologo >/dev/null
tool=src/AlienFish.Cli/bin/Release/net10.0/fishdens.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 bench/match/generate.py "$work" "$reaches" "$stations"
/usr/bin/time -f '%e\t%U\t%S\t%M' -o "$work/t" dotnet "$tool" import \
  "$work/stations.csv" "$work/water-quality.csv" "$work/fish-survey.csv" --db "$work/base.db" -v quiet >/dev/null
IFS=$'\t' read -r wall user sys rss <"$work/t"
echo "import (not part of the match): ${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s CPU, ${rss} KB peak"

printf 'tool\trun\tseconds\tcpu_seconds\tpeak_rss_kb\tmatched\tsteps\n'
row() {
  IFS=$'\t' read -r wall user sys rss <"$work/t"
  printf '%s\t%d\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" "$3" "$4"
}
for i in $(seq 1 "$reps"); do
  cp "$work/base.db" "$work/f.db"
  /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$work/t" dotnet "$tool" match --db "$work/f.db" \
    --set max-distance-km=$limit_km --set k=1 -v detailed >"$work/out" 2>"$work/err"
  steps=$(grep -o 'store read in .*' "$work/err" | tr -d '\n')
  row fishdens "$i" "$(head -1 "$work/out" | grep -o '[0-9]* of [0-9]* surveys matched')" "$steps"

  # The same, measuring on the EPSG:5186 plane as the Python route does.
  cp "$work/base.db" "$work/plane.db"
  /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$work/t" dotnet "$tool" match --db "$work/plane.db" \
    --set max-distance-km=$limit_km --set k=1 --set distance=plane -v detailed >"$work/out" 2>"$work/err"
  steps=$(grep -o 'store read in .*' "$work/err" | tr -d '\n')
  row fishdens-plane "$i" "$(head -1 "$work/out" | grep -o '[0-9]* of [0-9]* surveys matched')" "$steps"

  for how in geopandas pyproj; do
    /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$work/t" /usr/bin/python3 bench/match/ckdtree_match.py \
      "$work/stations.csv" "$work/fish-survey.csv" $limit_km "$work/$how.csv" $how 2>"$work/err"
    row "ckdtree-$how" "$i" "$(grep -c ',W' "$work/$how.csv") matched" "$(tail -1 "$work/err")"
  done
done

cmp -s "$work/geopandas.csv" "$work/pyproj.csv" || echo "the two Python projections gave different matches"
echo "fishdens (ground distance) against cKDTree:"
/usr/bin/python3 bench/match/compare.py "$work/f.db" "$work/geopandas.csv" \
  "$work/stations.csv" "$work/fish-survey.csv" $limit_km
echo "fishdens with --set distance=plane against cKDTree:"
/usr/bin/python3 bench/match/compare.py "$work/plane.db" "$work/geopandas.csv" \
  "$work/stations.csv" "$work/fish-survey.csv" $limit_km
