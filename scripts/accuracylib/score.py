"""Findings matched to planted mistakes, false alarms and unknown names."""
from collections import defaultdict

ALARM = ("warning", "error")


def findings_by_file(lint_json):
    out = {}
    for f in lint_json["files"]:
        out[f["path"]] = [{
            "rule": d["ruleId"], "severity": d["severity"], "message": d["message"],
            "line": d["range"]["start"]["line"], "column": d["range"]["start"]["column"],
            "start": d["range"]["start"]["offset"], "end": d["range"]["end"]["offset"],
        } for d in f["diagnostics"]]
    return out


def signature(finding):
    return (finding["rule"], finding["line"], finding["message"])


def new_findings(variant, clean):
    """The variant's findings that its clean report does not have (the same rule, line and message)."""
    before = {signature(f) for f in clean}
    return [f for f in variant if signature(f) not in before]


def detects(finding, planted, accepted):
    """Whether a finding is the linter pointing at a planted mistake: a warning or an error, of a rule
    accepted for the class, on the planted line, overlapping the planted span."""
    if finding["severity"] not in ALARM or finding["rule"] not in accepted:
        return False
    if finding["line"] != planted["line"]:
        return False
    start, end = planted["span"]
    return finding["start"] < end and start < max(finding["end"], finding["start"] + 1)


def is_expected(finding, expected):
    return any(finding["rule"] == e["rule"] and finding["line"] == e["line"] for e in expected)


def summarise_recall(plants):
    table = defaultdict(lambda: {"planted": 0, "found": 0})
    for p in plants:
        for key in ((p["class"], p["where"]), (p["class"], "all")):
            table[key]["planted"] += 1
            table[key]["found"] += p["found"]
    out = {}
    for (kind, where), row in sorted(table.items()):
        row["recall"] = round(row["found"] / row["planted"], 4) if row["planted"] else None
        out.setdefault(kind, {})[where] = row
    return out
