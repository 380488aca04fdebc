#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets into tests/fuzz/corpus/<target>/seed-*, from
real material in the repository: example reports, grammar corpus cases, registry and config
files, and the language-server transcripts. Files not named seed-* (regression inputs of
crashes that were found and fixed) are left alone. Deterministic: run it again after the
sources change and commit what changed.

    python3 tests/fuzz/make_seeds.py
"""
import hashlib
import json
import random
import re
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/fuzz/corpus"
WORKSPACE_URI = "file:///workspace"  # fuzz_jsonrpc maps it to its scratch folder


def corpus_cases():
    """The inputs of grammar/test/corpus/*.txt, as fuzz_edits reads them."""
    cases = []
    for path in sorted((ROOT / "grammar/test/corpus").glob("*.txt")):
        lines = path.read_bytes().split(b"\n")
        i = 0
        while i + 2 < len(lines):
            if lines[i].startswith(b"===") and lines[i + 2].startswith(b"==="):
                k = i + 3
                body = b""
                while k < len(lines) and lines[k] != b"---":
                    body += lines[k] + b"\n"
                    k += 1
                cases.append((path.stem, lines[i + 1].decode().strip(), body))
                i = k
            i += 1
    return cases


def example_reports():
    return sorted(p for p in (ROOT / "examples").rglob("*.readout"))


def write_seeds(target, seeds):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("seed-*"):
        old.unlink()
    for name, data in seeds:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]
        (folder / f"seed-{slug}").write_bytes(data)


def analysis_seeds():
    seeds = [(p.stem, p.read_bytes()) for p in example_reports()]
    seeds += [(f"corpus-{f}-{n}", body) for f, n, body in corpus_cases()]
    for p in sorted((ROOT / "tests/cli/workspace").rglob("*.readout")):
        seeds.append((f"workspace-{p.parent.name}-{p.stem}", p.read_bytes()))
    return seeds


def edits_seeds():
    # fuzz_edits reads its integers from the end of the input: the last byte picks the seed
    # text (examples, sorted, then corpus cases), the rest drives the edits.
    count = len(example_reports()) + len(corpus_cases())
    rng = random.Random(20230228)
    seeds = []
    for index in range(count):
        program = bytes(rng.randrange(256) for _ in range(rng.randrange(16, 96)))
        seeds.append((f"text-{index}", program + bytes([index])))
    return seeds


def transcript_streams():
    """Each transcript's client side as one framed byte stream (initialize left out: the
    fuzz target sends its own)."""
    fence = re.compile(r"^```([^\n]*)\n(.*?)^```", re.S | re.M)
    for path in sorted((ROOT / "tests/lsp/transcripts").glob("*.md")):
        stream = b""
        for info, body in fence.findall(path.read_text()):
            words = info.split()
            if len(words) < 2:
                continue
            body = body.replace("${ROOT}", WORKSPACE_URI).replace("${ROOT_PATH}", "/workspace")
            body = body.replace("${SOURCE}", WORKSPACE_URI + "/source")
            if words[:2] == ["json", "send"]:
                for message in re.split(r"\n---\n", body):
                    if '"initialize"' in message:
                        continue
                    data = json.dumps(json.loads(message), ensure_ascii=False).encode()
                    stream += b"Content-Length: %d\r\n\r\n" % len(data) + data
            elif words[:2] == ["raw", "send"]:
                raw = body.replace("\n", "")
                raw = raw.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t")
                stream += raw.replace("\\\\", "\\").encode()
            elif words[0] == "readout" and words[1] == "open":
                options = dict(w.split("=", 1) for w in words[3:] if "=" in w)
                text = body
                if "from" in options:
                    text = (ROOT / options["from"]).read_text() * int(options.get("repeat", "1"))
                    if len(text) > 20000:
                        text = text[:20000]
                message = {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                           "params": {"textDocument": {"uri": f"{WORKSPACE_URI}/{words[2]}",
                                                       "languageId": "readout", "version": 1,
                                                       "text": text}}}
                data = json.dumps(message, ensure_ascii=False).encode()
                stream += b"Content-Length: %d\r\n\r\n" % len(data) + data
        yield path.stem, stream


def jsonrpc_seeds():
    # fuzz_jsonrpc reads from the end: 4 bytes of chunking seed, 8 capability flags, the
    # position encoding; the stream is what comes before.
    seeds = []
    for name, stream in transcript_streams():
        digest = hashlib.sha1(name.encode()).digest()
        flags = bytes(b & 1 for b in digest[:8])
        tail = bytes([digest[8] % 3]) + flags[::-1] + struct.pack("<I", int.from_bytes(digest[9:13], "little"))
        seeds.append((name, stream + tail))
    return seeds


def registry_seeds():
    seeds = [("curated-" + p.stem, p.read_bytes()) for p in sorted((ROOT / "data/curated").glob("*.json"))]
    for p in sorted((ROOT / "tests/cli/workspace").rglob("*.json")):
        if p.name != ".readout.json":
            seeds.append((f"workspace-{p.parent.name}-{p.stem}", p.read_bytes()))
    seeds.append(("fictional-officials", (ROOT / "examples/fictional/officials.json").read_bytes()))
    # A few records of each generated file, as the importers write them.
    for p in sorted((ROOT / "data/registry").glob("*.json")):
        data = json.loads(p.read_text())
        small = {key: records[:4] for key, records in data.items() if isinstance(records, list)}
        seeds.append((f"generated-{p.stem}", (json.dumps(small, ensure_ascii=False, indent=1) + "\n").encode()))
    return seeds


def config_seeds():
    seeds = []
    for p in sorted(ROOT.glob("**/.readout.json")):
        if "build" in p.relative_to(ROOT).parts[0]:
            continue
        seeds.append((str(p.parent.relative_to(ROOT)), p.read_bytes()))
    # The configuration examples of the documentation.
    fence = re.compile(r"^```jsonc?\n(.*?)^```", re.S | re.M)
    for doc in [ROOT / "README.md", ROOT / "docs/cli.md", ROOT / "docs/registry.md"]:
        for i, block in enumerate(fence.findall(doc.read_text())):
            if '"registry"' in block or '"rules"' in block:
                seeds.append((f"{doc.stem}-{i}", block.encode()))
    return seeds


if __name__ == "__main__":
    write_seeds("fuzz_analysis", analysis_seeds())
    write_seeds("fuzz_edits", edits_seeds())
    write_seeds("fuzz_jsonrpc", jsonrpc_seeds())
    write_seeds("fuzz_registry", registry_seeds())
    write_seeds("fuzz_config", config_seeds())
    for target in sorted(p.name for p in CORPUS.iterdir()):
        files = list((CORPUS / target).iterdir())
        print(f"{target}: {len(files)} inputs, {sum(f.stat().st_size for f in files)} bytes")
