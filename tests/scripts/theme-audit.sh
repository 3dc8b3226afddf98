#!/usr/bin/env bash
# Lighthouse 12.2.3 (four categories, mobile and desktop presets), axe-core and full-page screenshots
# (1366 and 390 px) of the home, article, topic and search pages of both shipped themes.
#
#   TOOLS=/work/audit-tools   # npm install --ignore-scripts lighthouse@12.2.3 @axe-core/cli@4 (CHROMEDRIVER_SKIP_DOWNLOAD=true)
#   BASE=http://127.0.0.1:5081 OUT=/work/screens/after bash tests/scripts/theme-audit.sh
#
# The server: a Release build with the demo hub (Expert, prefix demo) and a second hub from the same recipe on
# Magazine: `Media__DataPath=D dotnet OpinionAct.Media.Web.dll tenants create --name mag --recipe demo-brand --theme Magazine`,
# then `dotnet OpinionAct.Media.Web.dll --urls http://127.0.0.1:5081 --Media:DataPath D`.
# Writes OUT/<theme>-<page>-<width>.png, OUT/lighthouse/*.json and OUT/scores.tsv, OUT/axe.txt.
set -euo pipefail
TOOLS=${TOOLS:-/work/audit-tools}
BASE=${BASE:-http://127.0.0.1:5081}
OUT=${OUT:-/tmp/theme-audit}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT/lighthouse"

declare -A PAGES=(
  [home]=/
  [article]=/raccordement-reseau-goulet-etranglement-transition
  [topic]=/topics/reseaux-electriques
  [search]='/search?q=r%C3%A9seau'
)
declare -A HUBS=([expert]=demo [magazine]=mag)

shots=()
urls=()
for theme in expert magazine; do
  for page in home article topic search; do
    url="$BASE/${HUBS[$theme]}${PAGES[$page]}"
    shots+=("$theme-$page=$url")
    urls+=("$url")
  done
done

NODE_PATH="$TOOLS/node_modules" node "$HERE/theme-screens.mjs" "$OUT" "${shots[@]}"

printf 'theme\tpage\tpreset\tperformance\taccessibility\tbest-practices\tseo\n' > "$OUT/scores.tsv"
for theme in expert magazine; do
  for page in home article topic search; do
    url="$BASE/${HUBS[$theme]}${PAGES[$page]}"
    for preset in mobile desktop; do
      json="$OUT/lighthouse/$theme-$page-$preset.json"
      flags=(--quiet --output=json --output-path="$json" --only-categories=performance,accessibility,best-practices,seo
             --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
      [[ $preset == desktop ]] && flags+=(--preset=desktop)
      "$TOOLS/node_modules/.bin/lighthouse" "$url" "${flags[@]}" || echo "lighthouse failed: $url $preset" >&2
      node -e '
        const r = require(process.argv[1]); const c = r.categories;
        console.log([process.argv[2], process.argv[3], process.argv[4],
          ...["performance", "accessibility", "best-practices", "seo"].map(k => Math.round(c[k].score * 100))].join("\t"));
      ' "$json" "$theme" "$page" "$preset" >> "$OUT/scores.tsv"
    done
  done
done

"$TOOLS/node_modules/.bin/axe" --chromedriver-path /usr/bin/chromedriver --chrome-options="no-sandbox,headless" "${urls[@]}" > "$OUT/axe.txt" 2>&1 || true
column -t "$OUT/scores.tsv"
grep -E "violations|Violation|accessibility issues|^Testing" "$OUT/axe.txt" || true
