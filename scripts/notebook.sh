#!/usr/bin/env bash
# `framelens notebook`: JupyterLab on notebooks/ with the framelens kernel.
# Creates the Python virtual environment .venv/ in the project (pip, PIP_RETRIES=0, packages
# from the configured index, plotly among them for its JupyterLab chart renderer), installs the
# kernel spec into it, makes it the default kernel and installs the nbconvert template "framelens"
# (scripts/jupyter-setup.sh), and starts JupyterLab.
# Extra arguments go to `jupyter lab` (e.g. --no-browser --port 8890).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FRAMELENS_VENV:-$HERE/.venv}"
"$HERE/scripts/pyenv.sh" "$VENV"
java -jar "$HERE/target/framelens.jar" kernel install --prefix "$VENV" >/dev/null
# default kernel "Java (framelens)", nbconvert template "framelens" (charts in HTML exports, offline)
"$HERE/scripts/jupyter-setup.sh" "$VENV"
echo "framelens: kernel 'Java (framelens)' installed in $VENV (the default kernel); starting JupyterLab on notebooks/" >&2
cd "$HERE/notebooks"
extra=()
# JupyterLab refuses to start as root (containers, CI machines) unless told it may
[[ $(id -u) -eq 0 ]] && extra+=(--allow-root)
exec "$VENV/bin/jupyter" lab --notebook-dir="$HERE/notebooks" "${extra[@]}" "$@"
