"""A trip of the dev set as a .readout report (docs/markup.md).

One meeting on the trip's dates at its place; the attendees are the Secretary of State and each
official met, with the title and the country as the remarks give them; the Summary is the
remarks, word for word. A variant changes one attendee's fields or one span of the remarks, and
render() says where each attendee line and the remarks ended up (lines and byte offsets), so a
finding can be matched to the place of a planted mistake.
"""
from dataclasses import dataclass, field

SECRETARY = {"name": "Antony Blinken", "title": "Secretary of State", "country": "United States"}


@dataclass
class Change:
    """One edit: an attendee's fields (by official id), or a span of the remarks (character offsets)."""
    official: str = None
    fields: dict = field(default_factory=dict)
    prose_span: tuple = None
    prose_text: str = None


@dataclass
class Rendered:
    text: str
    attendee_lines: dict  # official id -> (line, start byte, end byte)
    prose_line: int
    prose_offset: int  # byte offset of the remarks' first character
    remarks: str  # the remarks as rendered (after a prose change)


def attendee_line(name, title, country, acting=False, handle=None):
    line = "- " + (f"@{handle}: " if handle else "") + name
    line += f" | {title or ''} | {country}" if country else (f" | {title}" if title else "")
    return line + (" [acting]" if acting else "")


def place_of(trip, country):
    locale = trip["locale"].strip().strip(",").strip()
    return f"{locale}, {country}" if locale and locale != country else country


def date_of(trip):
    return trip["start"] if trip["start"] == trip["end"] else f"{trip['start']} to {trip['end']}"


def attendees_of(trip_officials):
    """The officials met, once each (the first mention), in the order the remarks name them."""
    seen, out = set(), []
    for o in trip_officials:
        if o["attendee"] and o["attendee_name"] not in seen:
            seen.add(o["attendee_name"])
            out.append(o)
    return out


def render(index, trip, country, trip_officials, change=None):
    change = change or Change()
    remarks = trip["remarks"]
    if change.prose_span:
        a, b = change.prose_span
        remarks = remarks[:a] + change.prose_text + remarks[b:]
    lines = [
        f"# Secretary Blinken's trip to {country}, {date_of(trip)}",
        f"Dateline: {trip['end']}",
        f"Place: {place_of(trip, country)}",
        f"Source: US Department of State, Office of the Historian, travels of the Secretary of State (trip {index})",
        "",
        f"## Visit to {country} {{#trip-{index:03d}}}",
        f"Date: {date_of(trip)}",
        f"Place: {place_of(trip, country)}",
        "Kind: visit",
        "",
        "### Attendees",
        attendee_line(SECRETARY["name"], SECRETARY["title"], SECRETARY["country"], handle="blinken") + " [head]",
    ]
    placed = {}
    for o in attendees_of(trip_officials):
        fields = {"name": o["attendee_name"], "title": o["title"], "country": o["country"]}
        if change.official == o["id"]:
            fields.update(change.fields)
        placed[o["id"]] = len(lines)
        lines.append(attendee_line(fields["name"], fields["title"], fields["country"], o["acting"]))
    lines += ["", "### Summary"]
    prose_index = len(lines)
    lines.append(remarks)
    text = "\n".join(lines) + "\n"
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line.encode("utf-8")) + 1
    return Rendered(
        text=text,
        attendee_lines={oid: (k + 1, starts[k], starts[k] + len(lines[k].encode("utf-8"))) for oid, k in placed.items()},
        prose_line=prose_index + 1,
        prose_offset=starts[prose_index],
        remarks=remarks,
    )


def prose_bytes(rendered, char_span):
    """Byte range in the file of a character span of the rendered remarks."""
    a, b = char_span
    start = rendered.prose_offset + len(rendered.remarks[:a].encode("utf-8"))
    return start, start + len(rendered.remarks[a:b].encode("utf-8"))
