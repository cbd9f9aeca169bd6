"""The scorer the whole team is judged by (benchmarks/geocode_scoring.py).

A geocoder that answers every row as the truth says scores 100%; each kind of mistake
(a house 50 m off, the right street name in the wrong town, a guess where a tie was
due, a junk row placed, a row lost or doubled) is counted where it belongs.
"""

import pytest
from shapely.geometry import Point

from benchmarks.geocode_scoring import Outcome, Reference, fold, is_correct, load_manifest, read_truth, score

from .region_data import REGIONS


@pytest.fixture(scope="module")
def dev():
    manifest = load_manifest(REGIONS / "dev")
    return read_truth(REGIONS / "dev" / "truth.csv"), Reference(REGIONS / "dev", manifest)


def right_answer(t, reference):
    """What a perfect geocoder would output for one truth row."""
    row, expect, cls = int(t["row"]), t["expect"], t["answer_class"]
    if expect == "tied":
        return Outcome(row, "tied", None, None, "", "tied between towns")
    if expect == "unmatched":
        note = "In another town (Belize City), outside the reference layers" if cls == "other_town" else ""
        return Outcome(row, "unmatched", None, None, "", note)
    if cls == "street":
        names, line = reference.segments[int(t["street_ids"].split(";")[0])]
        p = line.interpolate(0.5, normalized=True)
        return Outcome(row, "matched", p.x, p.y, t["street"], "")
    if cls in ("area", "town_only"):
        polygon = (reference.areas if cls == "area" else reference.towns)[int(t["area_id"])]
        p = polygon.representative_point()
        return Outcome(row, "matched", p.x, p.y, "", "")
    return Outcome(row, "matched", float(t["true_x"]), float(t["true_y"]), t["street"], "")


def test_a_perfect_geocoder_meets_every_target(dev):
    truth, reference = dev
    s = score([right_answer(t, reference) for t in truth], truth, reference)
    assert s.answerable_rate == 1.0 and s.matched_wrong == 0 and s.junk_matched == 0
    assert s.every_row_once and all(s.meets().values())
    assert s.other_town_noted == s.other_town > 0


def test_each_mistake_is_counted_where_it_belongs(dev):
    truth, reference = dev
    outcomes = {int(t["row"]): right_answer(t, reference) for t in truth}
    by_class = {}
    for t in truth:
        by_class.setdefault((t["answer_class"], t["expect"]), []).append(t)
    house = by_class[("house", "matched")][0]
    o = outcomes[int(house["row"])]
    outcomes[o.row] = o._replace(x=o.x + 50.0)                          # 50 m off: wrong
    near = by_class[("house", "matched")][1]
    o = outcomes[int(near["row"])]
    outcomes[o.row] = o._replace(x=o.x + 30.0)                          # 30 m off: still right
    tie = next(t for t in truth if t["expect"] == "tied")
    outcomes[int(tie["row"])] = Outcome(int(tie["row"]), "matched", 0.0, 0.0, "", "")   # a guess
    junk = by_class[("junk", "unmatched")][0]
    outcomes[int(junk["row"])] = Outcome(int(junk["row"]), "matched", 0.0, 0.0, "", "")
    lost = by_class[("corner", "matched")][0]
    del outcomes[int(lost["row"])]
    rows = list(outcomes.values())
    doubled = by_class[("landmark", "matched")][0]
    rows.append(outcomes[int(doubled["row"])])
    s = score(rows, truth, reference)
    assert s.correct == s.answerable - 3           # the far house, the guessed tie, the lost corner
    assert s.matched_wrong == 3                     # the far house, the guessed tie, the junk row
    assert s.junk_matched == 1
    assert s.missing == 1 and s.duplicated == 1 and not s.every_row_once


def test_the_right_street_name_in_the_wrong_town_is_wrong(dev):
    truth, reference = dev
    rows = [t for t in truth if t["answer_class"] == "street" and t["expect"] == "matched"]
    by_name = {}
    for sid, (names, line) in reference.segments.items():
        for name in names:
            by_name.setdefault(name, []).append((sid, line))
    for t in rows:
        own = {int(i) for i in t["street_ids"].split(";")}
        elsewhere = [(sid, line) for sid, line in by_name.get(fold(t["street"]), [])
                     if sid not in own and min(reference.segments[i][1].distance(line) for i in own) > 500]
        if elsewhere:
            p = elsewhere[0][1].interpolate(0.5, normalized=True)
            wrong_town = Outcome(int(t["row"]), "matched", p.x, p.y, t["street"], "")
            right = right_answer(t, reference)
            assert is_correct(right, t, reference) and not is_correct(wrong_town, t, reference)
            other_street = right._replace(street="Some Other Street")
            assert not is_correct(other_street, t, reference)
            return
    pytest.fail("the dev register has no street row whose name is also a street in another town")


def test_an_area_row_is_right_inside_its_area_only(dev):
    truth, reference = dev
    t = next(t for t in truth if t["answer_class"] == "area" and t["expect"] == "matched")
    polygon = reference.areas[int(t["area_id"])]
    inside = polygon.representative_point()
    outside = Point(polygon.bounds[2] + 100, polygon.bounds[3] + 100)
    assert is_correct(Outcome(1, "matched", inside.x, inside.y, "", ""), t, reference)
    assert not is_correct(Outcome(1, "matched", outside.x, outside.y, "", ""), t, reference)
    assert not is_correct(Outcome(1, "tied", inside.x, inside.y, "", ""), t, reference)


def test_a_bare_town_is_right_placed_inside_or_left_for_hand_placing_but_not_sent_away(dev):
    truth, reference = dev
    t = next(t for t in truth if t["answer_class"] == "town_only")
    row = int(t["row"])
    inside = reference.towns[int(t["area_id"])].representative_point()
    outcomes = {
        "inside": Outcome(row, "matched", inside.x, inside.y, "", ""),
        "too coarse": Outcome(row, "unmatched", None, None, "", "Only the town is given: place it by hand"),
        "another town": Outcome(row, "unmatched", None, None, "", "In another town, outside the reference layers"),
        "elsewhere": Outcome(row, "matched", inside.x + 50_000, inside.y, "", ""),
    }
    verdicts = {k: score([o], [t], reference).correct for k, o in outcomes.items()}
    assert verdicts == {"inside": 1, "too coarse": 1, "another town": 0, "elsewhere": 0}
