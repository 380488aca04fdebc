#!/usr/bin/env python3
"""The Markdown report of scripts/bench-compare.sh, from the files it wrote into WORK:

  meta.tsv        key<TAB>value: machine, versions, corpus
  hyperfine.json  hyperfine --export-json of the one timed run of every command
  commands.tsv    name<TAB>input folder<TAB>expected exit codes ("0" or "1", comma-separated)
  memory.tsv      name<TAB>peak RSS in KB (one line per run)
  scaling.tsv     files<TAB>folder<TAB>name<TAB>peak RSS in KB (one line per run)
  recall-*.json   recall.py's output per tool

  table.py WORK   prints the report; exit status 0 even when targets are missed.
"""
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

LINT_1 = "readout lint -j1"
LINT_2 = "readout lint -j2"
PARSE_1 = "readout-parse-only -j1"
PARSE_2 = "readout-parse-only -j2"
FLAT_TOLERANCE = 1.10  # peak RSS on 4N files at most this many times that on N files


def folder_bytes(folder):
    return sum(p.stat().st_size for p in Path(folder).iterdir() if p.is_file())


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def mb(n):
    return n / 1e6


def main():
    work = Path(sys.argv[1])
    meta = dict(read_tsv(work / "meta.tsv"))
    commands = {name: (folder, {int(c) for c in codes.split(",")})
                for name, folder, codes in read_tsv(work / "commands.tsv")}
    timed = {r["command"]: r for r in json.loads((work / "hyperfine.json").read_text())["results"]}
    rss_runs = defaultdict(list)
    for name, kb in read_tsv(work / "memory.tsv"):
        rss_runs[name].append(int(kb))
    rss = {name: statistics.median(v) * 1024 for name, v in rss_runs.items()}
    sizes = {name: folder_bytes(folder) for name, (folder, _) in commands.items()}

    out = []
    say = out.append
    say(f"Measured {meta['date']} on {meta['cpu']} ({meta['nproc']} CPUs, {meta['memory']} RAM; "
        f"load averages {meta['load_before']} before the timed run, {meta['load_after']} after; "
        f"the machine is shared). readout {meta['readout']}, "
        f"{meta['node']}, textlint {meta['textlint']} with textlint-rule-prh {meta['prh']}, "
        f"cspell {meta['cspell']}, hyperfine {meta['hyperfine']}, GNU time {meta['time']}.")
    say("")
    say(f"Corpus: `readout-corpus --reports {meta['reports']} --seed {meta['seed']}`: "
        f"{meta['reports']} reports, {mb(sizes[LINT_1]):.2f} MB of `.readout` "
        f"({mb(sizes.get('textlint', 0)):.2f} MB as Markdown), {meta['planted']} planted mistakes. "
        f"Wall time: one hyperfine run of all commands, {meta['runs']} runs each (no warm-up run; "
        f"the recall checks just before read every file once). Peak RSS: median of "
        f"{meta['memory_runs']} separate runs under `/usr/bin/time -f %M`.")
    say("")
    say("| command | wall time | user + sys | throughput | peak RSS | time ÷ lint -j1 | CPU ÷ lint -j1 "
        "| RSS ÷ lint -j1 |")
    say("|---|---:|---:|---:|---:|---:|---:|---:|")
    base_t = timed[LINT_1]["mean"]
    base_m = rss[LINT_1]
    base_cpu = timed[LINT_1]["user"] + timed[LINT_1]["system"]
    problems = []
    busy = float(meta["load_before"].split()[0])
    if busy >= 1:
        problems.append(f"the machine was busy when the timing started (1-minute load average {busy:.2f} on "
                        f"{meta['nproc']} CPUs): every command shared the CPUs with other work, so wall times "
                        "are longer than on a quiet machine and a second job finds no idle CPU; the user + sys "
                        "column is less affected")
    for name, (folder, expected) in commands.items():
        r = timed[name]
        codes = set(r.get("exit_codes", []))
        if not codes <= expected:
            problems.append(f"{name} exited with {sorted(codes)} (expected {sorted(expected)})")
        say(f"| `{name}` | {r['mean']:.3f} s ± {r['stddev'] or 0:.3f} | {r['user'] + r['system']:.2f} s "
            f"| {mb(sizes[name]) / r['mean']:.2f} MB/s | {rss[name] / 2**20:.1f} MiB "
            f"| {r['mean'] / base_t:.2f} | {(r['user'] + r['system']) / base_cpu:.2f} | {rss[name] / base_m:.2f} |")
    say("")

    say("Do the tools find the planted mistakes? (a finding counts when it points inside one)")
    say("")
    say("| tool | findings | misspelled names found | wrong titles found | findings at no planted mistake |")
    say("|---|---:|---:|---:|---:|")
    recalls = {}
    for tool in ("readout", "textlint", "cspell"):
        r = json.loads((work / f"recall-{tool}.json").read_text())
        kinds = r["kinds"]
        names = kinds.get("misspelled-name", {"planted": 0, "found": 0})
        titles = kinds.get("wrong-title", {"planted": 0, "found": 0})
        recalls[tool] = names["found"] / names["planted"] if names["planted"] else 0.0
        say(f"| {tool} | {r['findings']} | {names['found']} of {names['planted']} ({100 * recalls[tool]:.1f}%) "
            f"| {titles['found']} of {titles['planted']} | {r['not_at_a_planted_mistake']} |")
        if recalls[tool] < 0.5:
            problems.append(f"{tool} finds only {100 * recalls[tool]:.1f}% of the misspelled names: "
                            "its timing is not a meaningful comparison")
    say("")

    scaling = defaultdict(lambda: defaultdict(list))
    scaling_bytes = {}
    for files, folder, name, kb in read_tsv(work / "scaling.tsv"):
        scaling[int(files)][name].append(int(kb) * 1024)
        scaling_bytes[int(files)] = folder_bytes(folder)
    names = sorted({n for per in scaling.values() for n in per})
    say("Peak RSS against the number of files (median of the same number of runs):")
    say("")
    say("| files | MB | " + " | ".join(f"`{n}`" for n in names) + " |")
    say("|---:|---:|" + "---:|" * len(names))
    for files in sorted(scaling):
        cells = " | ".join(f"{statistics.median(scaling[files][n]) / 2**20:.1f} MiB" for n in names)
        say(f"| {files} | {mb(scaling_bytes[files]):.2f} | {cells} |")
    say("")

    def rss_at(files, name):
        return statistics.median(scaling[files][name])

    t = {name: r["mean"] for name, r in timed.items()}
    fewest, most = min(scaling), max(scaling)

    def at_least(label, value, goal, unit="x"):
        shown = f"{100 * value:.0f}%" if unit == "%" else f"{value:.1f}{unit}"
        return label, value >= goal, shown

    targets = [
        at_least("readout lint -j1 at least 100x faster than textlint+prh", t["textlint"] / t[LINT_1], 100),
        at_least("readout lint -j1 at least 20x faster than cspell", t["cspell"] / t[LINT_1], 20),
        at_least("readout lint -j1 peak RSS at most a fifth of textlint's", rss["textlint"] / rss[LINT_1], 5,
                 "x less"),
        at_least("readout lint -j1 peak RSS at most a fifth of cspell's", rss["cspell"] / rss[LINT_1], 5,
                 "x less"),
        at_least("lint throughput at least 70% of bare parsing, 1 job", t[PARSE_1] / t[LINT_1], 0.70, "%"),
        at_least("lint throughput at least 70% of bare parsing, 2 jobs", t[PARSE_2] / t[LINT_2], 0.70, "%"),
        at_least("readout lint: 2 jobs at least 1.8x one job", t[LINT_1] / t[LINT_2], 1.8),
    ]
    for name in names:
        growth = rss_at(most, name) / rss_at(fewest, name)
        targets.append((f"`{name}` memory independent of the number of files (peak RSS on {most} files "
                        f"at most {FLAT_TOLERANCE:.2f}x that on {fewest})", growth <= FLAT_TOLERANCE,
                        f"{growth:.2f}x"))
    say("Targets (ratios from this one run):")
    say("")
    for label, met, shown in targets:
        say(f"- {'met' if met else '**NOT met**'}: {label}: {shown}")
    say(f"- for reference, bare parsing scales {t[PARSE_1] / t[PARSE_2]:.2f}x from 1 to 2 jobs")
    if problems:
        say("")
        for p in problems:
            say(f"- **warning**: {p}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
