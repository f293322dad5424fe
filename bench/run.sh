#!/usr/bin/env bash
# Gazette build-speed benchmark (issue #6). One command from a clean checkout:
#
#   bench/run.sh [SIZES...]        default sizes: 1000 10000
#
# For each size it generates the corpus with ../shared/bench/GenCorpus.java (deterministic), then,
# taking turns run by run so machine noise affects all alike, the median of RUNS clean builds of:
#   gazette  java -jar target/gazette.jar build --clean (a fresh JVM each time, whole process; --clean so
#            the cache of the run before is not used)
#   hugo     the Hugo peer site in ../shared/bench/peers/hugo (if `hugo` is installed)
#   floor    ../shared/bench/floor/FlexmarkLoop.java: one-thread flexmark over the same files
# and prints wall time and peak RSS (/usr/bin/time -v), with Gazette/Hugo and Gazette/floor ratios.
# Also the seed site: a cold `build` of the repository's own seeds; and one `gazette check` of each
# corpus (it builds the site in memory, then parses and checks every page), not part of the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${SHARED:-$ROOT/../shared/bench}
RUNS=${RUNS:-3}
WORK=${WORK:-$ROOT/target/bench}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
mkdir -p "$WORK"

[ -f target/gazette.jar ] || mvn -q -B -DskipTests package

# The floor program, compiled once against flexmark from Maven Central.
FLOOR="$WORK/floor"
if [ ! -d "$FLOOR/classes" ]; then
  mkdir -p "$FLOOR" && cp "$SHARED/floor/"* "$FLOOR/"
  (cd "$FLOOR" && mvn -q dependency:copy-dependencies -DoutputDirectory=lib -DincludeScope=runtime \
     && javac -cp 'lib/*' -d classes FlexmarkLoop.java)
fi

# median_of FILE: the median line of a file of numbers
median_of() { sort -g "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# once NAME CMD...: runs CMD once, appending its wall time and peak RSS to NAME's lists
once() {
  local name=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$WORK/$name.time" || { cat "$WORK/$name.time" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/$name.time" >> "$WORK/$name.wall"
  awk -F': ' '/Maximum resident/ {print $2/1024}' "$WORK/$name.time" >> "$WORK/$name.rss"
}

# start NAME: empties NAME's lists; medians NAME: prints "wall rss", the medians of its runs
start() { : > "$WORK/$1.wall"; : > "$WORK/$1.rss"; }
medians() { printf '%s %s\n' "$(median_of "$WORK/$1.wall")" "$(median_of "$WORK/$1.rss")"; }

# measure NAME CMD...: runs CMD $RUNS times and prints its medians
measure() {
  local name=$1; shift
  start "$name"
  for _ in $(seq "$RUNS"); do once "$name" "$@" || return 1; done
  medians "$name"
}

row() { printf '%-28s %9s s %9s MiB %s\n' "$1" "$2" "$3" "${4:-}"; }

echo "Gazette benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), median of $RUNS"

# Output folders start empty: one an earlier Gazette wrote has no record of its files, and a build
# refuses to replace a folder of files it did not write.
rm -rf "$WORK/seed-out" "$WORK"/.seed-out.*
read -r w r < <(measure seed java -jar target/gazette.jar build --clean --output "$WORK/seed-out")
row "seed site, cold build" "$w" "$r"

for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  [ -d "$corpus" ] || java "$SHARED/GenCorpus.java" "$n" "$corpus" > /dev/null
  site="$WORK/site-$n"
  mkdir -p "$site"
  cp gazette.yml "$site/"
  peer="$WORK/hugo-$n"
  if command -v hugo > /dev/null && [ ! -d "$peer/content/articles" ]; then
    rm -rf "$peer" && cp -r "$SHARED/peers/hugo" "$peer" && mkdir -p "$peer/content/articles"
    cp "$corpus"/*.md "$peer/content/articles/"
  fi
  # The three take turns, run by run, so a spell of the machine (its speed drifts by tens of per
  # cent over minutes) weighs on each alike and the ratios compare runs of the same minutes.
  rm -rf "$site/out" "$site"/.out.*
  start "gazette-$n"; start "floor-$n"; start "hugo-$n"
  for _ in $(seq "$RUNS"); do
    once "gazette-$n" java -jar "$ROOT/target/gazette.jar" build --clean --source "$corpus" \
        --config "$site/gazette.yml" --output "$site/out"
    once "floor-$n" java -cp "$FLOOR/classes:$FLOOR/lib/*" FlexmarkLoop "$corpus"
    if command -v hugo > /dev/null; then
      (cd "$peer" && once "hugo-$n" hugo --quiet --destination "$peer/public")
    fi
  done
  read -r gw gr < <(medians "gazette-$n")
  read -r fw fr < <(medians "floor-$n")
  echo "--- $n articles"
  row "gazette build" "$gw" "$gr"
  row "floor (flexmark, 1 thread)" "$fw" "$fr" "gazette/floor = $(awk -v a="$gw" -v b="$fw" 'BEGIN{printf "%.2f", a/b}')"
  if command -v hugo > /dev/null; then
    read -r hw hr < <(medians "hugo-$n")
    row "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" "$hw" "$hr" "gazette/hugo = $(awk -v a="$gw" -v b="$hw" 'BEGIN{printf "%.2f", a/b}')"
  else
    echo "(hugo not installed: apt-get install hugo for the side-by-side figure)"
  fi
  read -r cw cr < <(RUNS=1 measure "check-$n" java -jar "$ROOT/target/gazette.jar" check --source "$corpus" \
      --config "$site/gazette.yml")
  row "gazette check (one run)" "$cw" "$cr"
done
