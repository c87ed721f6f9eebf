#!/usr/bin/env bash
# Builds Haven's front-end assets into wwwroot/. Idempotent: safe to run again and again.
#
#   1. npm ci        only when node_modules is missing or older than package-lock.json
#   2. Sass          Frontend/haven.scss -> wwwroot/css/haven.css (GOV.UK + MOJ Frontend, Arial)
#   3. JavaScript    govuk-frontend.min.js and moj-frontend.min.js -> wwwroot/js/
#   4. Static assets GOV.UK and MOJ images and GOV.UK's manifest.json -> wwwroot/assets/
#                    (no fonts: a council service uses Arial, not GDS Transport)
#
# The outputs are git-ignored; Haven.Web.csproj runs this script before build when they are
# missing or out of date, so `dotnet run` on a fresh clone just works. Needs Node 20+ and npm.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

# Parallel builds (tests, browser tests) may all ask for the assets at once: take turns.
if command -v flock >/dev/null 2>&1 && [ -z "${HAVEN_ASSETS_LOCKED:-}" ]; then
  lock="${TMPDIR:-/tmp}/haven-build-assets-$(printf '%s' "$here" | cksum | cut -d' ' -f1).lock"
  export HAVEN_ASSETS_LOCKED=1
  exec flock "$lock" bash "$0" "$@"
fi

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "build-assets.sh: error: '$tool' not found. Install Node.js 20+ and npm to build Haven's front-end assets." >&2
    exit 1
  fi
done

# 1. Dependencies. npm writes node_modules/.package-lock.json on every install; if that is
#    missing or older than package-lock.json (or package.json), node_modules is stale.
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ] \
   || [ ! -d node_modules/govuk-frontend ] || [ ! -d node_modules/@ministryofjustice/frontend ] \
   || [ ! -x node_modules/.bin/sass ]; then
  echo "build-assets.sh: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi

govuk=node_modules/govuk-frontend/dist/govuk
moj=node_modules/@ministryofjustice/frontend/moj

mkdir -p wwwroot/css wwwroot/js wwwroot/assets/images

# 2. Sass. Dart Sass may write a CSS file that shows the error on failure, so compile to a
#    temporary file and only move it into place when sass exits 0.
tmpcss="$(mktemp "${TMPDIR:-/tmp}/haven-css.XXXXXX")"
sasslog="$(mktemp "${TMPDIR:-/tmp}/haven-sass-log.XXXXXX")"
trap 'rm -f "$tmpcss" "$sasslog"' EXIT
echo "build-assets.sh: sass Frontend/haven.scss -> wwwroot/css/haven.css"
if ! node_modules/.bin/sass --load-path=. --quiet-deps --no-source-map --style=compressed \
     Frontend/haven.scss "$tmpcss" 2>"$sasslog"; then
  cat "$sasslog" >&2
  echo "build-assets.sh: error: Sass compilation of Frontend/haven.scss failed." >&2
  exit 1
fi
# MOJ Frontend 11.1.0 uses GOV.UK's deprecated govuk-text-colour mixin and pins
# $govuk-suppressed-warnings, so that one warning cannot be silenced: hide it, show any other.
if grep '^WARNING\|^Deprecation\|^Error' "$sasslog" | grep -qv 'govuk-text-colour'; then
  cat "$sasslog" >&2
elif [ -s "$sasslog" ] && [ -n "${HAVEN_ASSETS_VERBOSE:-}" ]; then
  cat "$sasslog" >&2
fi
if grep -q "GDS Transport" "$tmpcss"; then
  echo "build-assets.sh: error: compiled CSS mentions GDS Transport; the font may only be used on service.gov.uk." >&2
  exit 1
fi
cp "$tmpcss" wwwroot/css/haven.css
chmod 644 wwwroot/css/haven.css

# 3. JavaScript (ES modules, loaded by wwwroot/js/haven.js from a <script type="module">).
cp "$govuk/govuk-frontend.min.js" wwwroot/js/govuk-frontend.min.js
cp "$moj/moj-frontend.min.js" wwwroot/js/moj-frontend.min.js

# 4. Images and the web app manifest. (GOV.UK Frontend 5.x kept rebranded images in
#    assets/rebrand; 6.x has them in assets/images. Copy the folder too if it exists.)
cp -R "$govuk/assets/images/." wwwroot/assets/images/
cp -R "$moj/assets/images/." wwwroot/assets/images/
if [ -d "$govuk/assets/rebrand" ]; then
  mkdir -p wwwroot/assets/rebrand
  cp -R "$govuk/assets/rebrand/." wwwroot/assets/rebrand/
fi
cp "$govuk/assets/manifest.json" wwwroot/assets/manifest.json

echo "build-assets.sh: done"
