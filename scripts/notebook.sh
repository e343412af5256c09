#!/usr/bin/env bash
# `framelens notebook`: JupyterLab on notebooks/ with the framelens kernel.
# Creates the Python virtual environment .venv/ in the project (pip, PIP_RETRIES=0, packages
# from the configured index), installs the kernel spec into it, and starts JupyterLab.
# Extra arguments go to `jupyter lab` (e.g. --no-browser --port 8890).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FRAMELENS_VENV:-$HERE/.venv}"
"$HERE/scripts/pyenv.sh" "$VENV"
java -jar "$HERE/target/framelens.jar" kernel install --prefix "$VENV" >/dev/null
echo "framelens: kernel 'Java (framelens)' installed in $VENV; starting JupyterLab on notebooks/" >&2
cd "$HERE/notebooks"
extra=()
# JupyterLab refuses to start as root (containers, CI machines) unless told it may
[[ $(id -u) -eq 0 ]] && extra+=(--allow-root)
exec "$VENV/bin/jupyter" lab --notebook-dir="$HERE/notebooks" "${extra[@]}" "$@"
