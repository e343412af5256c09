#!/usr/bin/env bash
# Configures the Jupyter installation in a virtual environment for framelens' notebooks:
#
#   scripts/jupyter-setup.sh VENV
#
# - the nbconvert template "framelens" (scripts/jupyter/framelens: JupyterLab's template with one
#   minified plotly.js inlined, from VENV's plotly package), so an HTML export draws every chart
#   offline: jupyter nbconvert --to html --template framelens NOTEBOOK.ipynb
# - VENV/etc/jupyter/jupyter_server_config.json: "Java (framelens)" is the default kernel (first
#   in JupyterLab's Launcher, used by File > New > Notebook), and JupyterLab's File > Save and
#   Export Notebook As > HTML uses the framelens template;
# - VENV/etc/jupyter/jupyter_nbconvert_config.json: the same template for `jupyter nbconvert --to
#   html`. Both are written only when missing or framelens' own (another file is left alone).
# Idempotent. Exit status: 0 done, 2 usage, 3 VENV has no Jupyter or no plotly (run scripts/pyenv.sh).
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() { # status message
  echo "jupyter-setup.sh: $2" >&2
  exit "$1"
}

[ $# -eq 1 ] && [ -n "$1" ] || fail 2 "usage: scripts/jupyter-setup.sh VENV (the virtual environment that scripts/pyenv.sh made)"
venv=$1
plotly_js=$("$venv/bin/python" -c 'import os, plotly; print(os.path.join(os.path.dirname(plotly.__file__), "package_data", "plotly.min.js"))' 2>/dev/null) \
  || fail 3 "$venv has no Python with the plotly package: run scripts/pyenv.sh $venv first"
[ -f "$plotly_js" ] || fail 3 "the plotly package in $venv has no $plotly_js: run scripts/pyenv.sh $venv again"
[ -x "$venv/bin/jupyter" ] || fail 3 "$venv has no jupyter: run scripts/pyenv.sh $venv first"

template="$venv/share/jupyter/nbconvert/templates/framelens"
mkdir -p "$template" "$venv/etc/jupyter"
cp "$HERE/scripts/jupyter/framelens/conf.json" "$HERE/scripts/jupyter/framelens/index.html.j2" "$template/"
cmp -s "$plotly_js" "$template/plotly.min.js" || cp "$plotly_js" "$template/plotly.min.js"

# write_config FILE CONTENT: writes FILE when it is missing or framelens' own, else leaves it alone
write_config() {
  if [ ! -e "$1" ] || [ "$(cat "$1")" = "$2" ]; then
    printf '%s\n' "$2" > "$1"
  else
    echo "jupyter-setup.sh: $1 exists and is not framelens' own; left alone (pass the settings on the command line:" \
      "jupyter lab --MultiKernelManager.default_kernel_name=framelens, jupyter nbconvert --template framelens)" >&2
  fi
}
# jupyter_server reads its traits only from jupyter_server_config.json (the .d folder is for
# enabling extensions); the SlidesExporter keeps its own template (it is an HTMLExporter)
write_config "$venv/etc/jupyter/jupyter_server_config.json" '{
  "MultiKernelManager": {"default_kernel_name": "framelens"},
  "HTMLExporter": {"template_name": "framelens"},
  "SlidesExporter": {"template_name": "reveal"}
}'
write_config "$venv/etc/jupyter/jupyter_nbconvert_config.json" '{
  "HTMLExporter": {"template_name": "framelens"},
  "SlidesExporter": {"template_name": "reveal"}
}'
exit 0
