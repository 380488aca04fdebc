"""The benchmark's ground truth: every official named in the dev set, as reviewed.

build() runs the extraction (extract.py) over every trip, applies the committed corrections
(tests/accuracy/corrections.json) and, for heads of state and government, looks up who held the
same post before (or after) the trip in leaders-history/wikidata-heads-history.csv: the
out-of-office person planted in place of the real one. The result is written, sorted and
indented, to tests/accuracy/dev-set-officials.json and read back by every benchmark run, so the
run itself needs only the dev set's remarks.
"""
import csv
from collections import Counter
import json
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from .extract import PREFIXES, mentions

HEAD_OF_GOVERNMENT_WORDS = ("Prime Minister", "Chancellor", "Premier")
HEAD_OF_STATE_WORDS = ("President", "King", "Amir")
MIN_TERM_DAYS = 90
SLACK_DAYS = 180  # appointment vs taking office, disputed hand-overs (Côte d'Ivoire 2010-11)  # shorter terms are mostly acting holders: not a plausible mix-up


class CorrectionError(Exception):
    pass


def fold(text):
    """Lower-case ASCII letters and spaces: for comparing names across spellings."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "".join(c.lower() if c.isalnum() else " " for c in plain).split()


def head_role(title):
    """head_of_government / head_of_state for a title as written, or None."""
    if any(w in title for w in HEAD_OF_GOVERNMENT_WORDS) and "Deputy Prime Minister" not in title \
            and "Alternate Prime Minister" not in title:
        return "head_of_government"
    if any(w in title for w in HEAD_OF_STATE_WORDS) and "Vice President" not in title:
        return "head_of_state"
    return None


def trip_country(trip, corrections):
    country = trip["country"].strip()
    return corrections["countries"].get(country, country)


def apply_corrections(records, corrections):
    used = [0] * len(corrections["corrections"])
    for record in records:
        for k, c in enumerate(corrections["corrections"]):
            if c["name"] != record["name"] or ("trips" in c and record["trip"] not in c["trips"]):
                continue
            used[k] += 1
            for field in ("attendee_name", "country", "attendee", "note", "source"):
                if field in c:
                    record[field] = c[field]
    unused = [c for c, n in zip(corrections["corrections"], used) if n == 0]
    if unused:
        raise CorrectionError(f"corrections that match no mention: {unused}")


COUNTRY_ALIASES = {"Türkiye": "Turkey", "Czechia": "Czech Republic", "Cote d'Ivoire": "Ivory Coast",
                   "Palestinian Authority": "Palestine", "Holy See": "Vatican City"}


class History:
    """Terms of heads of state and government (Wikidata), with English names by Q-id.

    The file's country labels are Portuguese; a country's English name comes from
    wikipedia-heads-2021.csv through the Q-ids of the persons both files list for it."""

    def __init__(self, shared, english_names):
        base = Path(shared) / "leaders-history"
        self.rows = []
        with open(base / "wikidata-heads-history.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                start, end = row["start"][:10], row["end"][:10]
                if not valid_day(start) or (end and not valid_day(end)):
                    continue
                self.rows.append({"iso3": row["iso3"], "label": row["country"], "role": row["role"],
                                  "name": row["person"], "qid": row["person_qid"], "start": start,
                                  "end": end or "9999-12-31"})
        countries_of_person = {}
        with open(base / "wikipedia-heads-2021.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                countries_of_person.setdefault(row["officeholder"], set()).add(" ".join(fold(row["country"].split(" (")[0])))
        # Heads of several countries (France's president is co-prince of Andorra) say nothing of
        # which country a code is; the others vote, and the majority wins.
        votes = {}
        for r in self.rows:
            names = countries_of_person.get(r["qid"], set())
            if len(names) == 1:
                votes.setdefault(r["iso3"], Counter())[next(iter(names))] += 1
        self.countries = {iso3: {min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]} for iso3, c in votes.items()}
        self.english = english_names

    def name_of(self, row):
        """The English name of a row's person, or None (labels that end in the Portuguese country
        name are regnal names, "Salman da Arábia Saudita")."""
        if row["qid"] in self.english:
            return self.english[row["qid"]]
        return None if row["name"].endswith(row["label"]) else row["name"]

    def holder_row(self, name, country, role, start, end):
        """The term of `name` in `role` that covers the trip, in that country, or None."""
        wanted = " ".join(fold(COUNTRY_ALIASES.get(country, country)))
        tokens = {t for t in fold(name) if len(t) > 2}
        found = [r for r in self.rows if r["role"] == role and r["start"] <= end and start <= r["end"]
                 and wanted in self.countries.get(r["iso3"], ())
                 and tokens & {t for t in fold(r["name"]) if len(t) > 2}]
        return min(found, key=lambda r: (r["start"], r["qid"])) if found else None

    def term_start(self, row):
        """Where the person's continuous time in the post began: terms split per cabinet (Japan)
        or recorded twice (appointed, then sworn in) are one."""
        mine = [r for r in self.rows if r["qid"] == row["qid"] and r["iso3"] == row["iso3"] and r["role"] == row["role"]]
        start = row["start"]
        while True:
            earlier = [r["start"] for r in mine if r["start"] < start and r["end"] >= shifted(start, -SLACK_DAYS)]
            if not earlier:
                return start
            start = min(earlier)

    def other_holder(self, row, start, end):
        """The holder of row's post who left it last before the trip, else the next after it. A
        predecessor's term ends by the time row's begins, a successor's starts after row's ends
        (a month's slack), which keeps out the file's junk rows (a co-prince of Andorra as a
        head of state of France)."""
        same = [r for r in self.rows if r["iso3"] == row["iso3"] and r["role"] == row["role"]
                and r["qid"] != row["qid"] and self.name_of(r) and days(r) >= MIN_TERM_DAYS]
        began = self.term_start(row)
        before = sorted((r for r in same if r["end"] < start and r["end"] <= shifted(began, SLACK_DAYS)),
                        key=lambda r: (r["end"], r["qid"]))
        after = sorted((r for r in same if r["start"] > end and r["start"] >= shifted(row["end"], -SLACK_DAYS)),
                       key=lambda r: (r["start"], r["qid"]))
        return before[-1] if before else (after[0] if after else None)


def shifted(day, by):
    if day == "9999-12-31":
        return day
    return (date.fromisoformat(day) + timedelta(days=by)).isoformat()


def valid_day(text):
    try:
        date.fromisoformat(text)
        return True
    except ValueError:
        return False


def days(row):
    return (date.fromisoformat(min(row["end"], "2030-01-01")) - date.fromisoformat(row["start"])).days


def english_names(registry_dir):
    """English names by Wikidata id from the committed registry files."""
    names = {}
    for path in sorted(Path(registry_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for person in data.get("persons", []):
            for ident in person.get("identifiers", []):
                if ident.get("scheme") == "wikidata":
                    names.setdefault(ident["identifier"], person["name"])
    return names


def build(trips, corrections, history):
    records = []
    for t, trip in enumerate(trips):
        country = trip_country(trip, corrections)
        for k, m in enumerate(mentions(trip["remarks"])):
            if m["name"] in ("Blinken",):
                continue
            record = {
                "id": f"t{t:03d}m{k}",
                "trip": t,
                "start": trip["start"],
                "end": trip["end"],
                "title": m["title"],
                "name": m["name"],
                "attendee_name": m["name"],
                "acting": "Acting" in m["qualifiers"],
                "country": corrections_country(m, country),
                "attendee": "former" not in m["qualifiers"],
                "style": m["style"],
                "prose": {"mention": m["mention_span"], "title": m["title_span"], "name": m["name_span"],
                          "prefix": m["prefix_span"]},
            }
            records.append(record)
    apply_corrections(records, corrections)
    orgs = set(corrections["organizations"])
    for record in records:
        record["organization"] = record["country"] in orgs
        record["out_of_office"] = None
        role = head_role(record["title"])
        if history and role and record["attendee"] and not record["organization"]:
            row = history.holder_row(record["attendee_name"], record["country"], role, record["start"], record["end"])
            other = history.other_holder(row, record["start"], record["end"]) if row else None
            if other:
                record["out_of_office"] = {"name": history.name_of(other), "qid": other["qid"],
                                           "role": role, "term": f"{other['start']} to {other['end']}".replace(" to 9999-12-31", " to present"),
                                           "source": "leaders-history/wikidata-heads-history.csv"}
    return records


def corrections_country(mention, trip_country_name):
    if mention["prefix"]:
        return PREFIXES[mention["prefix"]]
    if mention["place"] == "Abu Dhabi":
        return "United Arab Emirates"
    return trip_country_name


def write(records, path):
    Path(path).write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))
