#!/usr/bin/env python3
"""Executes notebooks headless through a Jupyter kernel with nbclient and reports what they showed.

    run_notebooks.py --kernel NAME --out DIR [--html NOTEBOOK_NAME ...] NOTEBOOK.ipynb ...

Each notebook runs in its own folder (so relative paths such as ../seeds work), with errors
allowed so that every cell's outcome is reported. The executed notebooks are written to DIR;
those named with --html are also exported to DIR/NAME.html with nbconvert's HTMLExporter and the
template given by --template (default "framelens", which scripts/jupyter-setup.sh installs: it
inlines one plotly.js so the charts draw offline). On stdout: one JSON
object, notebook name -> list of code cells, each {"index", "source", "outputs": [{"type",
"mimes", "ename", "evalue"}]}.
"""
import argparse
import json
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kernel", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--html", action="append", default=[])
    p.add_argument("--template", default="framelens")
    p.add_argument("--timeout", type=int, default=600)
    p.add_argument("notebooks", nargs="+")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    report = {}
    for path in a.notebooks:
        name = os.path.splitext(os.path.basename(path))[0]
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name=a.kernel, timeout=a.timeout, allow_errors=True,
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        client.execute()
        cells = []
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            outs = []
            for o in cell.get("outputs", []):
                outs.append({
                    "type": o.get("output_type"),
                    "mimes": sorted(o.get("data", {}).keys()),
                    "ename": o.get("ename"),
                    "evalue": o.get("evalue"),
                    "figure": "framelens-figure" in o.get("data", {}).get("text/html", ""),
                    "plotly": isinstance(o.get("data", {}).get("application/vnd.plotly.v1+json"), dict),
                    "table": "framelens-table" in o.get("data", {}).get("text/html", ""),
                })
            cells.append({"index": i, "source": cell.source, "count": cell.get("execution_count"), "outputs": outs})
        report[name] = cells
        nbformat.write(nb, os.path.join(a.out, name + ".ipynb"))
        if name in a.html:
            body, _ = HTMLExporter(template_name=a.template).from_notebook_node(nb)
            with open(os.path.join(a.out, name + ".html"), "w", encoding="utf-8") as f:
                f.write(body)
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
