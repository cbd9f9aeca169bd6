"""From a board's licence class to the category the risk analysis uses.

The default mapping of Belize licence classes is ``resources/registers/
licence_categories.csv`` (columns ``licence_class,category[,note]``). An analyst's
CATEGORY_MAP (CSV with the same two first columns, or JSON ``{"class": "category"}``)
wins for the classes it names; the others keep the default.

Classes match without case, accents, punctuation or the word "licence", first exactly,
then by the longest mapped phrase the class contains ("PUBLICAN'S GENERAL LICENCE -
CLASS A" is "Publican's General").
"""

import csv
import io
import json
import re
import unicodedata
from pathlib import Path
from typing import Dict, Optional, Tuple

from ...i18n import tr
from ...paths import resource
from .problems import RegisterError

ON_PREMISE = "on_premise"
OFF_PREMISE = "off_premise"
OCCASIONAL = "occasional"
UNKNOWN = "unknown"
CATEGORIES = (ON_PREMISE, OFF_PREMISE, OCCASIONAL, UNKNOWN)

_FILLER_WORDS = {"licence", "license", "licences", "licenses", "licencia", "lic", "de", "s"}


def normalise_class(text: object) -> str:
    value = unicodedata.normalize("NFKD", str(text or "").lower())
    value = "".join(char for char in value if not unicodedata.combining(char))
    value = re.sub(r"['’`]", "", value)
    words = [_singular(word) for word in re.split(r"[^a-z0-9]+", value) if word and word not in _FILLER_WORDS]
    return " ".join(words)


def _singular(word: str) -> str:
    # "Publican's", "Publicans" and "Publican" are one class.
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def default_map_path() -> Path:
    return resource("registers", "licence_categories.csv")


def _rows_from_csv(text: str):
    sample = text[:2000]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if len(row) >= 2 and row[0].strip():
            yield row[0], row[1]


def load_category_map(path: Path) -> Dict[str, str]:
    """Normalised class -> category from a CSV or JSON mapping file."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise RegisterError(tr("{}: the category map cannot be read ({}).").format(Path(path).name, error.strerror or str(error))) from error
    if b"\x00" in data[:4096]:
        raise RegisterError(
            tr("{}: the category map is not a text file; give a CSV (licence_class,category) or a JSON object.").format(Path(path).name)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    pairs = []
    if text.lstrip().startswith("{"):
        try:
            loaded = json.loads(text)
        except ValueError as error:
            raise RegisterError(tr("{}: the category map is not valid JSON ({}).").format(Path(path).name, str(error))) from error
        if not isinstance(loaded, dict):
            raise RegisterError(tr("{}: the category map must be a JSON object of class: category.").format(Path(path).name))
        pairs = [(str(key), str(value)) for key, value in loaded.items()]
    else:
        try:
            pairs = list(_rows_from_csv(text))
        except csv.Error as error:
            raise RegisterError(
                tr("{}: the category map cannot be read as CSV ({}); give a CSV (licence_class,category) or a JSON object.").format(
                    Path(path).name, str(error))
            ) from error
    mapping = {}
    for number, (licence_class, category) in enumerate(pairs, start=1):
        category_clean = category.strip().lower().replace("-", "_").replace(" ", "_")
        if category_clean == "category" and number == 1:
            continue  # the header line
        if category_clean not in CATEGORIES:
            raise RegisterError(
                tr("{}: line {}: '{}' is not a category; use one of on_premise, off_premise, occasional, unknown.").format(
                    Path(path).name, number, category.strip()[:40]
                )
            )
        key = normalise_class(licence_class)
        if key:
            mapping[key] = category_clean
    return mapping


class CategoryMap:
    """Licence class -> category, with a cache: a register repeats a few classes."""

    def __init__(self, override_path: Optional[Path] = None):
        self.mapping = load_category_map(default_map_path())
        if override_path:
            self.mapping.update(load_category_map(Path(override_path)))
        # Longest phrases first, so "publican restricted" beats "publican".
        self._phrases = sorted(self.mapping, key=lambda key: -len(key))
        self._cache: Dict[str, Tuple[str, bool]] = {}

    def categorise(self, licence_class: str) -> Tuple[str, bool]:
        """``(category, known)``: known is False for a non-blank class the map lacks."""
        cached = self._cache.get(licence_class)
        if cached is None:
            cached = self._cache[licence_class] = self._lookup(licence_class)
        return cached

    def _lookup(self, licence_class: str) -> Tuple[str, bool]:
        key = normalise_class(licence_class)
        if not key:
            return UNKNOWN, True
        if key in self.mapping:
            return self.mapping[key], True
        padded = f" {key} "
        for phrase in self._phrases:
            if f" {phrase} " in padded:
                return self.mapping[phrase], True
        return UNKNOWN, False
