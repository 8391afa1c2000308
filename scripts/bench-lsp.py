#!/usr/bin/env python3
"""Latency and memory benchmark for `redflag lsp` (issue 6).

Drives the real binary over stdio (Content-Length framing by hand, JSON bodies), like an
editor would, and measures:

  * the time from sending a single-character `didChange` to receiving the matching
    `publishDiagnostics` (median and p99 over many edits), on a 5,000-line Python file and
    a 5,000-line Rust file, for incremental changes (a range edit: tree-sitter edit +
    incremental reparse) and, side by side, for the same edits sent as whole-document
    changes (reparsed from scratch);
  * resident memory (VmRSS / VmHWM from /proc) with 100 open 1,000-line documents.

Times are measured by the client, so they include pipe and JSON costs: an upper bound
on the server's own time. Nothing here touches the network; the test files are generated
into a temporary folder and hold no real secret.

Usage: scripts/bench-lsp.py [--binary target/release/redflag] [--edits 300]
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time


class Server:
    def __init__(self, binary, folder):
        self.proc = subprocess.Popen(
            [binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, cwd=folder)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def recv(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        message = json.loads(self.proc.stdout.read(length))
        if "method" in message and "id" in message:  # a request from the server
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
        return message

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            message = self.recv()
            if message.get("id") == rid and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_diagnostics(self, uri, version):
        while True:
            message = self.recv()
            if (message.get("method") == "textDocument/publishDiagnostics"
                    and message["params"]["uri"] == uri
                    and message["params"].get("version") == version):
                return message["params"]["diagnostics"]

    def memory_kb(self):
        fields = {}
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    fields[name] = int(value.split()[0])
        return fields

    def stop(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.proc.wait(timeout=30)


def start(binary, folder):
    server = Server(binary, folder)
    uri = "file://" + folder
    server.request("initialize", {
        "processId": os.getpid(),
        "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
        "workspaceFolders": [{"uri": uri, "name": "bench"}],
    })
    server.notify("initialized", {})
    return server


def random_value(rng, length):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(alphabet) for _ in range(length))


def python_file(lines, rng):
    out = ["import os", "import subprocess", "import yaml", ""]
    i = 0
    while len(out) < lines - 1:
        out += [
            f"class Service{i}:",
            f"    # service {i} settings",
            f"    def __init__(self, name, retries={i % 7}):",
            f"        self.name = name",
            f"        self.retries = retries",
            f"        self.items = [n * {i} for n in range(10) if n % 3]",
            "",
            f"    def run(self, cmd):",
            f"        if self.retries > {i % 5}:",
            f"            return subprocess.run(['echo', cmd], check=True)",
            f"        return {{'name': self.name, 'value': {i}}}",
            "",
        ]
        if i % 50 == 0:
            out += [f"password_{i} = \"{random_value(rng, 24)}\"",
                    "config = yaml.load(stream)", ""]
        i += 1
    return "\n".join(out[: lines - 1]) + "\n"


def rust_file(lines, rng):
    out = ["use std::collections::HashMap;", ""]
    i = 0
    while True:
        block = [
            f"/// Item {i}.",
            f"pub struct Item{i} {{",
            f"    name: String,",
            f"    values: Vec<u32>,",
            "}",
            "",
            f"impl Item{i} {{",
            f"    // item {i} logic",
            f"    pub fn total(&self) -> u32 {{",
            f"        self.values.iter().filter(|v| **v > {i % 9}).sum()",
            "    }",
            "",
            f"    pub fn index(&self) -> HashMap<String, u32> {{",
            f"        let mut map = HashMap::new();",
            f"        map.insert(self.name.clone(), {i});",
            "        map",
            "    }",
            "}",
            "",
        ]
        if i % 50 == 0:
            block += [f"const API_SECRET_{i}: &str = \"{random_value(rng, 32)}\";", ""]
        # Whole items only: a cut item would leave a syntax error, and the server parses a
        # file with errors afresh on every edit (a different, slower path).
        if len(out) + len(block) > lines - 1:
            break
        out += block
        i += 1
    out += ["// filler"] * (lines - 1 - len(out))
    return "\n".join(out) + "\n"


def comment_lines(text, marker):
    return [n for n, line in enumerate(text.split("\n")) if line.strip().startswith(marker)]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def latency(binary, folder, name, text, language, marker, edits, mode, rng):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(text)
    uri = "file://" + path
    server = start(binary, folder)
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": language, "version": 1, "text": text}})
    server.wait_diagnostics(uri, 1)
    lines = text.split("\n")
    targets = comment_lines(text, marker)
    times = []
    for version in range(2, edits + 2):
        line = rng.choice(targets)
        column = len(lines[line])
        lines[line] += "x"
        if mode == "incremental":
            change = {"range": {"start": {"line": line, "character": column},
                                "end": {"line": line, "character": column}}, "text": "x"}
        else:
            change = {"text": "\n".join(lines)}
        started = time.perf_counter()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        server.wait_diagnostics(uri, version)
        times.append((time.perf_counter() - started) * 1000)
    server.stop()
    return times


def memory(binary, folder, rng, count=100, lines=1000):
    server = start(binary, folder)
    for i in range(count):
        if i % 2:
            name, language, text = f"m{i}.rs", "rust", rust_file(lines, rng)
        else:
            name, language, text = f"m{i}.py", "python", python_file(lines, rng)
        uri = "file://" + os.path.join(folder, name)
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": 1, "text": text}})
        server.wait_diagnostics(uri, 1)
    kb = server.memory_kb()
    server.stop()
    return kb


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default="target/release/redflag")
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    print(f"redflag lsp benchmark: {binary}, {args.edits} single-character edits per row")
    print(f"{'file':<22} {'sync':<12} {'median ms':>10} {'p99 ms':>10} {'max ms':>10}")
    with tempfile.TemporaryDirectory() as folder:
        folder = os.path.realpath(folder)
        files = [
            ("bench.py", python_file(5000, rng), "python", "#", "5,000-line Python"),
            ("bench.rs", rust_file(5000, rng), "rust", "//", "5,000-line Rust"),
        ]
        for name, text, language, marker, label in files:
            for mode in ("incremental", "full-text"):
                times = latency(binary, folder, name, text, language, marker,
                                args.edits, mode, rng)
                print(f"{label:<22} {mode:<12} {statistics.median(times):>10.2f} "
                      f"{percentile(times, 99):>10.2f} {max(times):>10.2f}")
        kb = memory(binary, folder, rng)
        print(f"memory, 100 open 1,000-line documents: VmRSS {kb.get('VmRSS', 0) / 1024:.1f} MB, "
              f"peak VmHWM {kb.get('VmHWM', 0) / 1024:.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
