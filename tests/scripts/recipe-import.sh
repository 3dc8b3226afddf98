#!/usr/bin/env bash
# Measures the recipe importer: items per second and peak memory of `tenants create --recipe-file`
# for generated recipes of N topics each (default 1000 10000 100000), on SQLite in a throwaway
# folder, with a Release build. Each size runs in a fresh process, so the figures include start-up
# and migrations; the per-item cost is the slope between sizes.
# Usage: tests/scripts/recipe-import.sh [N...]
set -euo pipefail
SIZES=("${@:-1000 10000 100000}")
read -r -a SIZES <<<"${SIZES[*]}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=$(mktemp -d /tmp/media-import.XXXXXX)
trap 'rm -rf "$DATA"' EXIT
export Media__DataPath="$DATA/app" Media__DemoTenant__Enabled=false Media__Admin__Password="measure-only-password" \
       Logging__LogLevel__Default=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
DLL="$DATA/bin/OpinionAct.Media.Web.dll"

recipe() { # N FILE: N topics as Orchard content items
  /usr/bin/python3 - "$1" >"$2" <<'PY'
import json, sys
n = int(sys.argv[1])
items = [{"ContentItemId": f"t{i:07d}", "ContentType": "Topic", "TitlePart": {"Title": f"Sujet numéro {i}"},
          "AutoroutePart": {"Path": f"sujet-{i}"}, "TopicPart": {"Description": "Un sujet généré pour mesurer l'import."}}
         for i in range(n)]
print(json.dumps({"name": f"bulk-{n}", "steps": [{"name": "content", "Data": items}]}))
PY
}

printf '%-8s %10s %12s %14s\n' items seconds items/s peak-RSS-MB
for n in "${SIZES[@]}"; do
  recipe "$n" "$DATA/r$n.json"
  /usr/bin/time -f '%e %M' -o "$DATA/time" dotnet "$DLL" tenants create --name "bulk$n" --recipe-file "$DATA/r$n.json" >/dev/null
  read -r seconds kb <"$DATA/time"
  awk -v n="$n" -v s="$seconds" -v kb="$kb" 'BEGIN { printf "%-8d %10.1f %12.0f %14.0f\n", n, s, n / s, kb / 1024 }'
done
