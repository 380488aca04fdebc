#!/usr/bin/env python3
"""How long an editor waits for the first completion after starting the language server.

Starts `readout lsp` afresh for each run, as an editor does on opening a report, then sends
initialize, initialized, didOpen of a one-meeting report and a completion request for a name
prefix in an attendee line; times, from the process start, the initialize reply and the
completion reply (which must hold the expected person). Prints the median and the range.

  benchmarks/lsp_first_completion.py [--server build/server/readout] [--runs 20]
"""
import argparse
import json
import statistics
import subprocess
import sys
import time

REPORT = ("# Talks\nDateline: 2023-03-02\n\n## Meeting\nDate: 2023-03-01\n\n"
          "### Attendees\n- Antony Blinken | Secretary of State | United States\n- Serg")
PREFIX_LINE, PREFIX_CHARACTER = 8, 6  # after "- Serg"
EXPECTED = "Sergey Lavrov"


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    proc.stdin.flush()


def receive(proc):
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def reply_to(proc, request_id):
    while True:
        message = receive(proc)
        if message.get("id") == request_id and "method" not in message:
            return message


def one_run(server):
    start = time.perf_counter()
    proc = subprocess.Popen([server, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    try:
        send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                    "params": {"processId": None, "rootUri": None, "capabilities": {}}})
        reply_to(proc, 1)
        initialized = time.perf_counter() - start
        send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        uri = "file:///tmp/first-completion.readout"
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                    "params": {"textDocument": {"uri": uri, "languageId": "readout",
                                                "version": 1, "text": REPORT}}})
        send(proc, {"jsonrpc": "2.0", "id": 2, "method": "textDocument/completion",
                    "params": {"textDocument": {"uri": uri},
                               "position": {"line": PREFIX_LINE,
                                            "character": PREFIX_CHARACTER}}})
        result = reply_to(proc, 2).get("result") or []
        completed = time.perf_counter() - start
        items = result["items"] if isinstance(result, dict) else result
        if not any(EXPECTED in item.get("label", "") for item in items):
            raise RuntimeError(f"the first completion does not offer {EXPECTED}")
        send(proc, {"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
        reply_to(proc, 3)
        send(proc, {"jsonrpc": "2.0", "method": "exit"})
        proc.wait(timeout=10)
        return initialized, completed
    finally:
        if proc.poll() is None:
            proc.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="build/server/readout")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    one_run(args.server)  # warm-up: the binary's pages into the page cache
    runs = [one_run(args.server) for _ in range(args.runs)]
    for name, values in (("initialize reply", [r[0] for r in runs]),
                         ("first completion", [r[1] for r in runs])):
        ms = [v * 1000 for v in values]
        print(f"{name}: median {statistics.median(ms):.1f} ms "
              f"(min {min(ms):.1f}, max {max(ms):.1f}; {len(ms)} runs from process start)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
