"""Drives the framelens kernel through jupyter_client and records what it answers.

Usage: python kernel_probe.py PLAN.json RESULTS.json

PLAN.json (written by KernelIntegrationTest) holds {"kernel_name": ..., "cwd": ..., "steps": [...]}.
Each step has an "id" and an "op"; the result of every step is stored under its id in
RESULTS.json. The probe only observes and records; the Java test makes the assertions.
A step that raises is recorded as {"probe_error": "..."} and the probe goes on.

The kernel is found through JUPYTER_PATH (the test installs its kernel spec there).
"""
import json
import signal
import socket
import sys
import time
import traceback
import queue

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

BIG = 200_000  # longer outputs are recorded as head, tail and length


def clip(text):
    if not isinstance(text, str) or len(text) <= BIG:
        return {"text": text, "length": len(text) if isinstance(text, str) else 0}
    return {"head": text[:4000], "tail": text[-4000:], "length": len(text)}


def collect(kc, msg_id, t0, timeout):
    """Collects the IOPub messages of one request until it is idle, and its shell reply."""
    out = {"streams": [], "stdout": "", "stderr": "", "results": [], "displays": [], "errors": []}
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        content = msg["content"]
        at = time.monotonic() - t0
        if kind == "status" and content["execution_state"] == "idle":
            break
        if kind == "stream":
            out["streams"].append({"name": content["name"], "text": content["text"], "at": at})
            out[content["name"]] += content["text"]
        elif kind == "execute_result":
            out["results"].append({k: clip(v) for k, v in content["data"].items()})
        elif kind == "display_data":
            out["displays"].append({k: clip(v) for k, v in content["data"].items()})
        elif kind == "error":
            out["errors"].append({"ename": content["ename"], "evalue": content["evalue"],
                                  "traceback": content["traceback"]})
    while True:
        reply = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    out["reply"] = reply["content"]
    out["reply_at"] = time.monotonic() - t0
    return out


def execute(kc, step):
    t0 = time.monotonic()
    msg_id = kc.execute(step["code"], store_history=True)
    return collect(kc, msg_id, t0, step.get("timeout", 60))


def interrupt(km, kc, step):
    t0 = time.monotonic()
    msg_id = kc.execute(step["code"])
    # wait until the cell runs, then a little longer so that it is inside the loop
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(step.get("delay", 1.0))
    sent = time.monotonic()
    if step["via"] == "signal":
        km.signal_kernel(signal.SIGINT)
    else:
        km.interrupt_kernel()
    out = collect(kc, msg_id, t0, step.get("timeout", 30))
    out["seconds_after_interrupt"] = time.monotonic() - sent
    return out


def shell_request(kc, send, timeout=20):
    msg_id = send()
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


def replies_to(kc, msg_id, seconds):
    """Counts shell replies to msg_id arriving within `seconds`."""
    count = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            msg = kc.get_shell_msg(timeout=max(0.05, deadline - time.monotonic()))
        except queue.Empty:
            break
        if msg["parent_header"].get("msg_id") == msg_id:
            count += 1
    return count


def bad_signature(kc, step):
    wrong = Session(key=b"not-the-kernel-key", username=kc.session.username)
    msg = wrong.msg("kernel_info_request", {})
    wrong.send(kc.shell_channel.socket, msg)
    unsigned = Session(key=b"", username=kc.session.username)
    msg2 = unsigned.msg("kernel_info_request", {})
    unsigned.send(kc.shell_channel.socket, msg2)
    wait = step.get("wait", 2.0)
    answered_wrong = replies_to(kc, msg["header"]["msg_id"], wait)
    answered_unsigned = replies_to(kc, msg2["header"]["msg_id"], 0.5)
    good = shell_request(kc, kc.kernel_info)
    return {"replies_to_wrong_key": answered_wrong, "replies_to_unsigned": answered_unsigned,
            "good_reply_status": good.get("status"), "good_implementation": good.get("implementation")}


def replay(kc, step):
    msg = kc.session.msg("kernel_info_request", {})
    kc.session.send(kc.shell_channel.socket, msg)
    kc.session.send(kc.shell_channel.socket, msg)  # the very same bytes and signature again
    return {"replies": replies_to(kc, msg["header"]["msg_id"], step.get("wait", 2.0))}


def non_loopback_ipv4():
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 1))  # no packet is sent for UDP connect
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def bind_check(kc, step):
    info = kc.get_connection_info()
    address = non_loopback_ipv4()
    result = {"ip": info["ip"], "other_address": address}
    if address is None:
        result["outcome"] = "no-other-address"
        return result
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(2)
    try:
        s.connect((address, info["shell_port"]))
        result["outcome"] = "connected"
    except ConnectionRefusedError:
        result["outcome"] = "refused"
    except OSError as e:
        result["outcome"] = "error: " + str(e)
    finally:
        s.close()
    return result


def nbclient_run(step):
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(code) for code in step["cells"]]
    client = NotebookClient(nb, kernel_name=step["kernel_name"], timeout=120, resources={"metadata": {"path": step["cwd"]}})
    client.execute()
    cells = []
    for cell in nb.cells:
        outputs = []
        for output in cell.outputs:
            entry = {"output_type": output.output_type}
            if "data" in output:
                entry["mimes"] = sorted(output.data.keys())
                entry["html_length"] = len(output.data.get("text/html", ""))
                entry["plotly_json"] = isinstance(output.data.get("application/vnd.plotly.v1+json"), dict)
            if output.output_type == "error":
                entry["ename"] = output.ename
            if output.output_type == "stream":
                entry["text"] = output.text
            outputs.append(entry)
        cells.append(outputs)
    # framelens' template (scripts/jupyter-setup.sh) inlines plotly.js once in the head
    html, _ = HTMLExporter(template_name="framelens").from_notebook_node(nb)
    if step.get("html_path"):
        with open(step["html_path"], "w", encoding="utf-8") as f:
            f.write(html)
    return {"cells": cells, "html_length": len(html),
            "html_plotly_bundles": html.count("* plotly.js v"),
            "html_framelens_figures": html.count('class="framelens-figure"'),
            "html_tables": html.count('class="framelens-table"')}


def main():
    plan = json.load(open(sys.argv[1]))
    results = {"specs": {}, "steps": {}}
    specs = KernelSpecManager().get_all_specs()
    if plan["kernel_name"] in specs:
        results["specs"] = specs[plan["kernel_name"]]
    started = time.monotonic()
    km, kc = start_new_kernel(kernel_name=plan["kernel_name"], startup_timeout=90, cwd=plan["cwd"])
    results["startup_seconds"] = time.monotonic() - started
    try:
        for step in plan["steps"]:
            op = step["op"]
            try:
                if op == "execute":
                    result = execute(kc, step)
                elif op == "interrupt":
                    result = interrupt(km, kc, step)
                elif op == "complete":
                    result = shell_request(kc, lambda: kc.complete(step["code"], step["cursor"]))
                elif op == "inspect":
                    result = shell_request(kc, lambda: kc.inspect(step["code"], step["cursor"]))
                elif op == "history":
                    result = shell_request(kc, lambda: kc.history(hist_access_type="tail", n=step["n"], output=False, raw=True))
                elif op == "comm_info":
                    result = shell_request(kc, kc.comm_info)
                elif op == "is_complete":
                    result = shell_request(kc, lambda: kc.is_complete(step["code"]))
                elif op == "bad_signature":
                    result = bad_signature(kc, step)
                elif op == "replay":
                    result = replay(kc, step)
                elif op == "bind_check":
                    result = bind_check(kc, step)
                elif op == "nbclient":
                    result = nbclient_run(step)
                else:
                    result = {"probe_error": "unknown op " + op}
            except Exception:
                result = {"probe_error": traceback.format_exc()}
            results["steps"][step["id"]] = result
    finally:
        t0 = time.monotonic()
        km.shutdown_kernel(now=False)
        results["shutdown"] = {"seconds": time.monotonic() - t0, "alive": km.is_alive()}
    with open(sys.argv[2], "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
