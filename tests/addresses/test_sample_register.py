"""The parser on the synthetic sample register, checked against its ground truth."""

import csv

from infosegura_plugin.core.addresses import normalise_street_name, parse_address, street_name_score

from ..conftest import DATA, SAMPLE

REGISTER = SAMPLE / "licence_register.csv"
TRUTH = DATA / "belmopan_register_truth.csv"


def _rows():
    assert REGISTER.exists() and TRUTH.exists(), "the sample register and its truth are committed"
    with REGISTER.open(encoding="cp1252", newline="") as handle:
        register = list(csv.DictReader(handle))
    with TRUTH.open(encoding="utf-8", newline="") as handle:
        truth = list(csv.DictReader(handle))
    return [(register[int(t["source_row"]) - 1].get("Address") or "", t) for t in truth]


def _names_street(parsed, true_street):
    wanted = normalise_street_name(true_street)
    names = parsed.streets + [normalise_street_name(p) for p in parsed.places]
    return any(street_name_score(name, wanted) >= 75 for name in names)


def _agrees(parsed, truth):
    form = truth["form"]
    if form in ("blank", "junk"):
        return parsed.kind != "address"
    if parsed.kind != "address":
        return form == "coordinates"
    if form == "other_town":
        return parsed.town is not None and parsed.town != "belmopan"
    if any(town != "belmopan" for town in parsed.towns):
        return False  # the sample's own town is Belmopan: any other is a misreading
    if form == "intersection":
        return parsed.intersection and all(
            _names_street(parsed, truth[k]) for k in ("true_street", "true_street_2") if truth[k])
    if form == "range":
        return parsed.house_number is not None and _names_street(parsed, truth["true_street"])
    if form == "street":
        return _names_street(parsed, truth["true_street"])
    if form == "landmark":
        return parsed.landmark is not None
    if form == "area":
        return bool(parsed.places or parsed.landmark)
    return True


def test_parser_agrees_with_the_sample_truth():
    rows = _rows()
    wrong = [(text, truth["form"], parse_address(text)) for text, truth in rows
             if not _agrees(parse_address(text), truth)]
    report = "\n".join(f"{form:13} {text!r} -> {parsed}" for text, form, parsed in wrong[:40])
    # Held at what is measured: 6 rows name a street by an alias the parser cannot know
    # ("Bulevar Unidad" for Unity Boulevard) or glue the town into it ("Belmopan Ring Road").
    assert len(wrong) <= 6, f"{len(wrong)} of {len(rows)} disagree:\n{report}"


def test_not_answerable_rows_are_never_streets():
    for text, truth in _rows():
        if truth["form"] in ("blank", "junk"):
            assert parse_address(text).kind != "address", text
