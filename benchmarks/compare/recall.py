#!/usr/bin/env python3
"""How many of the planted mistakes (readout-corpus's planted.tsv) a tool's findings point at.

  recall.py readout  CORPUS FINDINGS.json   (readout lint --format json)
  recall.py textlint CORPUS FINDINGS.json   (textlint -f json, on CORPUS/markdown)
  recall.py cspell   CORPUS FINDINGS.txt    (cspell's default report, on CORPUS/markdown)

A planted mistake is found when a finding of the tool starts inside it, or (readout, whose
findings carry byte offsets) overlaps it. The Markdown rendering keeps every line and every
name where it was, so a (line, column) in a .md file is the same place in the .readout file;
textlint and cspell count columns in UTF-16 code units, which are turned into bytes here.
Prints one JSON object: per kind of mistake, how many were planted and found, the number of
findings, and how many of them point at no planted mistake.
"""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path


def load_planted(corpus):
    planted = []
    with open(corpus / "planted.tsv", encoding="utf-8") as f:
        next(f)
        for row in f:
            file, offset, line, column, kind, written, correct = row.rstrip("\n").split("\t")
            planted.append({"stem": Path(file).stem, "offset": int(offset), "line": int(line),
                            "column": int(column), "kind": kind, "length": len(written.encode()),
                            "written": written, "correct": correct})
    return planted


class LineBytes:
    """Byte column of a UTF-16 column on a line of a Markdown file."""

    def __init__(self, corpus):
        self.corpus = corpus
        self.lines = {}

    def byte_column(self, stem, line, utf16_column):
        if stem not in self.lines:
            text = (self.corpus / "markdown" / (stem + ".md")).read_text(encoding="utf-8")
            self.lines[stem] = text.split("\n")
        prefix = self.lines[stem][line - 1].encode("utf-16-le")[: 2 * (utf16_column - 1)]
        return len(prefix.decode("utf-16-le").encode("utf-8")) + 1


def readout_findings(corpus, path):
    """(stem, start byte, end byte) of each finding."""
    report = json.loads(Path(path).read_text(encoding="utf-8"))
    for file in report["files"]:
        for d in file["diagnostics"]:
            yield ("offsets", Path(file["path"]).stem, d["range"]["start"]["offset"],
                   d["range"]["end"]["offset"])


def textlint_findings(corpus, path):
    columns = LineBytes(corpus)
    for file in json.loads(Path(path).read_text(encoding="utf-8")):
        stem = Path(file["filePath"]).stem
        for m in file["messages"]:
            yield ("position", stem, m["line"], columns.byte_column(stem, m["line"], m["column"]))


CSPELL_ISSUE = re.compile(r"^(.+):(\d+):(\d+) - ")


def cspell_findings(corpus, path):
    columns = LineBytes(corpus)
    for row in Path(path).read_text(encoding="utf-8").splitlines():
        match = CSPELL_ISSUE.match(row)
        if match:
            stem, line = Path(match[1]).stem, int(match[2])
            yield ("position", stem, line, columns.byte_column(stem, line, int(match[3])))


def main():
    tool, corpus, findings_path = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    planted = load_planted(corpus)
    by_file = defaultdict(list)
    for p in planted:
        by_file[p["stem"]].append(p)
    reader = {"readout": readout_findings, "textlint": textlint_findings, "cspell": cspell_findings}[tool]
    found = set()
    findings = 0
    elsewhere = 0
    for how, stem, a, b in reader(corpus, findings_path):
        findings += 1
        hit = False
        for i, p in enumerate(by_file[stem]):
            if how == "offsets":
                inside = a < p["offset"] + p["length"] and p["offset"] < max(b, a + 1)
            else:
                inside = a == p["line"] and p["column"] <= b < p["column"] + p["length"]
            if inside:
                found.add(id(p))
                hit = True
        elsewhere += not hit
    kinds = {}
    for p in planted:
        k = kinds.setdefault(p["kind"], {"planted": 0, "found": 0})
        k["planted"] += 1
        k["found"] += id(p) in found
    print(json.dumps({"tool": tool, "findings": findings, "not_at_a_planted_mistake": elsewhere,
                      "kinds": kinds}))


if __name__ == "__main__":
    main()
