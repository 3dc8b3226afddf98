#!/usr/bin/env bash
# Issue 16's measure: moving a hub of N articles (default 10,000). Each step is one CLI process, timed with its peak
# memory (GNU time's maximum resident set):
#   import   tenants create --recipe-file   (a generated recipe: the search benchmark's text, 30 topics, 60 experts)
#   export   tenants export --out           (the hub as a recipe)
#   backup   tenants backup --out           (database, media, manifest)
#   restore  tenants restore --as           (beside the original; checks, staging, migration, swap)
#   reimport tenants create --recipe-file   (a new tenant from the export)
# The baseline, measured the same way in the same run, is the cheapest command that opens the same storage
# (tenants list): every ratio is a step's time over that process's, i.e. what the step costs beyond starting.
#
# Usage: tests/OpinionAct.Media.Benchmarks/portability.sh [articles=10000] [--postgres]  (--postgres: MEDIA_BENCH_POSTGRES)
set -euo pipefail
ARTICLES=10000
PROVIDER=Sqlite
for arg in "$@"; do
  case "$arg" in
    --postgres) PROVIDER=Postgres ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) ARTICLES=$arg ;;
  esac
done
export SECONDS_PER_RUN=1 CONNECTIONS=1
source "$(dirname "$0")/bench-lib.sh"
bench_data portability
bench_build
export Media__Database__Provider=$PROVIDER Media__DemoTenant__Enabled=false
# A hub of this size is a recipe of tens of MB: above the default recipe size bound of 64 MB only past ~15,000 articles.
export Media__Recipes__MaxBytes=$((512 * 1024 * 1024))
if [ "$PROVIDER" = Postgres ]; then
  [ -n "${MEDIA_BENCH_POSTGRES:-}" ] || { echo "--postgres needs MEDIA_BENCH_POSTGRES" >&2; exit 2; }
  export Media__Database__ConnectionString="$MEDIA_BENCH_POSTGRES"
fi

dotnet run -c Release --project "$BENCH_HERE" -- large-hub-recipe "$ARTICLES" "$DATA/hub.recipe.json"

# timed LABEL ARGS...: runs the CLI once under GNU time; sets SECS and MB.
timed() {
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$DATA/time.txt" dotnet "$DLL" "$@" >"$DATA/$label.log" 2>&1 || { cat "$DATA/$label.log" >&2; exit 1; }
  read -r SECS KB <"$DATA/time.txt"
  MB=$(awk -v k="$KB" 'BEGIN { printf "%.0f", k / 1024 }')
  echo "$label: ${SECS} s, peak ${MB} MB ($(tail -1 "$DATA/$label.log"))" >&2
}

timed baseline tenants list
BASE=$SECS
result "CLI start (tenants list)" "$BASE" s - -
for step in import export backup restore reimport; do
  case $step in
    import)   timed import tenants create --name hub --recipe-file "$DATA/hub.recipe.json" ;;
    export)   timed export tenants export --name hub --out "$DATA/hub.export.json" ;;
    backup)   timed backup tenants backup --name hub --out "$DATA/hub.zip" ;;
    restore)  timed restore tenants restore --name hub --from "$DATA/hub.zip" --as hubcopy ;;
    reimport) timed reimport tenants create --name hubagain --recipe-file "$DATA/hub.export.json" ;;
  esac
  result "$step of $ARTICLES articles ($PROVIDER)" "$SECS" s "$BASE" -
  result "$step peak memory" "$MB" MB - -
done
ls -l "$DATA"/hub.* >&2
