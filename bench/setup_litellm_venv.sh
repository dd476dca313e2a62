#!/usr/bin/env bash
# Create bench/.venv-litellm with the LiteLLM proxy, idempotently.
# Used by bench/overhead.py for the LiteLLM-proxy leg. Pinned: 1.82.7/1.82.8 were compromised releases.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-litellm"
version="1.106.2"
python="${PYTHON:-python3}"

if [ -x "$venv/bin/litellm" ] && "$venv/bin/python" - "$version" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
sys.exit(0 if version("litellm") == sys.argv[1] else 1)
PY
then
  echo "litellm $version already in $venv" >&2
  exit 0
fi

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
pip_log="$(mktemp)"
trap 'rm -f "$pip_log"' EXIT
if ! "$venv/bin/pip" install --quiet "litellm[proxy]==$version" >"$pip_log" 2>&1; then
  grep -v "is ignored: it is neither a file nor a directory" "$pip_log" >&2 || true
  echo "pip install of litellm[proxy]==$version failed" >&2
  exit 1
fi
# the proxy's own imports must work (its extras are installed); no network: local cost map
LITELLM_LOCAL_MODEL_COST_MAP=True "$venv/bin/python" -c "import litellm.proxy.proxy_server" >/dev/null
echo "installed litellm[proxy]==$version into $venv" >&2
