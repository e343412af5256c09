#!/usr/bin/env bash
# Creates (or reuses) the Python virtual environment that framelens uses for JupyterLab,
# nbclient, nbconvert and the kernel tests.
#
#   scripts/pyenv.sh DIR
#
# Idempotent: when DIR already holds a venv in which every package imports, it only says so.
# pip runs with PIP_RETRIES=0 against the index configured for pip (pip.conf / PIP_INDEX_URL),
# quietly. Exit status: 0 ready, 2 usage, 3 no usable Python, 4 venv creation failed,
# 5 pip install failed. Set PYTHON to choose the interpreter (default: python3).
set -u

packages=(jupyterlab nbclient nbconvert ipykernel jupyter_client plotly)
modules="jupyterlab, nbclient, nbconvert, ipykernel, jupyter_client, plotly"

fail() { # status message
  echo "pyenv.sh: $2" >&2
  exit "$1"
}

[ $# -eq 1 ] && [ -n "$1" ] || fail 2 "usage: scripts/pyenv.sh DIR (the directory of the Python virtual environment)"
dir=$1
python=${PYTHON:-python3}

if [ -x "$dir/bin/python" ] && "$dir/bin/python" -c "import $modules" >/dev/null 2>&1; then
  echo "pyenv.sh: Python environment ready in $dir"
  exit 0
fi

command -v "$python" >/dev/null 2>&1 \
  || fail 3 "no '$python' on PATH: install Python 3.9 or newer (Debian/Ubuntu: apt-get install python3 python3-venv) or set PYTHON=/path/to/python3"
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' >/dev/null 2>&1 \
  || fail 3 "'$python' is older than Python 3.9: install a newer Python or set PYTHON=/path/to/python3"

echo "pyenv.sh: installing ${packages[*]} into $dir (pip, PIP_RETRIES=0)"
if ! "$dir/bin/python" -c 'import sys' >/dev/null 2>&1; then
  # missing, or left broken (e.g. its Python was removed): create it afresh
  venv_log=$("$python" -m venv --clear "$dir" 2>&1) \
    || fail 4 "could not create a virtual environment in $dir (Debian/Ubuntu: apt-get install python3-venv): ${venv_log##*$'\n'}"
fi

pip_log=$(PIP_RETRIES=0 "$dir/bin/python" -m pip install --quiet --disable-pip-version-check \
  --no-warn-script-location --progress-bar off "${packages[@]}" 2>&1)
status=$?
if [ $status -ne 0 ] || ! "$dir/bin/python" -c "import $modules" >/dev/null 2>&1; then
  printf '%s\n' "$pip_log" | tail -n 5 >&2
  fail 5 "pip could not install ${packages[*]} into $dir: check the package index (pip.conf, PIP_INDEX_URL) and the network, then run scripts/pyenv.sh $dir again"
fi
exit 0
