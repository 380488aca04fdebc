"""Officials named in the dev set's remarks: (title, name, country) as written.

The remarks are one or two sentences ("Met with President Mahmoud Abbas, Prime Minister Mohammad
Shtayyeh, and other senior officials."). A mention is a title from TITLES, optionally preceded by a
country or organisation (PREFIXES: "Israeli", "NATO") and a qualifier ("Acting"), followed by an
optional style ("Dr.", "Ambassador") and a run of capitalised words: the name. What this gets
wrong is put right by tests/accuracy/corrections.json (see corrections.py), and the result is
committed, reviewed, as tests/accuracy/dev-set-officials.json.
"""
import re

# Titles as the remarks write them, as word sequences; the longest match wins.
TITLES = [
    "Director of the Chinese Communist Party Central Foreign Affairs Commission and Foreign Minister",
    "High Representative for Foreign Affairs and Security Policy and European Commission Vice President",
    "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates",
    "Deputy Prime Minister and Minister of Foreign Affairs",
    "Deputy Prime Minister and Foreign Minister",
    "Prime Minister and Minister of Foreign Affairs",
    "Foreign Minister and Alternate Prime Minister",
    "Crown Prince and Prime Minister",
    "Crown Prince-Prime Minister",
    "Vice President-Foreign Minister",
    "Transitional Presidential Council Coordinator",
    "Cabinet Secretary for Foreign Affairs",
    "Secretary for Relations with States",
    "Minister for Foreign Affairs",
    "Minister of Foreign Affairs",
    "Minister of External Affairs",
    "External Affairs Minister",
    "Secretary of Foreign Affairs",
    "Secretary of National Defense",
    "Secretary of Defense",
    "Secretary of State",
    "Special Envoy for Syria",
    "National Security Advisor",
    "Minister of Defense",
    "Minister of State",
    "Foreign Secretary",
    "Foreign Minister",
    "Defense Minister",
    "Senior Minister",
    "Secretary General",
    "General Secretary",
    "Director General",
    "Chairperson",
    "Prime Minister",
    "Vice President",
    "President",
    "Chancellor",
    "Crown Prince",
    "Premier",
    "Minister",
    "King",
    "Amir",
    "Pope",
]

# Words before a title that name the country or organisation, and which one. Everything else
# is the trip's country.
PREFIXES = {
    "Israeli": "Israel", "Italian": "Italy", "German": "Germany", "French": "France",
    "Japanese": "Japan", "Indian": "India", "Australian": "Australia", "Bahraini": "Bahrain",
    "Egyptian": "Egypt", "Moroccan": "Morocco", "UAE": "United Arab Emirates",
    "United Arab Emirates": "United Arab Emirates", "Russian Federation": "Russia",
    "Russian": "Russia", "Libyan": "Libya", "Ukrainian": "Ukraine", "UK": "United Kingdom",
    "Kenyan": "Kenya", "Swedish": "Sweden", "Norwegian": "Norway", "Finnish": "Finland",
    "Turkish": "Türkiye", "Belgian": "Belgium", "Fijian": "Fiji", "Lebanese": "Lebanon",
    "Jordan’s": "Jordan", "Indonesian": "Indonesia", "Palestinian Authority": "Palestinian Authority",
    "Holy See": "Holy See", "European Commission": "European Union", "EU": "European Union",
    "NATO": "NATO", "OECD": "OECD", "African Union Commission": "African Union",
    "International Atomic Energy Agency (IAEA)": "International Atomic Energy Agency",
    "UN Educational, Scientific, and Cultural Organization": "UNESCO", "UN": "United Nations",
}

# Between a prefix and a title, or before both.
QUALIFIERS = ["Acting", "Caretaker", "interim", "former"]
# Before everything, kept in the prose only.
STYLES_BEFORE = ["His Majesty", "His Highness", "His Holiness"]
# Between title and name: forms of address, not part of the name.
STYLES_AFTER = ["Dr.", "Ambassador", "Cardinal", "Archbishop"]
# Lower-case words that may stand inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
PARTICLES = {"bin", "bint", "al", "el", "de", "da", "di", "der", "van", "von", "e", "la", "le", "del", "do", "dos"}
# Words that end a name although capitalised.
NAME_STOPPERS = {"And", "The", "Also", "Secretary"}

TOKEN = re.compile(r"\(|\)|,|;|[^\s,;()]+")
INITIAL = re.compile(r"^(?:[A-Z]\.|Dr\.|Jr\.|Sr\.|St\.)$")


def tokens(text):
    """(word, start, end) per word; a sentence's final '.' is a token of its own, an initial's is not."""
    out = []
    for m in TOKEN.finditer(text):
        word, start = m.group(), m.start()
        if word.endswith(".") and len(word) > 1 and not INITIAL.match(word):
            out.append((word[:-1], start, start + len(word) - 1))
            out.append((".", start + len(word) - 1, start + len(word)))
        else:
            out.append((word, start, m.end()))
    return out


def phrase_tokens(phrase):
    return [t[0] for t in tokens(phrase)]


def match_phrase(words, i, phrases):
    """The longest phrase (as token lists) that starts at words[i]: (phrase, length), or (None, 0)."""
    best = (None, 0)
    for phrase, toks in phrases:
        n = len(toks)
        if n > best[1] and words[i:i + n] == toks:
            best = (phrase, n)
    return best


def match_phrase_ending(words, end, phrases):
    """The longest phrase that ends just before words[end]."""
    best = (None, 0)
    for phrase, toks in phrases:
        n = len(toks)
        if n > best[1] and end - n >= 0 and words[end - n:end] == toks:
            best = (phrase, n)
    return best


_TITLES = [(t, phrase_tokens(t)) for t in TITLES]
_PREFIXES = [(p, phrase_tokens(p)) for p in PREFIXES]
_QUALIFIERS = [(q, [q]) for q in QUALIFIERS]
_STYLES_BEFORE = [(s, phrase_tokens(s)) for s in STYLES_BEFORE]
_STYLES_AFTER = [(s, [s]) for s in STYLES_AFTER]


def is_name_word(word):
    return bool(word) and word[0].isupper() and word not in NAME_STOPPERS and any(c.isalpha() for c in word)


LOWER_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash)-[^\W\d_]")


def particles_then_name(words, k):
    """Whether words[k:] is one or more particles and then a name word ("von der Leyen")."""
    while k < len(words) and words[k] in PARTICLES:
        k += 1
    return k < len(words) and is_name_word(words[k])


def name_run(toks, j):
    """End (exclusive token index) of the name that starts at toks[j], or j when none does."""
    words = [t[0] for t in toks]
    k = j
    while k < len(words):
        w = words[k]
        if is_name_word(w):
            k += 1
            if w.endswith(("’s", "'s")):
                break
        elif LOWER_PREFIXED.match(w) and k > j:  # "Mohammed al-Sudani"
            k += 1
        elif w in PARTICLES and k > j and particles_then_name(words, k):
            k += 1
        elif w == "," and k > j and k + 1 < len(words) and words[k + 1] in ("Jr.", "Sr."):
            k += 2  # "Ferdinand Marcos, Jr."
        else:
            break
    return k


def mentions(text):
    """Every title + name in a remark, in order, as dicts with the written parts and their offsets."""
    toks = tokens(text)
    words = [t[0] for t in toks]
    found = []
    i = 0
    while i < len(words):
        title, n = match_phrase(words, i, _TITLES)
        if not title:
            i += 1
            continue
        begin = i
        prefix, qualifiers, style_before = None, [], None
        # Walk back over qualifiers, a prefix and a style, in any order ("Acting Fijian", "Libyan interim").
        while True:
            q, qn = match_phrase_ending(words, begin, _QUALIFIERS)
            if q:
                qualifiers.insert(0, q)
                begin -= qn
                continue
            p, pn = match_phrase_ending(words, begin, _PREFIXES)
            if p and prefix is None:
                prefix = p
                begin -= pn
                continue
            s, sn = match_phrase_ending(words, begin, _STYLES_BEFORE)
            if s and style_before is None:
                style_before = s
                begin -= sn
                continue
            break
        j = i + n
        title_end = j
        place = None
        if j + 1 < len(words) and words[j] == "of" and words[j + 1] == "Abu":  # "Crown Prince of Abu Dhabi"
            place = "Abu Dhabi"
            j += 3
            title_end = j
        style_after = None
        if j < len(words) and words[j] in STYLES_AFTER:
            style_after = words[j]
            j += 1
        end = name_run(toks, j)
        if end == j:
            i = j
            continue
        name_start, name_end = toks[j][1], toks[end - 1][2]
        name = text[name_start:name_end]
        possessive = name.endswith(("’s", "'s"))
        if possessive:
            name, name_end = name[:-2], name_end - 2
        found.append({
            "title": text[toks[i][1]:toks[title_end - 1][2]],
            "title_span": [toks[i][1], toks[title_end - 1][2]],
            "name": name,
            "name_span": [name_start, name_end],
            "prefix": prefix,
            "prefix_span": [toks[begin][1], toks[i][1]] if prefix else None,
            "qualifiers": qualifiers,
            "style": style_after or style_before,
            "place": place,
            "possessive": possessive,
            "mention_span": [toks[begin][1], name_end],
        })
        i = end
    return found


# Countries whose officials' names are often written family name first.
FAMILY_FIRST_COUNTRIES = {"Japan", "Korea, South", "Korea, Republic of", "South Korea",
                          "China, People’s Republic of", "China", "Vietnam", "Cambodia", "Mongolia"}
