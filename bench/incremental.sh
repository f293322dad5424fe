#!/usr/bin/env bash
# Gazette rebuild-speed benchmark. One command from a clean checkout:
#
#   bench/incremental.sh [SIZES...]      default sizes: 1000 10000
#   env: RUNS (default 3)  WORK (default target/bench)  SERVE (1: also run bench/ServeLatency.java)
#        EDITS (default 20, edits for ServeLatency)  SHARED (default ../shared/bench)
#
# For each size it uses the corpus of bench/run.sh ($WORK/corpus-N, generated with
# ../shared/bench/GenCorpus.java when missing) and makes a site folder $WORK/incr-N with the
# repository's gazette.yml and a copy of the corpus as seeds/ (a copy, so the edits below never touch
# the corpus bench/run.sh reads). There it takes the median of RUNS of each scenario, every one a
# fresh `java -jar gazette.jar build` JVM, wall time and peak RSS from /usr/bin/time -v:
#   clean build        build --clean
#   no-change rebuild  build, right after a build
#   body edit          build after appending a sentence with a unique marker to one article's body
#   title edit         build after changing that article's title: line to a unique title
# The article is the middle one of seeds/*.md in file-name order. After each edit the script checks
# that the built page shows the change, then restores the file and builds again (not measured), so
# every measured run starts from the same state. With SERVE=1 it then runs bench/ServeLatency.java
# on the same site: save-to-served latency of `gazette serve`.
#
# Targets (on 10,000 articles): no-change < 10% of the clean build, body edit < 15% of the clean
# build, serve save-to-served median < 150 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${SHARED:-$ROOT/../shared/bench}
RUNS=${RUNS:-3}
WORK=${WORK:-$ROOT/target/bench}
SERVE=${SERVE:-1}
EDITS=${EDITS:-20}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

die() { echo "incremental.sh: $*" >&2; exit 1; }

command -v java > /dev/null || die "java not found on PATH (needs Java 17)"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (apt-get install time); it measures wall time and peak RSS"
command -v awk > /dev/null || die "awk not found"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive whole number, not '$RUNS'"
[[ $EDITS =~ ^[1-9][0-9]*$ ]] || die "EDITS must be a positive whole number, not '$EDITS'"
for n in "${SIZES[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "a size must be a positive whole number, not '$n'"; done
[ -f "$SHARED/GenCorpus.java" ] || die "no $SHARED/GenCorpus.java (set SHARED to the shared bench folder)"

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd -P)
[ "$WORK" != / ] || die "WORK must not be /"

if [ ! -f target/gazette.jar ]; then
  command -v mvn > /dev/null || die "target/gazette.jar is missing and mvn is not on PATH to build it"
  mvn -q -B -DskipTests package
fi
# The jar where the package step made it, beside the class-data archive it maps (gazette.jsa, which
# names the jar by its path; see gazette.cli.ClassDataArchive). Do not run `mvn package` while this runs.
JAR="$ROOT/target/gazette.jar"

# remove_in_work PATH: rm -rf, but only for a path strictly inside $WORK
remove_in_work() {
  local p
  p=$(realpath -m "$1")
  case "$p" in
    "$WORK"/?*) rm -rf -- "$p" ;;
    *) die "refusing to delete $p: it is not inside $WORK" ;;
  esac
}

# median_of FILE: the median line of a file of numbers (the lower middle for an even count, as run.sh)
median_of() { sort -g "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The article being edited and its pristine copy; put back on any exit.
EDITED=""
PRISTINE=""
restore() { if [ -n "$EDITED" ] && [ -f "$PRISTINE" ]; then cat "$PRISTINE" > "$EDITED"; fi; }
trap restore EXIT
trap 'exit 130' INT TERM

# gz SITE ARGS...: one unmeasured build in SITE; fails loudly with its output
gz() {
  local site=$1; shift
  local log
  if ! log=$(cd "$site" && java -jar "$JAR" "$@" 2>&1); then
    echo "$log" >&2
    die "gazette $* failed in $site"
  fi
}

# timed NAME SITE ARGS...: one measured build in SITE; appends its wall s and peak RSS MiB to NAME.wall/.rss
timed() {
  local name=$1 site=$2; shift 2
  if ! (cd "$site" && /usr/bin/time -v java -jar "$JAR" "$@" > /dev/null 2> "$WORK/$name.time"); then
    cat "$WORK/$name.time" >&2
    die "gazette $* failed in $site"
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/$name.time" >> "$WORK/$name.wall"
  awk -F': ' '/Maximum resident/ {printf "%.1f\n", $2/1024}' "$WORK/$name.time" >> "$WORK/$name.rss"
}

# must_contain FILE TEXT WHAT: the check that an edit reached the built site
must_contain() {
  [ -f "$1" ] || die "$3: $1 was not built"
  grep -qF -- "$2" "$1" || die "$3: '$2' is not in $1"
}

# ratio WALL: WALL / the clean build's median wall ($cw)
ratio() { awk -v a="$1" -v b="$cw" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "-" }'; }
# note TARGET WALL LIMIT: the target, and at 10,000 articles whether WALL / $cw < LIMIT
note() {
  if [ "$n" = 10000 ]; then
    echo "$1 ($(awk -v a="$2" -v b="$cw" -v t="$3" 'BEGIN{ print (b > 0 && a/b < t) ? "met" : "NOT met" }'))"
  else
    echo "$1 (target at 10,000)"
  fi
}

ROWS=()
# row SIZE SCENARIO WALL RSS RATIO TARGET
row() { ROWS+=("$(printf '%-7s %-22s %9s %10s %8s  %s' "$@")"); }

HEADER="Gazette rebuild benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), jar of $(date -u -r target/gazette.jar '+%Y-%m-%d %H:%M UTC'), median of $RUNS"
echo "$HEADER" >&2

for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  [ -d "$corpus" ] || java "$SHARED/GenCorpus.java" "$n" "$corpus" > /dev/null
  site="$WORK/incr-$n"
  # A fresh site folder each time: the repository's config and a copy of the corpus.
  [ -e "$site" ] && remove_in_work "$site"
  mkdir -p "$site/seeds"
  cp gazette.yml "$site/"
  cp "$corpus"/*.md "$site/seeds/"

  mapfile -t files < <(cd "$site/seeds" && find . -maxdepth 1 -type f -name '*.md' -printf '%f\n' | LC_ALL=C sort)
  [ ${#files[@]} -gt 0 ] || die "no articles in $corpus"
  file=${files[$(( ${#files[@]} / 2 ))]}
  EDITED="$site/seeds/$file"
  PRISTINE="$corpus/$file"
  slug=$(awk -v q="'" 'NR==1 && $0!="---" {exit} NR>1 && $0=="---" {exit}
      NR>1 && /^slug:/ {sub(/^slug:[ \t]*/, ""); sub(/[ \t]+$/, ""); gsub("^[\"" q "]|[\"" q "]$", ""); print; exit}' "$EDITED")
  if [ -z "$slug" ]; then
    slug=${file%.md}
    slug=$(printf '%s' "${slug#[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]-}" | tr 'A-Z' 'a-z')
  fi
  page="$site/site-output/articles/$slug/index.html"
  tag="$(date +%s)$$"
  echo "--- $n articles: editing seeds/$file (page articles/$slug/)" >&2

  for s in clean nochange body title; do : > "$WORK/incr-$n-$s.wall"; : > "$WORK/incr-$n-$s.rss"; done

  # clean build
  for _ in $(seq "$RUNS"); do timed "incr-$n-clean" "$site" build --clean; done
  [ -f "$page" ] || die "the article page $page was not built: is the slug '$slug' right?"

  # no-change rebuild: every measured build comes right after a build
  gz "$site" build
  for _ in $(seq "$RUNS"); do timed "incr-$n-nochange" "$site" build; done

  # one-article body edit
  for i in $(seq "$RUNS"); do
    marker="gzbody${tag}r$i"
    { cat "$PRISTINE"; printf '\nBenchmark edit %s appended.\n' "$marker"; } > "$WORK/incr-$n.edit"
    cat "$WORK/incr-$n.edit" > "$EDITED"
    timed "incr-$n-body" "$site" build
    must_contain "$page" "$marker" "body edit"
    restore
    gz "$site" build
  done

  # title edit
  for i in $(seq "$RUNS"); do
    title="Benchmark title gztitle${tag}r$i"
    awk -v t="title: \"$title\"" 'NR==1 && $0=="---" {fm=1; print; next} fm && $0=="---" {fm=0} fm && !done && /^title:/ {print t; done=1; next} {print}' \
      "$PRISTINE" > "$WORK/incr-$n.edit"
    grep -qF "$title" "$WORK/incr-$n.edit" || die "seeds/$file has no title: line in its front matter"
    cat "$WORK/incr-$n.edit" > "$EDITED"
    timed "incr-$n-title" "$site" build
    if ! grep -qF -- "$title" "$site/site-output/index.html" 2> /dev/null; then
      must_contain "$page" "$title" "title edit"
    fi
    restore
    gz "$site" build
  done
  remove_in_work "$WORK/incr-$n.edit"

  cw=$(median_of "$WORK/incr-$n-clean.wall")
  row "$n" "clean build" "$cw" "$(median_of "$WORK/incr-$n-clean.rss")" "1.00" ""
  w=$(median_of "$WORK/incr-$n-nochange.wall")
  row "$n" "no-change rebuild" "$w" "$(median_of "$WORK/incr-$n-nochange.rss")" "$(ratio "$w")" "$(note "< 0.10" "$w" 0.10)"
  w=$(median_of "$WORK/incr-$n-body.wall")
  row "$n" "body edit" "$w" "$(median_of "$WORK/incr-$n-body.rss")" "$(ratio "$w")" "$(note "< 0.15" "$w" 0.15)"
  w=$(median_of "$WORK/incr-$n-title.wall")
  row "$n" "title edit" "$w" "$(median_of "$WORK/incr-$n-title.rss")" "$(ratio "$w")" ""

  if [ "$SERVE" = 1 ]; then
    echo "--- $n articles: serve save-to-served latency, $EDITS edits" >&2
    # The measuring client runs with C1 alone: on two cores, its own optimising compiler (working on
    # the HTTP client it polls with) otherwise competes with the server it measures.
    if GAZETTE_JAR="$JAR" java -XX:TieredStopAtLevel=1 bench/ServeLatency.java "$site" "$EDITS" 2>&1 | tee "$WORK/incr-$n-serve.log" >&2; then
      summary=$(grep '^save-to-served' "$WORK/incr-$n-serve.log" || true)
      med=$(sed -n 's/.*median \([0-9.]*\) ms.*/\1/p' <<< "$summary")
      [ -n "$med" ] || die "ServeLatency printed no median (see $WORK/incr-$n-serve.log)"
      serve_note="< 150 ms"
      if [ "$n" = 10000 ]; then
        serve_note="$serve_note ($(awk -v m="$med" 'BEGIN{ print (m < 150) ? "met" : "NOT met" }'))"
      else
        serve_note="$serve_note (target at 10,000)"
      fi
      row "$n" "serve save-to-served" "${med} ms" "-" "-" "$serve_note; ${summary#save-to-served }"
    else
      die "bench/ServeLatency.java failed (see $WORK/incr-$n-serve.log)"
    fi
  fi
done

echo
echo "$HEADER"
printf '%-7s %-22s %9s %10s %8s  %s\n' "size" "scenario" "wall s" "RSS MiB" "x clean" "target"
printf '%s\n' "${ROWS[@]}"
echo "Targets on 10,000 articles: no-change rebuild < 10% of the clean build, body edit < 15%, serve median < 150 ms."
