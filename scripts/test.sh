#!/usr/bin/env bash
# README command 2: installs what the tests need (PostgreSQL, Chromium, poppler, npm assets), starts a private
# PostgreSQL, runs every test project, and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# Liberation Sans has Arial's metrics, so letters printed to PDF lay out as they will for the council.
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || { echo "apt-get install failed" >&2; exit 1; }
fi

bash scripts/postgres.sh start || { echo "Could not start PostgreSQL" >&2; exit 1; }
export HAVEN_TEST_POSTGRES="${HAVEN_TEST_POSTGRES:-Host=127.0.0.1;Port=${PGPORT:-55432};Username=postgres;Database=postgres}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

echo "Building..."
if ! dotnet build Haven.slnx -c Release -v quiet -nologo >/tmp/haven-test-build.log 2>&1; then
  grep -E "error|Error" /tmp/haven-test-build.log | sort -u | head -50
  echo "0 passed, 1 failed"
  exit 1
fi

results="$here/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "== $name"
  exe="$here/artifacts/bin/$name/release/$name.dll"
  # Each test project is an xunit v3 executable; its TRX file gives us the counts.
  dotnet "$exe" -noColor -noLogo -result-trx "$results/$name.trx" "$@" \
    > "$results/$name.log" 2>&1 || status=1
  grep -E "Total:|\[FAIL\]" "$results/$name.log" | head -n 30 | sed 's/^/   /'
done

# Sum every TRX file's counters into the one closing line CI reads.
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)
if [ "${passed:-0}" = 0 ] && [ "${failed:-0}" = 0 ]; then
  echo "No test results were found." >&2
  failed=1; status=1
fi
[ "${failed:-0}" != 0 ] && status=1
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
