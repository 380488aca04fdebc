#!/usr/bin/env python3
"""The accuracy benchmark (docs/accuracy.md): readout lint on reports made from real text.

  python3 scripts/accuracy.py [--binary build/server/readout] [--shared ../shared/data]
                              [--out DIR] [--json FILE] [--targets FILE] [--check] [--update-floors]
  python3 scripts/accuracy.py --extract [--shared ../shared/data]

Renders each trip of the Secretary of State in ../shared/data/dev-set as a report, plus the seed
article, lints them clean and with one planted mistake each (and with names written other
accepted ways), and prints recall per class, false alarms per 100 clean reports and the share of
real names the registry does not know. --json writes every figure and every miss and false
alarm. --check compares the figures with the floors in --targets and exits 1 below a floor;
--update-floors sets the floors to what was measured (after an improvement).
--extract rewrites tests/accuracy/dev-set-officials.json (the reviewed ground truth) from the dev
set and tests/accuracy/corrections.json. Exit status 77 when the shared data is absent.
Standard library only.
"""
import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SOURCE / "scripts"))

from accuracylib import officials as officials_mod  # noqa: E402
from accuracylib import plant, score, seed, targets  # noqa: E402
from accuracylib.render import attendees_of, prose_bytes, render  # noqa: E402

DEV_SET = Path("dev-set") / "secretary-of-state-trips-2021-2025.json"
ACCURACY = SOURCE / "tests" / "accuracy"
OFFICIALS = ACCURACY / "dev-set-officials.json"
CORRECTIONS = ACCURACY / "corrections.json"
VARIANTS = ACCURACY / "name-variants.json"
COUNTRY_VARIANTS = ACCURACY / "country-variants.json"
SEED_EXPECTED = ACCURACY / "seed-expected.json"
RECORD_ERRORS = ACCURACY / "record-errors.json"
SEED = SOURCE / "examples" / "c5plus1-astana-2023.readout"
SKIP = 77


def parse_args(argv):
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("--binary", default=str(SOURCE / "build" / "server" / "readout"))
    a.add_argument("--shared", default=str(SOURCE.parent / "shared" / "data"))
    a.add_argument("--out", help="folder for the reports (default: a temporary folder, removed)")
    a.add_argument("--json", help="write every figure, miss and false alarm here")
    a.add_argument("--targets", default=str(ACCURACY / "targets.json"))
    a.add_argument("--check", action="store_true", help="exit 1 when a figure is below its floor in --targets")
    a.add_argument("--extract", action="store_true", help="rewrite tests/accuracy/dev-set-officials.json")
    a.add_argument("--update-floors", action="store_true",
                   help="set the floors in --targets to what this run measured (after an improvement)")
    a.add_argument("--jobs", default="2")
    return a.parse_args(argv)


def load_json(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def extract(shared):
    trips = load_json(Path(shared) / DEV_SET)
    history = officials_mod.History(shared, officials_mod.english_names(SOURCE / "data" / "registry"))
    records = officials_mod.build(trips, load_json(CORRECTIONS), history)
    officials_mod.write(records, OFFICIALS)
    print(f"wrote {OFFICIALS.relative_to(SOURCE)}: {len(records)} mentions, "
          f"{sum(r['attendee'] for r in records)} officials met, "
          f"{sum(1 for r in records if r['out_of_office'])} with an out-of-office holder")


def check_officials(trips, records):
    """The committed ground truth is what --extract makes from the dev set and the corrections
    (but for the out-of-office holders, which depend on the leaders' history and the registry's
    English names at the time), and every span still names what it says."""
    fresh = officials_mod.build(trips, load_json(CORRECTIONS), None)
    drop = lambda rs: [{k: v for k, v in r.items() if k != "out_of_office"} for r in rs]  # noqa: E731
    if drop(fresh) != drop(records):
        raise SystemExit(f"{OFFICIALS} is not what --extract makes from the dev set and {CORRECTIONS.name}: "
                         "run scripts/accuracy.py --extract and review the diff")
    for r in records:
        remarks = trips[r["trip"]]["remarks"]
        a, b = r["prose"]["name"]
        if remarks[a:b] != r["name"]:
            raise SystemExit(f"{OFFICIALS}: {r['id']}: the remarks of trip {r['trip']} no longer have "
                             f"'{r['name']}' at {a}; run --extract and review the diff")


class Bench:
    """The reports of one run: where each was written and what was planted in it."""

    def __init__(self, out, trips, records, corrections):
        self.out, self.trips, self.corrections = out, trips, corrections
        self.by_trip = {}
        for r in records:
            self.by_trip.setdefault(r["trip"], []).append(r)
        self.clean, self.clean_rendered, self.plants, self.as_written, self.counts = {}, {}, [], [], {}

    def country(self, trip):
        return officials_mod.trip_country(trip, self.corrections)

    def write(self, rel, text):
        """Writes a report under the output folder; reports are named by their path in it."""
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return rel

    def make(self, listed, countries):
        for t, trip in enumerate(self.trips):
            officials = self.by_trip.get(t, [])
            clean = render(t, trip, self.country(trip), officials)
            self.clean_rendered[t] = clean
            self.clean[t] = self.write(f"clean/trip-{t:03d}.readout", clean.text)
            met = attendees_of(officials)
            for o in met:
                for p in plant.mistakes(o, trip["remarks"]):
                    self.plants.append(self.place(t, trip, officials, p, "planted"))
                for p in plant.as_written(o, trip["remarks"], listed) + plant.country_as_written(o, countries):
                    self.as_written.append(self.place(t, trip, officials, p, "as-written"))
        seed_text = SEED.read_text(encoding="utf-8")
        self.seed = self.write("clean/seed-" + SEED.name, seed_text)
        for kind, line, text, written, correct, oid in seed.variants(seed_text):
            self.plants.append({
                "file": self.write(f"planted/{kind}/attendee/{oid}.readout", text), "trip": "seed", "official": oid,
                "class": kind, "where": "attendee", "written": written, "correct": correct,
                "name": None, "title": None, "country": None, "line": line,
                "span": list(seed.line_bytes(text, line)), "clean": self.seed})

    def serial(self, folder, p):
        """'' for the first variant of a class for an official, '-2', '-3' ... for more."""
        key = (folder, p.kind, p.where, p.official["id"])
        self.counts[key] = self.counts.get(key, 0) + 1
        return "" if self.counts[key] == 1 else f"-{self.counts[key]}"

    def place(self, t, trip, officials, p, folder):
        rendered = render(t, trip, self.country(trip), officials, p.change)
        rel = f"{folder}/{p.kind}/{p.where}/{p.official['id']}{self.serial(folder, p)}.readout"
        if p.where in ("attendee", "report"):
            line, start, end = rendered.attendee_lines[p.official["id"]]
        else:
            start, end = prose_bytes(rendered, planted_mention(p))
            line = rendered.prose_line
        return {"file": self.write(rel, rendered.text), "trip": t, "official": p.official["id"],
                "class": p.kind, "where": p.where, "written": p.written, "correct": p.correct,
                "name": p.official["attendee_name"], "title": p.official["title"],
                "country": p.official["country"], "line": line, "span": [start, end],
                "clean": self.clean[t]}


def planted_mention(p):
    """The planted mention's characters in the remarks as changed: from the start of the mention
    (or of the change, when it starts before: "the " replaced) to the end of the name."""
    prose = p.official["prose"]
    change_start, change_end = p.change.prose_span
    shift = len(p.change.prose_text) - (change_end - change_start)
    return min(prose["mention"][0], change_start), prose["mention"][1] + shift


def lint(binary, out, jobs):
    """Every report at once, from inside the output folder (so paths are as Bench names them), with
    an empty config so that no .readout.json above the folder applies."""
    (out / ".readout.json").write_text("{}\n", encoding="utf-8")
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    run = subprocess.run([str(Path(binary).resolve()), "lint", "--format", "json", "--max-severity", "none",
                          "-j", jobs, *folders], capture_output=True, text=True, cwd=out)
    if run.returncode != 0:
        raise SystemExit(f"readout lint failed ({run.returncode}): {run.stderr.strip()}")
    return score.findings_by_file(json.loads(run.stdout))


def record_error(bench, path, finding, errors):
    """The entry of record-errors.json that makes a clean report's finding right, or None."""
    for e in errors:
        if bench.clean.get(e["trip"]) == path and finding["rule"] == e["rule"] and f"'{e['written']}'" in finding["message"]:
            return e
    return None


def explained_by_record_error(variant, finding, errors):
    """Whether a finding on a name written another way is the one a wrong record draws: the
    variant is made from the record, so it carries the record's mistake."""
    words = set(finding["message"].replace("'", " ").split())
    return any(e["trip"] == variant["trip"] and finding["rule"] == e["rule"] and set(e["right"].split()) <= words
               for e in errors)


def evaluate(bench, findings, seed_expected, errors):
    result = {}
    # Clean reports: every warning or error is a false alarm, except the seed article's known
    # findings and those on a record that is itself wrong (record-errors.json).
    false_alarms, true_findings, clean_reports = [], [], 0
    for path in list(bench.clean.values()) + [bench.seed]:
        clean_reports += 1
        for f in findings.get(path, []):
            if f["severity"] not in score.ALARM:
                continue
            if path == bench.seed and score.is_expected(f, seed_expected):
                true_findings.append(dict(f, file=path, why="seed-expected.json"))
            elif record_error(bench, path, f, errors):
                true_findings.append(dict(f, file=path, why=record_error(bench, path, f, errors)["source"]))
            else:
                false_alarms.append(dict(f, file=path))
    result["clean"] = {"reports": clean_reports, "alarms": len(false_alarms),
                       "per_100": round(100 * len(false_alarms) / clean_reports, 2),
                       "reports_with_alarms": len({a["file"] for a in false_alarms})}
    result["false_alarms"] = false_alarms
    result["true_findings_on_clean_reports"] = true_findings

    for p in bench.plants:
        new = score.new_findings(findings.get(p["file"], []), findings.get(p["clean"], []))
        accepted = plant.ACCEPTED_RULES[p["class"]]
        p["found"] = any(score.detects(f, p, accepted) for f in new)
        p["findings"] = [f for f in new if f["line"] == p["line"]]
    result["recall"] = score.summarise_recall(bench.plants)
    planted = len(bench.plants)
    found = sum(p["found"] for p in bench.plants)
    result["overall"] = {"planted": planted, "found": found, "recall": round(found / planted, 4) if planted else None}
    result["misses"] = [p for p in bench.plants if not p["found"]]

    as_written = {}
    alarms = []
    for v in bench.as_written:
        new = score.new_findings(findings.get(v["file"], []), findings.get(v["clean"], []))
        v["alarms"] = [f for f in new if f["severity"] in score.ALARM and not explained_by_record_error(v, f, errors)]
        row = as_written.setdefault(v["class"], {"variants": 0, "alarmed": 0})
        row["variants"] += 1
        row["alarmed"] += bool(v["alarms"])
        if v["alarms"]:
            alarms.append(v)
    for row in as_written.values():
        row["per_100"] = round(100 * row["alarmed"] / row["variants"], 2)
    result["as_written"] = as_written
    result["as_written_alarms"] = alarms

    result["unknown"] = unknown_names(bench, findings)
    result["miss_causes"] = miss_causes(result["misses"], set(result["unknown"]["list"]))
    return result


def miss_causes(misses, unknown):
    """Misses per class, grouped by whether the registry knows the official (person-unknown on the
    clean report's attendee line) and by the warnings and errors the linter gave on the line instead."""
    out = {}
    for m in misses:
        if m["trip"] == "seed":
            known = "seed article"
        elif m["class"] == "out-of-office":  # what matters is whether the registry knows who was planted
            planted_unknown = any(f["rule"] == "person-unknown" and f"'{m['written']}'" in f["message"] for f in m["findings"])
            known = "planted holder unknown" if planted_unknown else "planted holder known"
        else:
            known = "official unknown" if m["name"] in unknown else "official known"
        said = sorted({f["rule"] for f in m["findings"] if f["severity"] in score.ALARM}) or ["no warning or error"]
        key = f"{known}: {' + '.join(said)}"
        row = out.setdefault(m["class"], {}).setdefault(key, {"misses": 0, "examples": []})
        row["misses"] += 1
        if len(row["examples"]) < 5:
            row["examples"].append(f"trip {m['trip']}, {m['where']}: {m['correct']} -> {m['written']}")
    return {kind: dict(sorted(rows.items(), key=lambda kv: -kv[1]["misses"])) for kind, rows in sorted(out.items())}


def unknown_names(bench, findings):
    """Officials met whose attendee line draws person-unknown in the clean report."""
    names, unknown, mentions, unknown_mentions = set(), set(), 0, 0
    for t, trip in enumerate(bench.trips):
        officials = bench.by_trip.get(t, [])
        rendered = bench.clean_rendered[t]
        lines = {rendered.attendee_lines[o["id"]][0]: o for o in attendees_of(officials)}
        flagged = {f["line"] for f in findings.get(bench.clean[t], []) if f["rule"] == "person-unknown"}
        for line, o in lines.items():
            mentions += 1
            names.add(o["attendee_name"])
            if line in flagged:
                unknown_mentions += 1
                unknown.add(o["attendee_name"])
    return {"names": len(names), "unknown": len(unknown), "share": round(len(unknown) / len(names), 4) if names else None,
            "mentions": mentions, "unknown_mentions": unknown_mentions,
            "mention_share": round(unknown_mentions / mentions, 4) if mentions else None,
            "list": sorted(unknown)}


def measured_with(binary):
    """The program's version and the source tree's commit, to say what the figures are of."""
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    git = subprocess.run(["git", "-C", str(SOURCE), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return {"readout": version, "commit": git.stdout.strip() if git.returncode == 0 else None}


def print_table(result):
    print(f"{'class':<18} {'where':<9} {'planted':>7} {'found':>6} {'recall':>7}")
    for kind, rows in result["recall"].items():
        for where in ("attendee", "prose", "all"):
            if where in rows:
                r = rows[where]
                print(f"{kind:<18} {where:<9} {r['planted']:>7} {r['found']:>6} {100 * r['recall']:>6.1f}%")
    o = result["overall"]
    print(f"{'all classes':<18} {'':<9} {o['planted']:>7} {o['found']:>6} {100 * o['recall']:>6.1f}%")
    c = result["clean"]
    print(f"\nclean reports: {c['reports']}, false alarms (warnings and errors): {c['alarms']} "
          f"({c['per_100']} per 100 reports; {c['reports_with_alarms']} reports with one or more); "
          f"{len(result['true_findings_on_clean_reports'])} right findings on records that are wrong")
    for kind, row in sorted(result["as_written"].items()):
        print(f"names as written, {kind + ':':<19} {row['variants']:>4} variants, {row['alarmed']:>3} with a warning "
              f"or error ({row['per_100']} per 100)")
    print("\nmisses by cause (the JSON output has examples):")
    for kind, rows in result["miss_causes"].items():
        print(f"  {kind}: " + "; ".join(f"{row['misses']} {key}" for key, row in rows.items()))
    u = result["unknown"]
    print(f"\nofficials the registry does not know: {u['unknown']} of {u['names']} names ({100 * u['share']:.1f}%), "
          f"{u['unknown_mentions']} of {u['mentions']} attendee lines ({100 * u['mention_share']:.1f}%)")


def main(argv):
    args = parse_args(argv)
    shared = Path(args.shared)
    if not (shared / DEV_SET).is_file():
        print(f"accuracy: {shared / DEV_SET} is not there: skipped", file=sys.stderr)
        return SKIP
    if args.extract:
        extract(shared)
        return 0
    trips = load_json(shared / DEV_SET)
    records = load_json(OFFICIALS)
    check_officials(trips, records)
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="readout-accuracy-"))
    try:
        if args.out and out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True, exist_ok=True)
        bench = Bench(out, trips, records, load_json(CORRECTIONS))
        bench.make(load_json(VARIANTS)["variants"], load_json(COUNTRY_VARIANTS)["variants"])
        findings = lint(args.binary, out, args.jobs)
        result = evaluate(bench, findings, load_json(SEED_EXPECTED)["expected"], load_json(RECORD_ERRORS)["errors"])
    finally:
        if not args.out:
            shutil.rmtree(out, ignore_errors=True)
    result["rules"] = plant.ACCEPTED_RULES
    result["measured_with"] = measured_with(args.binary)
    print_table(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.update_floors:
        spec = load_json(args.targets)
        spec["floors"] = targets.floors_from(result)
        Path(args.targets).write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote the floors of {args.targets}")
    if args.check:
        return targets.check(result, load_json(args.targets))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
