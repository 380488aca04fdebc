"""Planted mistakes in the seed article's attendee lines (examples/c5plus1-astana-2023.readout).

The article is a report already: its attendee lines are changed in place, one mistake per
variant, with the same classes and seeds as the dev set's reports (plant.py). The Secretary of
State's own lines are left alone (every dev-set report has him).
"""
import re

from . import plant

ATTENDEE = re.compile(r"^- (?:@(?P<handle>[\w.-]+): )?(?P<name>[^|\[]+?)(?: \| (?P<title>[^|\[]*?))?"
                      r"(?: \| (?P<country>[^|\[]+?))?(?: \[(?P<flags>[^\]]*)\])?$")


def attendees(text):
    """(line number, match) of every attendee line but the Secretary of State's."""
    out, in_attendees = [], False
    for k, line in enumerate(text.split("\n")):
        if line.startswith("#"):
            in_attendees = line.strip().lower() in ("### attendees", "### participants")
            continue
        m = ATTENDEE.match(line) if in_attendees else None
        if m and m["name"] != "Antony Blinken":
            out.append((k + 1, m))
    return out


def replace_group(line, m, group, new):
    return line[:m.start(group)] + new + line[m.end(group):]


def variants(text):
    """(class, line number, new text, written, correct) for each mistake planted in an attendee line."""
    lines = text.split("\n")
    out = []
    for number, m in attendees(text):
        oid = f"seed-l{number}"
        line = lines[number - 1]
        changes = []
        written = plant.typo(m["name"], plant.rng("misspelled-name", oid))
        if written:
            changes.append(("misspelled-name", "name", written))
        if m["title"]:
            title = plant.wrong_title(m["title"])
            if title:
                changes.append(("wrong-title", "title", title))
        if m["country"]:
            other = plant.rng("wrong-country", oid).choice([c for c in plant.OTHER_COUNTRIES if c != m["country"]])
            changes.append(("wrong-country", "country", other))
        for kind, group, new in changes:
            changed = lines[:]
            changed[number - 1] = replace_group(line, m, group, new)
            out.append((kind, number, "\n".join(changed), new, m[group], oid))
    return out


def line_bytes(text, number):
    """Start and end byte of a line (1-based) of text."""
    lines = text.split("\n")
    start = sum(len(l.encode("utf-8")) + 1 for l in lines[:number - 1])
    return start, start + len(lines[number - 1].encode("utf-8"))
