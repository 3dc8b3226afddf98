#!/usr/bin/env bash
# Screenshots of the issue and confirmation emails of both shipped themes, as sent through SMTP, at 600 and 390 px
# (docs/newsletters.md, "How the emails look"). Our emails: the browser test EmailBrowserTests sends them through the
# test SMTP sink and keeps the HTML, the text part and full-page chromium screenshots in OUT.
#   tests/scripts/email-screens.sh [OUT]                      (default OUT: /work/screens/emails/after)
# Optionally, a Ghost newsletter email to compare with: with GHOST_URL (e.g. http://127.0.0.1:2368), GHOST_COOKIE
# (a Netscape cookie jar holding a staff session) and GHOST_POST (a post id) set (and GHOST_DIR for its signup email), the script asks Ghost's admin API
# for the post's email preview and screenshots it at the same widths into GHOST_OUT (default OUT/../ghost), with
# email-screens.mjs and the puppeteer-core in NODE_PATH (default /work/audit-tools/node_modules).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${1:-/work/screens/emails/after}"
mkdir -p "$OUT"

dotnet build OpinionAct.Media.sln -v q
MEDIA_EMAIL_OUT="$OUT" MEDIA_EMAIL_SCREENS="$OUT" \
  dotnet test tests/OpinionAct.Media.IntegrationTests --no-build --filter "FullyQualifiedName~EmailBrowserTests"

if [[ -n "${GHOST_URL:-}" && -n "${GHOST_COOKIE:-}" && -n "${GHOST_POST:-}" ]]; then
  GHOST_OUT="${GHOST_OUT:-$OUT/../ghost}"
  mkdir -p "$GHOST_OUT"
  curl -sf -b "$GHOST_COOKIE" -H "Origin: $GHOST_URL" "$GHOST_URL/ghost/api/admin/email_previews/posts/$GHOST_POST/" > "$GHOST_OUT/preview.json"
  python3 -c "
import json, sys
p = json.load(open(sys.argv[1]))['email_previews'][0]
open(sys.argv[2] + '/ghost-issue.html', 'w').write(p['html'])
open(sys.argv[2] + '/ghost-issue.txt', 'w').write(p['plaintext'] or '')
" "$GHOST_OUT/preview.json" "$GHOST_OUT"
  # Ghost's signup confirmation, rendered from its own template file (GHOST_DIR: the unpacked ghost package).
  if [[ -n "${GHOST_DIR:-}" ]]; then
    node -e '
const tpl = require(process.argv[1] + "/core/server/services/members/emails/signup.js");
const t = (s, v) => s.replace(/\{(\w+)\}/g, (_, k) => (v && v[k]) ?? "");
require("fs").writeFileSync(process.argv[2], tpl({ t, siteTitle: "Énergies Claires", email: "lea@example.test",
  url: process.argv[3] + "/members/?token=abc&action=signup", accentColor: "#0f766e", siteDomain: "127.0.0.1", siteUrl: process.argv[3] + "/" }));
' "$GHOST_DIR" "$GHOST_OUT/ghost-confirm.html" "$GHOST_URL"
  fi
  # puppeteer-core (it comes with lighthouse: npm install lighthouse@12.2.3 into a scratch folder, see docs/themes.md).
  NODE_PATH="${NODE_PATH:-/work/audit-tools/node_modules}" node tests/scripts/email-screens.mjs "$GHOST_OUT" "$GHOST_OUT"/ghost-*.html
fi
ls -1 "$OUT"
