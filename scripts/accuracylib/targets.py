"""The benchmark's floors and targets (tests/accuracy/targets.json) against a run's figures.

targets.json holds the issue's targets and, per figure, the floor the test enforces now (what was
measured, rounded down a little: floors_from). A recall below its floor, or false alarms or a
share of unknown names above theirs, fails; the distance to the target is printed either way.
"""
import math


def figures(result):
    """Every figure the floors speak of, by name: recall per class (overall and attendee/prose),
    false alarms per 100 clean reports (and per 100 variants of each names-as-written class), and
    the share of unknown names."""
    out = {}
    for kind, rows in result["recall"].items():
        for where, row in rows.items():
            out[f"recall.{kind}.{where}"] = 100 * row["recall"]
    out["recall.overall"] = 100 * result["overall"]["recall"]
    out["false_alarms.clean_per_100"] = result["clean"]["per_100"]
    for kind, row in result["as_written"].items():
        out[f"false_alarms.as_written.{kind}_per_100"] = row["per_100"]
    out["unknown.share_percent"] = 100 * result["unknown"]["share"]
    return {name: round(value, 2) for name, value in out.items()}  # 100 * 0.0123 is not 1.23


def higher_is_better(name):
    return name.startswith("recall.")


def target_for(name, targets):
    if higher_is_better(name):
        return targets["recall_percent"]
    if name.startswith("false_alarms."):
        return targets["false_alarms_per_100"]
    return targets["unknown_percent"]


def floors_from(result):
    """Floors for what a run measured: recall rounded down, then a point lower; false alarms per
    100 and the unknown share rounded up, then one higher (room for a change that moves a figure
    by a report or two without being a regression worth a red test)."""
    out = {}
    for name, value in sorted(figures(result).items()):
        out[name] = max(0, math.floor(value) - 1) if higher_is_better(name) else math.ceil(value) + 1
    return out


def check(result, spec, out=print):
    """0 when every figure is at or beyond its floor (1 otherwise); prints each figure, its floor
    and its distance to the target."""
    measured = figures(result)
    failures = 0
    out(f"\n{'figure':<52} {'measured':>9} {'floor':>7} {'target':>7}  distance to target")
    for name, floor in sorted(spec["floors"].items()):
        if name not in measured:
            out(f"{name:<52} {'missing':>9} {floor:>7}")
            failures += 1
            continue
        value, target = measured[name], target_for(name, spec["targets"])
        ok = value >= floor if higher_is_better(name) else value <= floor
        gap = (target - value) if higher_is_better(name) else (value - target)
        distance = "met" if gap <= 0 else f"{gap:.1f} {'points' if higher_is_better(name) or 'share' in name else 'per 100'} to go"
        out(f"{name:<52} {value:>9.2f} {floor:>7} {target:>7}  {distance}{'' if ok else '   BELOW FLOOR'}")
        failures += not ok
    unlisted = sorted(set(measured) - set(spec["floors"]))
    if unlisted:
        out(f"figures without a floor (add them to targets.json): {', '.join(unlisted)}")
        failures += 1
    return 1 if failures else 0
