#!/usr/bin/env python3
"""Tests of the whole-process comparison's own parts (scripts/bench-compare.sh), which CI does
not run: readout-parse-only, the prh dictionary textlint reads, and recall.py's matching of
findings to planted mistakes. Fast (a generated corpus of 200 reports); no npm tools needed.

  bench_harness_test.py READOUT_CORPUS READOUT_PARSE_ONLY WORK_DIR
"""
import json
import re
import shutil
import subprocess
import sys
import unittest
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
RECALL = SOURCE / "benchmarks" / "compare" / "recall.py"
CORPUS_TOOL, PARSE_ONLY, WORK = sys.argv[1], sys.argv[2], Path(sys.argv[3])
REPORTS = 200


def setUpModule():
    shutil.rmtree(WORK, ignore_errors=True)
    subprocess.run([CORPUS_TOOL, "--reports", str(REPORTS), "--out", str(WORK)], check=True,
                   capture_output=True)


def planted_rows():
    lines = (WORK / "planted.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [dict(zip(("file", "offset", "line", "column", "kind", "written", "correct"), l.split("\t")))
            for l in lines]


class ParseOnly(unittest.TestCase):
    def test_parses_every_file_and_counts_its_bytes(self):
        files = sorted((WORK / "readout").glob("*.readout"))
        size = sum(f.stat().st_size for f in files)
        for jobs in ("1", "2"):
            run = subprocess.run([PARSE_ONLY, "-j", jobs, str(WORK / "readout")], capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertEqual(run.stdout.strip(), f"parsed {len(files)} files, {size} bytes, 0 with syntax errors, "
                                                 f"{jobs} job{'s' if jobs == '2' else ''}")

    def test_a_file_with_a_syntax_error_is_counted(self):
        broken = WORK / "broken.readout"
        broken.write_text("# Title\nDateline: 2023-02-30x\n\n## {#\n", encoding="utf-8")
        run = subprocess.run([PARSE_ONLY, "-j1", str(broken)], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("parsed 1 files", run.stdout)
        self.assertIn(" 1 with syntax errors", run.stdout)

    def test_a_missing_path_is_an_error(self):
        run = subprocess.run([PARSE_ONLY, str(WORK / "readout"), str(WORK / "missing")], capture_output=True, text=True)
        self.assertEqual(run.returncode, 2)
        self.assertIn("cannot read", run.stderr)
        self.assertIn(f"parsed {REPORTS} files", run.stdout)


class PrhDictionary(unittest.TestCase):
    """prh turns a string pattern into a regular expression by escaping it, '-' included, and
    then adds the 'u' flag, under which '\\-' is an invalid escape: textlint refused to load the
    whole dictionary. Patterns with a hyphen are written as /regex/ instead. The dictionary maps
    each misspelling to the right name, and has no rule for names never misspelt."""

    def patterns(self):
        rules = {}
        expected = None
        for line in (WORK / "prh.yml").read_text(encoding="utf-8").splitlines():
            if m := re.fullmatch(r'  - expected: "(.*)"', line):
                expected = json.loads(f'"{m[1]}"')
                rules[expected] = []
            elif m := re.fullmatch(r'      - "(.*)"', line):
                rules[expected].append(json.loads(f'"{m[1]}"'))
        return rules

    @staticmethod
    def literal(pattern):
        """The text a pattern matches, as prh reads it; None if prh would build an invalid regex."""
        if pattern.startswith("/") and pattern.endswith("/"):
            body, text, i = pattern[1:-1], "", 0
            while i < len(body):
                if body[i] == "\\":
                    if body[i + 1] not in "\\^$.*+?()[]{}|/":
                        return None  # an escape the 'u' flag rejects
                    i += 1
                elif body[i] in "^$.*+?()[]{}|":
                    return None  # would not match literally
                text += body[i]
                i += 1
            return text
        return None if "-" in pattern or "¥" in pattern else pattern

    def test_every_planted_misspelling_is_a_valid_pattern_of_its_right_name(self):
        rules = self.patterns()
        misspelled = [p for p in planted_rows() if p["kind"] == "misspelled-name"]
        hyphenated = [p for p in misspelled if "-" in p["written"]]
        self.assertTrue(hyphenated, "the corpus should have hyphenated misspellings for this test")
        for p in misspelled:
            literals = [self.literal(q) for q in rules[p["correct"]]]
            self.assertIn(p["written"], literals, p)
        for name, patterns in rules.items():
            # A rule without patterns maps no misspelling and only slows textlint down.
            self.assertTrue(patterns, f"{name} has no misspelling")
            for q in patterns:
                self.assertIsNotNone(self.literal(q), f"{name}: {q}")


class Recall(unittest.TestCase):
    """recall.py, fed findings placed exactly at the planted misspellings (columns in UTF-16
    code units, as textlint and cspell count them), plus one finding elsewhere."""

    def utf16_column(self, p):
        md = (WORK / "markdown" / (Path(p["file"]).stem + ".md")).read_text(encoding="utf-8").split("\n")
        before = md[int(p["line"]) - 1].encode("utf-8")[: int(p["column"]) - 1].decode("utf-8")
        return len(before.encode("utf-16-le")) // 2 + 1

    def run_recall(self, tool, findings, suffix):
        path = WORK / f"findings-{tool}.{suffix}"
        path.write_text(findings, encoding="utf-8")
        run = subprocess.run([sys.executable, str(RECALL), tool, str(WORK), str(path)],
                             capture_output=True, text=True, check=True)
        return json.loads(run.stdout)

    def misspelled(self):
        rows = [p for p in planted_rows() if p["kind"] == "misspelled-name"]
        self.assertTrue(any(not p["written"].isascii() for p in rows) or
                        any(not (WORK / "markdown" / (Path(p["file"]).stem + ".md")).read_text(encoding="utf-8")
                            .split("\n")[int(p["line"]) - 1].isascii() for p in rows),
                        "the corpus should have non-ASCII text before or in a misspelling")
        return rows

    def check(self, result, rows):
        self.assertEqual(result["kinds"]["misspelled-name"], {"planted": len(rows), "found": len(rows)})
        self.assertEqual(result["kinds"]["wrong-title"]["found"], 0)
        self.assertEqual(result["findings"], len(rows) + 1)
        self.assertEqual(result["not_at_a_planted_mistake"], 1)

    def test_textlint_positions(self):
        rows = self.misspelled()
        files = {}
        for p in rows:
            files.setdefault(p["file"], []).append({"line": int(p["line"]), "column": self.utf16_column(p)})
        files[rows[0]["file"]].append({"line": 1, "column": 1})
        report = [{"filePath": str(WORK / "markdown" / (Path(f).stem + ".md")), "messages": m} for f, m in files.items()]
        self.check(self.run_recall("textlint", json.dumps(report), "json"), rows)

    def test_cspell_positions(self):
        rows = self.misspelled()
        lines = [f"markdown/{Path(p['file']).stem}.md:{p['line']}:{self.utf16_column(p)} - Unknown word (x)" for p in rows]
        lines.append(f"markdown/{Path(rows[0]['file']).stem}.md:1:1 - Unknown word (x)")
        lines.append("CSpell: Files checked: 200, Issues found: 1 in 1 file.")
        self.check(self.run_recall("cspell", "\n".join(lines) + "\n", "txt"), rows)

    def test_readout_offsets(self):
        rows = self.misspelled()
        files = {}
        for p in rows:
            start = int(p["offset"])
            files.setdefault(p["file"], []).append(
                {"range": {"start": {"offset": start}, "end": {"offset": start + len(p["written"].encode())}}})
        files[rows[0]["file"]].append({"range": {"start": {"offset": 0}, "end": {"offset": 1}}})
        report = {"files": [{"path": f"readout/{f}", "diagnostics": d} for f, d in files.items()]}
        self.check(self.run_recall("readout", json.dumps(report), "json"), rows)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
