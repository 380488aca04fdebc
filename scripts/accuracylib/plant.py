"""Variants of the clean reports: one planted mistake each, or one name written another accepted way.

Every choice that looks random (which letter a typo changes, which country replaces the right
one) comes from random.Random seeded with the class and the official's id, so the same inputs
give the same variants.
"""
import random
import unicodedata

from .extract import FAMILY_FIRST_COUNTRIES, PARTICLES
from .render import Change

SEED = "readout-accuracy-1"

# Mistake classes: what a finding must be (one of these rules, warning or error) to count as
# having found the mistake. The one place where this is decided.
ACCEPTED_RULES = {
    "misspelled-name": ["name-misspelled", "post-holder-mismatch"],
    "name-order-typo": ["name-misspelled", "post-holder-mismatch"],
    "wrong-title": ["title-never-held", "title-not-held-on-date", "title-wrong-country", "post-holder-mismatch"],
    "wrong-country": ["attendee-wrong-country", "title-wrong-country", "post-holder-mismatch"],
    "out-of-office": ["title-not-held-on-date", "post-holder-mismatch"],
}
MISTAKE_CLASSES = list(ACCEPTED_RULES)
# Names and countries written another accepted way: a warning or an error on them is a false
# alarm. name-order, romanisation and honorific are made from every name they apply to; all the
# name classes but name-order also come from the spellings in real use in
# tests/accuracy/name-variants.json (each with its kind); country-as-written from
# tests/accuracy/country-variants.json.
AS_WRITTEN_CLASSES = ["name-order", "romanisation", "honorific", "middle-initial", "suffix",
                      "second-family-name", "short-form", "country-as-written"]

# The other title planted for a title as written: the first rule whose words occur in the title.
WRONG_TITLE = [
    ("Prime Minister", "President"),
    ("Chancellor", "President"),
    ("Premier", "President"),
    ("Vice President", "Prime Minister"),
    ("President", "Prime Minister"),
    ("Foreign", "Prime Minister"),
    ("External Affairs", "Prime Minister"),
    ("King", "President"),
    ("Amir", "President"),
    ("Crown Prince", "President"),
    ("Minister", "Foreign Minister"),
    ("Secretary", "Prime Minister"),
]
OTHER_COUNTRIES = ["Argentina", "Australia", "Brazil", "Canada", "Egypt", "France", "Germany", "India",
                   "Indonesia", "Italy", "Japan", "Kenya", "Mexico", "Nigeria", "Poland", "Spain", "Sweden"]
# Letters that NFKD does not take apart.
ASCII_LETTERS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "ı": "i"}
VOWELS = "aeiou"
CONSONANTS = "bcdfghklmnprstvz"
GULF_SHEIKHS = {"Qatar", "United Arab Emirates", "Kuwait"}


def rng(kind, official_id):
    return random.Random(f"{SEED}:{kind}:{official_id}")


def wrong_title(title):
    for words, other in WRONG_TITLE:
        if words in title:
            return other
    return None


def typo(name, r, family_first=False):
    """The name with a one- or two-letter slip in its longest word (the family name, mostly)."""
    words = name.split(" ")
    candidates = [k for k, w in enumerate(words) if len(w) >= 4 and w.isalpha() and w not in PARTICLES]
    if not candidates:
        candidates = [k for k, w in enumerate(words) if sum(c.isalpha() for c in w) >= 3]
    if not candidates:
        return None
    k = max(candidates, key=lambda i: (len(words[i]), -i if family_first else i))
    word = words[k]
    edits = 1 if r.random() < 0.7 else 2
    for _ in range(edits):
        word = one_slip(word, r)
    words[k] = word
    out = " ".join(words)
    return out if out != name else None


def one_slip(word, r):
    """Change one letter, or swap two, never the first letter, never where it would only undo
    or add a double letter (which are often accepted spellings: Zelenskyy/Zelensky)."""
    positions = [i for i in range(1, len(word)) if word[i].isalpha()]
    for _ in range(20):
        i = r.choice(positions)
        c = word[i]
        op = r.choice(["substitute", "substitute", "swap"])
        if op == "swap" and i + 1 < len(word) and word[i + 1].isalpha() and word[i + 1].lower() != c.lower():
            return word[:i] + word[i + 1] + c + word[i + 2:]
        pool = VOWELS if c.lower() in VOWELS else CONSONANTS
        neighbours = {word[i - 1].lower(), word[i + 1].lower() if i + 1 < len(word) else ""}
        choices = [x for x in pool if x != c.lower() and x not in neighbours]
        if choices:
            new = r.choice(choices)
            return word[:i] + (new.upper() if c.isupper() else new) + word[i + 1:]
    return word


def reorder(name):
    """The name in the other order: the last word first, or the first word last when the name is
    written family name first ("Kishida Fumio" <-> "Fumio Kishida")."""
    words = name.split(" ")
    if len(words) < 2:
        return None
    return " ".join(words[1:] + words[:1])


def ascii_name(name):
    plain = "".join(ASCII_LETTERS.get(c, c) for c in name)
    plain = unicodedata.normalize("NFKD", plain)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain if plain != name else None


def honorific(official):
    style = official.get("style")
    name = official["attendee_name"]
    if style in ("Dr.", "Ambassador", "Cardinal", "Archbishop"):
        return f"{style} {name}"
    if official["title"] == "King":
        return f"His Majesty King {name}"
    if official["country"] in GULF_SHEIKHS and not name.startswith("Sheikh"):
        return f"Sheikh {name}"
    return None


def the_before(remarks, start):
    """Where a mention starts when a "the " before it goes with it (replaced by "Country's")."""
    return start - 4 if remarks[max(0, start - 4):start] == "the " else start


class Plant:
    """One variant: the class, where (attendee or prose), the change, and what was written."""

    def __init__(self, kind, where, official, change, written, correct, note=None):
        self.kind, self.where, self.official = kind, where, official
        self.change, self.written, self.correct, self.note = change, written, correct, note


def mistakes(official, remarks):
    """The planted mistakes for one official met: each class, in the attendee line and in prose."""
    out = []
    oid, name = official["id"], official["attendee_name"]
    prose = official["prose"]
    prose_name = remarks[prose["name"][0]:prose["name"][1]]
    family_first = official["country"] in FAMILY_FIRST_COUNTRIES
    state = not official["organization"]

    def both(kind, attendee_fields, prose_span, prose_text, written, correct):
        if attendee_fields:
            out.append(Plant(kind, "attendee", official, Change(official=oid, fields=attendee_fields),
                             written[0], correct[0]))
        if prose_span:
            out.append(Plant(kind, "prose", official, Change(prose_span=prose_span, prose_text=prose_text),
                             written[1], correct[1]))

    r = rng("misspelled-name", oid)
    a, p = typo(name, r, family_first), typo(prose_name, rng("misspelled-name-prose", oid), family_first)
    both("misspelled-name", a and {"name": a}, p and prose["name"], p, (a, p), (name, prose_name))

    if family_first:
        a = reorder(name) and typo(reorder(name), rng("name-order-typo", oid))
        p = reorder(prose_name) and typo(reorder(prose_name), rng("name-order-typo-prose", oid))
        both("name-order-typo", a and {"name": a}, p and prose["name"], p, (a, p), (name, prose_name))

    if state:
        t = wrong_title(official["title"])
        both("wrong-title", t and {"title": t}, t and prose["title"], t, (t, t), (official["title"], official["title"]))

        r = rng("wrong-country", oid)
        other = r.choice([c for c in OTHER_COUNTRIES if c != official["country"]])
        start = prose["prefix"][0] if prose["prefix"] else the_before(remarks, prose["title"][0])
        end = prose["title"][0]
        both("wrong-country", {"country": other}, (start, end), f"{other}'s ", (other, f"{other}'s "),
             (official["country"], remarks[start:end]))

        ooo = official.get("out_of_office")
        if ooo:
            both("out-of-office", {"name": ooo["name"]}, prose["name"], ooo["name"], (ooo["name"], ooo["name"]),
                 (name, prose_name))
    return out


def country_as_written(official, countries):
    """The attendee line's country under its other names in real use (country-variants.json)."""
    return [Plant("country-as-written", "attendee", official,
                  Change(official=official["id"], fields={"country": v["written"]}), v["written"], official["country"],
                  v["source"])
            for v in countries.get(official["country"], [])]


def as_written(official, remarks, listed):
    """Names written another accepted way (no finding above a hint is right) for one official: each
    spelling in the attendee line and, where the remarks write the same name, in the prose too, as
    a writer who uses one spelling throughout would (where = "report")."""
    out = []
    oid, name = official["id"], official["attendee_name"]
    prose = official["prose"]
    prose_name = remarks[prose["name"][0]:prose["name"][1]]

    def add(kind, written, in_prose=True, note=None):
        if not written or written == name:
            return
        change = Change(official=oid, fields={"name": written})
        if in_prose and prose_name == name:
            change.prose_span, change.prose_text = tuple(prose["name"]), written
        elif (in_prose and kind == "romanisation" and prose_name == name.split()[-1]
              and written.split()[-1] != prose_name):
            # The remarks give the family name alone ("Zelenskyy"): romanised the same way.
            change.prose_span, change.prose_text = tuple(prose["name"]), written.split()[-1]
        out.append(Plant(kind, "report", official, change, written, name, note))

    if official["country"] in FAMILY_FIRST_COUNTRIES:
        add("name-order", reorder(name))
    add("romanisation", ascii_name(name))
    # A style the remarks give before the name stays there; the attendee line gets it too.
    style = official.get("style")
    add("honorific", honorific(official), in_prose=not style and official["title"] != "King")
    for variant in listed.get(name, []):
        if variant["kind"] not in AS_WRITTEN_CLASSES:
            raise ValueError(f"name-variants.json: {variant['written']}: unknown kind '{variant['kind']}'")
        add(variant["kind"], variant["written"], note=variant["source"])
    return out
