#!/usr/bin/env python3
"""Registry provenance, end to end: the content hash that `readout --version`, JSON and SARIF
output print is the one computed here from the registry files themselves (docs/registry.md,
"Provenance"), each linted file names its registry, and a `.readout.json` pin ("registryHash")
passes when it matches and stops the run with a located error when it does not.

    provenance.py READOUT SOURCE_DIR
"""
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

readout, source = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2]).resolve()
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(layers):
    return "sha256:" + sha("".join(layer + "\n" for layer in layers).encode())


def run(*args, cwd=None):
    return subprocess.run([readout, *args], capture_output=True, text=True, cwd=cwd)


# The embedded registry: data/registry/*.json, then data/curated/*.json, each sorted (as built).
embedded_files = sorted((source / "data/registry").glob("*.json")) + sorted((source / "data/curated").glob("*.json"))
embedded_layer = sha("".join(sha(f.read_bytes()) + "\n" for f in embedded_files).encode())
embedded_hash = content_hash([embedded_layer])

version = run("--version")
check(version.returncode == 0, "--version exits 0")
check(f"registry {embedded_hash}" in version.stdout, f"--version names {embedded_hash}: {version.stdout!r}")

example = source / "examples/c5plus1-astana-2023.readout"
out = run("lint", "--format", "json", str(example))
doc = json.loads(out.stdout)
registries = doc["tool"]["registries"]
check([r["contentHash"] for r in registries] == [embedded_hash], f"JSON names the embedded registry: {registries}")
check(doc["files"][0].get("registry") == embedded_hash, "the JSON file entry names its registry")
check(registries[0]["dataDate"] == max(s["asOf"] for s in registries[0]["sources"]), "dataDate is the newest source date")

with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    extra = tmp / "extra.json"
    extra.write_text(json.dumps({
        "persons": [{"id": "p-test", "name": "Petra Testova"}],
        "organizations": [{"id": "org-test", "name": "Testland", "classification": "country"}],
        "posts": [{"id": "post-test", "label": "Minister of Foreign Affairs", "organization_id": "org-test"}],
        "memberships": [{"person_id": "p-test", "post_id": "post-test", "start_date": "2020-01-01"}],
        "source_dates": [{"note": "test survey", "as_of": "2030-05-01"}],
    }))
    layered = content_hash([embedded_layer, sha(extra.read_bytes())])
    sarif = json.loads(run("lint", "--format", "sarif", "--registry", str(extra), str(example)).stdout)
    props = sarif["runs"][0]["tool"]["driver"]["properties"]["registries"]
    check([r["contentHash"] for r in props] == [layered], f"SARIF names the layered registry {layered}: {props}")
    check(props[0]["files"] == [str(extra)] and props[0]["dataDate"] == "2030-05-01",
          f"SARIF lists the layered file and its newer data date: {props}")
    alone = json.loads(run("lint", "--format", "json", "--no-embedded-registry", "--registry", str(extra),
                           str(example)).stdout)["tool"]["registries"]
    check(alone[0]["contentHash"] == content_hash([sha(extra.read_bytes())]) and alone[0]["embedded"] is False,
          f"a registry without the embedded layer: {alone}")

    # Pins: a prefix of the hash passes; another hash is a located error and nothing is linted.
    report = tmp / "r.readout"
    report.write_text(example.read_text())
    for pin, expect_ok in ((embedded_hash[:19], True), (embedded_hash, True), ("sha256:" + "0" * 64, False)):
        (tmp / ".readout.json").write_text('{\n  "registryHash": "%s"\n}\n' % pin)
        result = run("lint", "--format", "json", "r.readout", cwd=tmp)
        if expect_ok:
            check(result.returncode in (0, 1) and json.loads(result.stdout)["files"],
                  f"pin {pin} matches: status {result.returncode}, {result.stderr}")
        else:
            check(result.returncode == 2 and result.stdout == "", f"a wrong pin stops the run: {result.returncode}")
            check(result.stderr.startswith(".readout.json:2:19: error: the registry's data differs from the pinned")
                  and embedded_hash in result.stderr, f"the wrong pin's message: {result.stderr!r}")
    (tmp / ".readout.json").write_text('{"registryHash": "md5:abc"}')
    bad = run("lint", "r.readout", cwd=tmp)
    check(bad.returncode == 2 and ".readout.json:1:18: error: \"registryHash\" must be" in bad.stderr,
          f"a malformed pin is a config error: {bad.stderr!r}")

print("provenance:", "ok" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
