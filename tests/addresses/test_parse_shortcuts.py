"""The parser's shortcuts give what the long way gives: accent folding per character,
the noise pre-check, numbered part templates, copied parses, normalisation."""

import re
import unicodedata
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.addresses import parse_address
from infosegura_plugin.core.addresses.address_part import Part, strip_noise, with_part_number
from infosegura_plugin.core.addresses.normalise import _fold_accents, normalise_text
from infosegura_plugin.core.addresses.places import REGION_NOISE, PlaceVocabulary
from infosegura_plugin.core.geocoding.geocoder import parse_numbered, with_number

DATA = PlaceVocabulary(["Orange Walk Town", "San Roberto", "Santa Ana"])


def _fold_whole(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=3000, deadline=None)
@given(st.text(max_size=40))
def test_accents_folded_per_character_as_in_the_whole_text(text):
    assert _fold_accents(text) == _fold_whole(text)


def test_accents_folded_in_combining_sequences():
    for text in ("Ñandú", "a\u0301\u0327b", "e\u0327\u0301", "\uac00\u11a8", "ﬁ½²", "Río\u0301 Hondo"):
        assert _fold_accents(text) == _fold_whole(text)


NOISE_WORDS = sorted({word for phrase in REGION_NOISE for word in phrase} | {"in", "en", "of", "de", "main", "st", "12"})


def _strip_noise_the_long_way(tokens):
    from infosegura_plugin.core.addresses.places import MAX_NOISE_TOKENS

    changed = True
    while changed and tokens:
        changed = False
        for size in range(min(MAX_NOISE_TOKENS, len(tokens)), 0, -1):
            if tuple(tokens[-size:]) in REGION_NOISE:
                tokens = tokens[:-size]
                changed = True
                break
    while tokens and tokens[-1] in ("in", "en", "of", "de"):
        tokens = tokens[:-1]
    return tokens


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(NOISE_WORDS), max_size=7))
def test_noise_precheck_strips_the_same(tokens):
    assert strip_noise(list(tokens)) == _strip_noise_the_long_way(list(tokens))


def test_part_number_filled_in_as_replace_does():
    part = Part(house_number=7777, streets=("main street",), text="no 7777 main st", notes=("number_after",))
    assert with_part_number(part, 12, "no 12 main st") == part._replace(house_number=12, text="no 12 main st")


def test_numbered_parse_copied_as_replace_does():
    template = parse_address("#7777 Forest Drive, Orange Walk", DATA)
    copied = with_number(template, "#12 Forest Drive, Orange Walk", 12, "no 12 forest drive orange walk")
    expected = replace(template, raw="#12 Forest Drive, Orange Walk", house_number=12,
                       normalised="no 12 forest drive orange walk")
    assert copied == expected and copied.streets is template.streets


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["#{} Forest Dr, Orange Walk", "Calle Real {}, OW", "No.{} Cll. X", "Back St. {}, Santa Ana",
                        "Lot {} Main St", "{}-14 Mahogany St", "Mile {} Western Hwy", "{} y media", "#{}.",
                        "# {} 20 de Noviembre St, Orange Walk", "{} 21 de Septiembre Oriente Street Bque. Viejo"]),
       st.integers(min_value=0, max_value=9999))
def test_numbered_parse_is_the_plain_parse(pattern, number):
    text = pattern.format(number)
    assert parse_numbered(text, DATA) == parse_address(text, DATA)


def test_parse_gives_lists_of_its_own():
    first = parse_address("12 Main St, Orange Walk", DATA)
    first.streets.append("changed")
    assert parse_address("12 Main St, Orange Walk", DATA).streets == ["main street"]


def _normalise_the_long_way(text):
    if not text:
        return ""
    text = _fold_whole(text.lower()) if not text.lower().isascii() else text.lower()
    text = re.sub(r"&", " and ", text)
    text = re.sub(r"['\u2019\u2018`\u00b4]", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9 &'\u2019\u2018`\u00b4-.,#ÑñéÉ\u0301ß½İ"), max_size=30) | st.text(max_size=30))
def test_normalised_in_one_pass_as_step_by_step(text):
    assert normalise_text(text) == _normalise_the_long_way(text)
