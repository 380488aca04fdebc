#!/usr/bin/env python3
"""Tests of the accuracy benchmark's own logic (scripts/accuracy.py, scripts/accuracylib): the
extraction of titles and names from a sentence, the planted mistakes, the rendering's positions,
the matching of a finding to a planted mistake, and the floors. No binary and no shared data
needed.
"""
import json
import random
import sys
import unittest
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SOURCE / "scripts"))

from accuracylib import officials, plant, score, seed, targets  # noqa: E402
from accuracylib.extract import mentions  # noqa: E402
from accuracylib.render import Change, render  # noqa: E402


def parts(text):
    return [(m["prefix"], m["title"], m["name"]) for m in mentions(text)]


class Extraction(unittest.TestCase):
    def test_titles_and_names_in_a_list(self):
        self.assertEqual(parts("Met with Prime Minister Fumio Kishida and Foreign Minister Yoshimasa Hayashi."),
                         [(None, "Prime Minister", "Fumio Kishida"), (None, "Foreign Minister", "Yoshimasa Hayashi")])

    def test_spans_point_at_the_words(self):
        text = "Met with President Mahmoud Abbas, Prime Minister Mohammad Shtayyeh, and other senior officials."
        m = mentions(text)
        self.assertEqual([text[a:b] for a, b in (x["name_span"] for x in m)], ["Mahmoud Abbas", "Mohammad Shtayyeh"])
        self.assertEqual([text[a:b] for a, b in (x["title_span"] for x in m)], ["President", "Prime Minister"])
        self.assertEqual(text[slice(*m[1]["mention_span"])], "Prime Minister Mohammad Shtayyeh")

    def test_compound_title_is_one_title(self):
        self.assertEqual(parts("met with Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi."),
                         [(None, "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates", "Ayman Safadi")])

    def test_country_before_the_title(self):
        m = mentions("Met with Israeli President Reuven Rivlin, and Jordan’s Deputy Prime Minister and Foreign Minister Ayman Safadi.")
        self.assertEqual([(x["prefix"], x["name"]) for x in m], [("Israeli", "Reuven Rivlin"), ("Jordan’s", "Ayman Safadi")])
        self.assertEqual(officials.corrections_country(m[0], "Jordan"), "Israel")
        self.assertEqual(officials.corrections_country(m[1], "United Kingdom"), "Jordan")

    def test_qualifier_and_prefix_in_either_order(self):
        m = mentions("Met with Acting Fijian Prime Minister Aiyaz Sayed-Khaiyum and Libyan interim Prime Minister Abdulhamid Dabaiba.")
        self.assertEqual([(x["prefix"], x["qualifiers"], x["name"]) for x in m],
                         [("Fijian", ["Acting"], "Aiyaz Sayed-Khaiyum"), ("Libyan", ["interim"], "Abdulhamid Dabaiba")])

    def test_styles_are_not_part_of_the_name(self):
        m = mentions("Met with External Affairs Minister Dr. S. Jaishankar and His Majesty King Abdullah II of Jordan.")
        self.assertEqual([(x["title"], x["style"], x["name"]) for x in m],
                         [("External Affairs Minister", "Dr.", "S. Jaishankar"), ("King", "His Majesty", "Abdullah II")])

    def test_names_with_particles_suffixes_and_possessives(self):
        self.assertEqual([n for _, _, n in parts(
            "met with European Commission President Ursula von der Leyen, Prime Minister Mohammed al-Sudani, "
            "President Ferdinand Marcos, Jr., and joined President Biden’s delegation.")],
            ["Ursula von der Leyen", "Mohammed al-Sudani", "Ferdinand Marcos, Jr.", "Biden"])
        self.assertTrue(mentions("joined President Biden’s delegation")[0]["possessive"])

    def test_a_title_without_a_name_is_no_mention(self):
        self.assertEqual(parts("Met with the Prime Minister and other senior officials."), [])

    def test_head_role(self):
        self.assertEqual(officials.head_role("Crown Prince and Prime Minister"), "head_of_government")
        self.assertEqual(officials.head_role("Amir"), "head_of_state")
        self.assertIsNone(officials.head_role("Deputy Prime Minister and Foreign Minister"))
        self.assertIsNone(officials.head_role("Vice President"))

    def test_a_correction_that_matches_nothing_is_an_error(self):
        records = [{"trip": 1, "name": "Raab"}]
        with self.assertRaises(officials.CorrectionError):
            officials.apply_corrections(records, {"corrections": [{"name": "Raab", "trips": [2], "attendee_name": "x"}]})
        officials.apply_corrections(records, {"corrections": [{"name": "Raab", "trips": [1], "attendee_name": "Dominic Raab"}]})
        self.assertEqual(records[0]["attendee_name"], "Dominic Raab")


def damerau(a, b):
    d = [[max(i, j) if min(i, j) == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


class Planting(unittest.TestCase):
    NAMES = ["Toshimitsu Motegi", "Chung Eui-yong", "Sheikh Tamim bin Hamad Al Thani", "Volodymyr Zelenskyy",
             "Kuleba", "Jean-Yves Le Drian", "Radosław Sikorski", "Xi Jinping"]

    def test_a_typo_is_one_or_two_letters_and_keeps_the_first(self):
        for name in self.NAMES:
            for k in range(20):
                written = plant.typo(name, random.Random(k))
                self.assertIsNotNone(written, name)
                self.assertNotEqual(written, name)
                self.assertLessEqual(damerau(written, name), 2, (name, written))
                self.assertEqual(written[0], name[0])
                self.assertEqual(len(written.split(" ")), len(name.split(" ")))

    def test_a_typo_never_only_drops_a_double_letter(self):
        for k in range(200):
            self.assertNotEqual(plant.typo("Zelenskyy", random.Random(k)), "Zelensky")

    def test_the_same_seed_gives_the_same_typo(self):
        a = plant.typo("Toshimitsu Motegi", plant.rng("misspelled-name", "t000m0"))
        b = plant.typo("Toshimitsu Motegi", plant.rng("misspelled-name", "t000m0"))
        self.assertEqual(a, b)

    def test_wrong_titles(self):
        self.assertEqual(plant.wrong_title("Prime Minister"), "President")
        self.assertEqual(plant.wrong_title("President"), "Prime Minister")
        self.assertEqual(plant.wrong_title("Vice President"), "Prime Minister")
        self.assertEqual(plant.wrong_title("Minister for Foreign Affairs"), "Prime Minister")
        self.assertEqual(plant.wrong_title("Deputy Prime Minister and Foreign Minister"), "President")
        self.assertEqual(plant.wrong_title("Amir"), "President")
        self.assertEqual(plant.wrong_title("Defense Minister"), "Foreign Minister")

    def test_other_order_and_ascii(self):
        self.assertEqual(plant.reorder("Kishida Fumio"), "Fumio Kishida")
        self.assertEqual(plant.reorder("Yoon Suk Yeol"), "Suk Yeol Yoon")
        self.assertIsNone(plant.reorder("Francis"))
        self.assertEqual(plant.ascii_name("Radosław Sikorski"), "Radoslaw Sikorski")
        self.assertEqual(plant.ascii_name("Jonas Gahr Støre"), "Jonas Gahr Store")
        self.assertIsNone(plant.ascii_name("Mette Frederiksen"))

    def official(self, remarks, **fields):
        m = mentions(remarks)[0]
        o = {"id": "t000m0", "trip": 0, "title": m["title"], "name": m["name"], "attendee_name": m["name"],
             "acting": False, "country": "Japan", "attendee": True, "style": m["style"], "organization": False,
             "out_of_office": None,
             "prose": {"mention": m["mention_span"], "title": m["title_span"], "name": m["name_span"],
                       "prefix": m["prefix_span"]}}
        o.update(fields)
        return o

    def test_every_class_in_attendee_line_and_prose(self):
        remarks = "Met with the Prime Minister Fumio Kishida."
        o = self.official(remarks, out_of_office={"name": "Yoshihide Suga"})
        planted = {(p.kind, p.where): p for p in plant.mistakes(o, remarks)}
        self.assertEqual(set(planted), {(k, w) for k in plant.MISTAKE_CLASSES for w in ("attendee", "prose")})
        self.assertEqual(planted[("wrong-title", "attendee")].change.fields, {"title": "President"})
        country = planted[("wrong-country", "prose")]
        self.assertEqual(remarks[:country.change.prose_span[0]], "Met with ")  # "the " goes with it
        self.assertTrue(country.change.prose_text.endswith("'s "))
        self.assertEqual(planted[("out-of-office", "prose")].change.prose_text, "Yoshihide Suga")

    def test_names_as_written_change_the_whole_report(self):
        remarks = "Met with Foreign Minister Radosław Sikorski."
        o = self.official(remarks, country="Poland")
        variants = plant.as_written(o, remarks, {"Radosław Sikorski": [
            {"written": "Radek Sikorski", "kind": "short-form", "source": "x"}]})
        self.assertEqual([(v.kind, v.where, v.written) for v in variants],
                         [("romanisation", "report", "Radoslaw Sikorski"), ("short-form", "report", "Radek Sikorski")])
        for v in variants:
            self.assertEqual(v.change.fields, {"name": v.written})
            self.assertEqual(v.change.prose_text, v.written)

    def test_countries_as_written_change_the_attendee_line(self):
        remarks = "Met with Foreign Minister Cho Tae-yul."
        o = self.official(remarks, country="South Korea")
        variants = plant.country_as_written(o, {"South Korea": [{"written": "Korea, South", "source": "x"}]})
        self.assertEqual([(v.kind, v.where, v.change.official, v.change.fields, v.change.prose_span) for v in variants],
                         [("country-as-written", "attendee", "t000m0", {"country": "Korea, South"}, None)])
        self.assertEqual(plant.country_as_written(o, {"Japan": [{"written": "Nippon", "source": "x"}]}), [])

    def test_a_listed_variant_of_an_unknown_kind_is_an_error(self):
        remarks = "Met with Foreign Minister Radosław Sikorski."
        with self.assertRaises(ValueError):
            plant.as_written(self.official(remarks), remarks,
                             {"Radosław Sikorski": [{"written": "Radek Sikorski", "kind": "nickname", "source": "x"}]})

    def test_a_style_written_in_prose_stays_in_prose(self):
        remarks = "Met with External Affairs Minister Dr. S. Jaishankar."
        o = self.official(remarks, country="India")
        (variant,) = plant.as_written(o, remarks, {})
        self.assertEqual((variant.kind, variant.written, variant.change.prose_span), ("honorific", "Dr. S. Jaishankar", None))

    def test_organisations_get_only_name_mistakes(self):
        remarks = "Met with NATO Secretary General Jens Stoltenberg."
        o = self.official(remarks, organization=True, country="NATO")
        self.assertEqual({p.kind for p in plant.mistakes(o, remarks)}, {"misspelled-name"})


TRIP = {"start": "2023-11-07", "end": "2023-11-08", "country": "Japan", "locale": "Tokyo",
        "remarks": "Met with Prime Minister Kishida Fumio and Foreign Minister Kamikawa Yōko."}


class Rendering(unittest.TestCase):
    def officials(self):
        out = []
        for k, m in enumerate(mentions(TRIP["remarks"])):
            out.append({"id": f"t145m{k}", "title": m["title"], "name": m["name"], "attendee_name": m["name"],
                        "acting": False, "country": "Japan", "attendee": True, "organization": False,
                        "prose": {"mention": m["mention_span"], "title": m["title_span"], "name": m["name_span"],
                                  "prefix": m["prefix_span"]}})
        return out

    def test_lines_and_offsets(self):
        r = render(145, TRIP, "Japan", self.officials())
        data = r.text.encode("utf-8")
        line, start, end = r.attendee_lines["t145m1"]
        self.assertEqual(data[start:end].decode(), "- Kamikawa Yōko | Foreign Minister | Japan")
        self.assertEqual(r.text.split("\n")[line - 1], "- Kamikawa Yōko | Foreign Minister | Japan")
        self.assertEqual(r.text.split("\n")[r.prose_line - 1], TRIP["remarks"])
        self.assertIn("Date: 2023-11-07 to 2023-11-08\n", r.text)

    def test_a_prose_change_moves_the_rest(self):
        o = self.officials()
        a, b = o[0]["prose"]["name"]
        r = render(145, TRIP, "Japan", o, Change(prose_span=(a, b), prose_text="Kishida Fumiő"))
        self.assertIn("Prime Minister Kishida Fumiő and Foreign Minister Kamikawa Yōko.", r.text)
        from accuracylib.render import prose_bytes
        s, e = prose_bytes(r, (a, a + len("Kishida Fumiő")))
        self.assertEqual(r.text.encode("utf-8")[s:e].decode(), "Kishida Fumiő")


class Seed(unittest.TestCase):
    TEXT = (SOURCE / "examples" / "c5plus1-astana-2023.readout").read_text(encoding="utf-8")

    def test_only_attendee_lines_of_others_than_the_secretary(self):
        lines = self.TEXT.split("\n")
        found = seed.attendees(self.TEXT)
        self.assertEqual(len(found), 6)
        for number, m in found:
            self.assertTrue(lines[number - 1].startswith("- @"))
            self.assertNotEqual(m["name"], "Antony Blinken")

    def test_one_mistake_per_variant_in_its_field(self):
        for kind, number, text, written, correct, _ in seed.variants(self.TEXT):
            before, after = self.TEXT.split("\n"), text.split("\n")
            self.assertEqual([k + 1 for k in range(len(before)) if before[k] != after[k]], [number])
            self.assertEqual(after[number - 1], before[number - 1].replace(correct, written, 1))
            start, end = seed.line_bytes(text, number)
            self.assertEqual(text.encode("utf-8")[start:end].decode(), after[number - 1])


def finding(rule="name-misspelled", severity="warning", line=16, start=100, end=110, message="m"):
    return {"rule": rule, "severity": severity, "line": line, "start": start, "end": end, "message": message}


class Matching(unittest.TestCase):
    PLANTED = {"line": 16, "span": [95, 120]}
    ACCEPTED = plant.ACCEPTED_RULES["misspelled-name"]

    def test_a_warning_of_an_accepted_rule_on_the_span_detects(self):
        self.assertTrue(score.detects(finding(), self.PLANTED, self.ACCEPTED))
        self.assertTrue(score.detects(finding(severity="error"), self.PLANTED, self.ACCEPTED))

    def test_hints_other_rules_other_lines_and_other_places_do_not(self):
        self.assertFalse(score.detects(finding(severity="hint"), self.PLANTED, self.ACCEPTED))
        self.assertFalse(score.detects(finding(severity="info"), self.PLANTED, self.ACCEPTED))
        self.assertFalse(score.detects(finding(rule="title-never-held"), self.PLANTED, self.ACCEPTED))
        self.assertFalse(score.detects(finding(line=15), self.PLANTED, self.ACCEPTED))
        self.assertFalse(score.detects(finding(start=120, end=130), self.PLANTED, self.ACCEPTED))
        self.assertFalse(score.detects(finding(start=80, end=95), self.PLANTED, self.ACCEPTED))

    def test_a_finding_the_clean_report_has_too_is_not_new(self):
        clean = [finding(message="same")]
        variant = [finding(message="same"), finding(message="new")]
        self.assertEqual([f["message"] for f in score.new_findings(variant, clean)], ["new"])

    def test_recall_table(self):
        plants = [{"class": "wrong-title", "where": "attendee", "found": True},
                  {"class": "wrong-title", "where": "prose", "found": False}]
        table = score.summarise_recall(plants)
        self.assertEqual(table["wrong-title"]["all"], {"planted": 2, "found": 1, "recall": 0.5})
        self.assertEqual(table["wrong-title"]["prose"]["recall"], 0.0)


class MissCauses(unittest.TestCase):
    def test_grouped_by_what_the_registry_knows_and_what_was_said(self):
        import accuracy
        warn = finding(rule="title-never-held")
        unknown = finding(rule="person-unknown", severity="info", message="'Yasser Arafat' is neither in the registry")
        misses = [
            {"trip": 1, "class": "wrong-title", "where": "attendee", "name": "A B", "correct": "President", "written": "Prime Minister", "findings": []},
            {"trip": 2, "class": "wrong-title", "where": "prose", "name": "C D", "correct": "President", "written": "Prime Minister", "findings": [warn]},
            {"trip": 3, "class": "out-of-office", "where": "prose", "name": "Mahmoud Abbas", "correct": "Mahmoud Abbas", "written": "Yasser Arafat", "findings": [unknown]},
        ]
        causes = accuracy.miss_causes(misses, {"A B"})
        self.assertEqual({k: v["misses"] for k, v in causes["wrong-title"].items()},
                         {"official unknown: no warning or error": 1, "official known: title-never-held": 1})
        self.assertEqual(list(causes["out-of-office"]), ["planted holder unknown: no warning or error"])
        self.assertEqual(causes["out-of-office"]["planted holder unknown: no warning or error"]["examples"],
                         ["trip 3, prose: Mahmoud Abbas -> Yasser Arafat"])


class Floors(unittest.TestCase):
    RESULT = {"recall": {"wrong-title": {"all": {"recall": 0.9}}}, "overall": {"recall": 0.9},
              "clean": {"per_100": 2.0}, "as_written": {"honorific": {"per_100": 0.0}},
              "unknown": {"share": 0.05}}

    def spec(self, **floors):
        base = {"recall.wrong-title.all": 85, "recall.overall": 85, "false_alarms.clean_per_100": 3,
                "false_alarms.as_written.honorific_per_100": 0, "unknown.share_percent": 6}
        base.update(floors)
        return {"targets": {"recall_percent": 97, "false_alarms_per_100": 1, "unknown_percent": 2}, "floors": base}

    def test_at_or_beyond_every_floor_passes(self):
        self.assertEqual(targets.check(self.RESULT, self.spec(), out=lambda *_: None), 0)

    def test_below_a_floor_fails(self):
        self.assertEqual(targets.check(self.RESULT, self.spec(**{"recall.wrong-title.all": 95}), out=lambda *_: None), 1)
        self.assertEqual(targets.check(self.RESULT, self.spec(**{"false_alarms.clean_per_100": 1}), out=lambda *_: None), 1)
        self.assertEqual(targets.check(self.RESULT, self.spec(**{"unknown.share_percent": 4}), out=lambda *_: None), 1)

    def test_a_figure_without_a_floor_fails(self):
        spec = self.spec()
        del spec["floors"]["recall.overall"]
        self.assertEqual(targets.check(self.RESULT, spec, out=lambda *_: None), 1)

    def test_floors_from_a_run_leave_a_little_room(self):
        floors = targets.floors_from(self.RESULT)
        self.assertEqual(floors, {"recall.wrong-title.all": 89, "recall.overall": 89, "false_alarms.clean_per_100": 3,
                                  "false_alarms.as_written.honorific_per_100": 1, "unknown.share_percent": 6})
        self.assertEqual(targets.check(self.RESULT, {"targets": self.spec()["targets"], "floors": floors},
                                       out=lambda *_: None), 0)

    def test_the_committed_floors_are_at_or_below_what_they_guard(self):
        spec = json.loads((SOURCE / "tests" / "accuracy" / "targets.json").read_text(encoding="utf-8"))
        for name, floor in spec["floors"].items():
            target = targets.target_for(name, spec["targets"])
            if targets.higher_is_better(name):
                self.assertLessEqual(floor, target, name)
            else:
                self.assertGreaterEqual(floor, target, name)


if __name__ == "__main__":
    unittest.main()
