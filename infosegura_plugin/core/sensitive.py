"""The one definition of "sensitive": places (shelters, victim services, safe houses, ...)
that InfoSegura never writes, labels, counts near, reports or draws.

A place is sensitive when

* its category, or its name, contains a sensitive term (English or Spanish, from
  ``resources/sensitive/sensitive_categories.csv`` plus the user's own in the settings),
  compared after folding case, accents, apostrophes, spaces, underscores, hyphens and
  plurals (:func:`..categories.fold_category`); or
* one of its sensitive-flag fields (``sensitive``, ``is_sensitive``, ``confidential``,
  ``restricted``, ``private``, ``sensible``, ``confidencial``, ... from
  ``resources/sensitive/sensitive_flag_fields.csv`` plus the settings) holds anything but
  an empty, 0, no or false value.

When in doubt, a place is sensitive: hiding a bus shelter costs one line on a map,
showing a women's shelter can cost a life. The settings can add terms and fields, never
remove the shipped ones.
"""

import csv
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np

from ..paths import resource
from .categories import category_keys, fold_category, fold_words, plain_text, strip_accents

__all__ = [
    "SensitivePolicy", "fold_category", "load_policy", "read_places", "sensitive_columns", "sensitive_feature_ids",
    "CATEGORY_FIELD_GUESSES", "NAME_FIELD_GUESSES",
]

CATEGORIES_FILE = "sensitive_categories.csv"
FLAG_FIELDS_FILE = "sensitive_flag_fields.csv"
# Flag values that mean "not sensitive"; anything else (yes, y, true, 1, si, x, 2, ...) is.
FALSE_FLAGS = frozenset({"", "0", "0.0", "no", "n", "false", "f", "none", "null", "nan", "off", "-",
                         "public", "publico"})
# Fields that describe what a place is (checked for sensitive terms besides the category).
CATEGORY_FIELD_GUESSES = ("category", "categoria", "type", "tipo", "asset_type", "kind", "class", "clase",
                          "amenity", "use", "uso", "subcategory", "subcategoria")
NAME_FIELD_GUESSES = ("name", "nombre", "asset_name", "alt_names", "label", "etiqueta", "title", "titulo")
# Terms shorter than this (letters, folded) match whole words only: "dv" must not catch "advisory".
_SUBSTRING_MIN = 5


def _term_key(value) -> Tuple[Tuple[str, ...], str]:
    words = fold_words(value)
    return words, "".join(words)


@dataclass(frozen=True)
class SensitivePolicy:
    """Which categories and flag fields make a place sensitive (all folded)."""

    categories: frozenset
    flag_fields: tuple

    def _matches(self, value) -> bool:
        words, joined = _term_key(value)
        if not joined:
            return False
        padded = "_" + "_".join(words) + "_"
        for term in self.categories:
            term_words = term.split("_")
            term_joined = "".join(term_words)
            if len(term_joined) >= _SUBSTRING_MIN:
                if term_joined in joined:
                    return True
            elif "_" + term + "_" in padded:
                return True
        return False

    def is_sensitive_category(self, value) -> bool:
        """The category (or any text describing the place) contains a sensitive term."""
        return self._matches(value)

    def is_true_flag(self, value) -> bool:
        """A sensitive-flag value that marks the place: yes/y/true/1/si/sí/x/...;
        NULL, empty, 0, no, false -> False."""
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float, np.integer, np.floating)):
            return bool(value == value and value != 0)
        text = strip_accents(plain_text(value)).lower()
        if text in FALSE_FLAGS:
            return False
        try:
            return float(plain_text(value)) != 0
        except ValueError:
            return True

    def flag_field_names(self, field_names: Iterable[str]) -> List[str]:
        """Which of a layer's fields are sensitive-flag fields (original spelling)."""
        return [name for name in field_names if fold_category(name) in self.flag_fields]

    def row_is_sensitive(self, category_value, flag_values: Sequence = (), text_values: Sequence = ()) -> bool:
        """One place: its category, its flags and any other describing text (name)."""
        return (self.is_sensitive_category(category_value)
                or any(self.is_true_flag(v) for v in flag_values)
                or any(self.is_sensitive_category(v) for v in text_values))

    def mask(self, categories: Optional[Sequence], flag_columns: Sequence = (),
             text_columns: Sequence = ()) -> np.ndarray:
        """Per place, True when sensitive. ``categories``: one value per place (or None);
        ``flag_columns`` and ``text_columns``: columns (one value per place) of flag
        fields and of names or other describing text."""
        cache = {}

        def hit(value):
            key = plain_text(value)
            if key not in cache:
                cache[key] = self.is_sensitive_category(key)
            return cache[key]

        columns = ([] if categories is None else [categories]) + list(text_columns)
        n = len(columns[0]) if columns else (len(flag_columns[0]) if len(flag_columns) else 0)
        result = np.zeros(n, dtype=bool)
        for column in columns:
            result |= np.array([hit(v) for v in column], dtype=bool).reshape(n)
        for column in flag_columns:
            result |= np.array([self.is_true_flag(v) for v in column], dtype=bool).reshape(n)
        return result

    def sensitive_terms(self, values: Iterable) -> List[str]:
        """The given categories that are sensitive (in the order given, once each)."""
        seen, out = set(), []
        for value in values:
            if value not in seen and self.is_sensitive_category(value):
                seen.add(value)
                out.append(value)
        return out


def _read_column(path, column: str) -> List[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle) if (row.get(column) or "").strip()]


def _split(text: str) -> List[str]:
    return [part for part in (text or "").replace(";", ",").split(",") if part.strip()]


def make_policy(terms: Iterable[str], flag_fields: Iterable[str]) -> SensitivePolicy:
    return SensitivePolicy(frozenset(category_keys(terms)), tuple(sorted(category_keys(flag_fields))))


def default_policy() -> SensitivePolicy:
    """The shipped defaults only (``resources/sensitive``)."""
    folder = resource("sensitive")
    return make_policy(_read_column(folder / CATEGORIES_FILE, "term"), _read_column(folder / FLAG_FIELDS_FILE, "field"))


def load_policy(extra_categories: Optional[str] = None, extra_flag_fields: Optional[str] = None) -> SensitivePolicy:
    """The shipped defaults plus the user's own terms and fields: from the arguments
    (comma-separated) when given, else from the plugin settings."""
    if extra_categories is None or extra_flag_fields is None:
        try:
            from ..settings import Settings

            settings = Settings.load()
            extra_categories = settings.sensitive_categories if extra_categories is None else extra_categories
            extra_flag_fields = settings.sensitive_flag_fields if extra_flag_fields is None else extra_flag_fields
        except Exception:  # noqa: BLE001 - no QGIS settings (plain Python): the defaults alone
            extra_categories = extra_categories or ""
            extra_flag_fields = extra_flag_fields or ""
    defaults = default_policy()
    return SensitivePolicy(
        defaults.categories | category_keys(_split(extra_categories)),
        tuple(sorted(set(defaults.flag_fields) | category_keys(_split(extra_flag_fields)))),
    )


def _guessed(field_names: Sequence[str], guesses: Sequence[str]) -> List[str]:
    wanted = {fold_category(g) for g in guesses}
    return [name for name in field_names if fold_category(name) in wanted]


def sensitive_columns(field_names: Sequence[str], category_field: Optional[str] = None,
                      policy: Optional[SensitivePolicy] = None) -> Tuple[List[str], List[str]]:
    """``(text_fields, flag_fields)`` of a layer to read to tell its sensitive places:
    the category field (given, else the usual category fields), the name fields and the
    sensitive-flag fields."""
    policy = policy or load_policy()
    names = list(field_names)
    text = ([category_field] if category_field and category_field in names else []) + _guessed(
        names, CATEGORY_FIELD_GUESSES + NAME_FIELD_GUESSES)
    text = list(dict.fromkeys(text))
    flags = [f for f in policy.flag_field_names(names) if f not in text]
    return text, flags


def sensitive_feature_ids(source, category_field: Optional[str] = None,
                          policy: Optional[SensitivePolicy] = None, feedback=None) -> set:
    """Ids of the features of ``source`` (a layer or Processing source) that are sensitive."""
    from qgis.core import QgsFeatureRequest

    policy = policy or load_policy()
    names = source.fields().names()
    text, flags = sensitive_columns(names, category_field, policy)
    if not text and not flags:
        return set()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(text + flags, source.fields())
    hidden = set()
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % 2000 == 0 and feedback.isCanceled():
            from .cancel import CanceledError

            raise CanceledError()
        if policy.row_is_sensitive(None, [feature[f] for f in flags], [feature[f] for f in text]):
            hidden.add(feature.id())
    return hidden


def read_places(source, field_names: Sequence[str], crs, transform_context, feedback, progress=None,
                category_field: Optional[str] = None, policy: Optional[SensitivePolicy] = None):
    """:func:`..layer_arrays.read_points` of a layer of places (community assets) plus,
    per point, whether it is sensitive: ``(x, y, {field: list}, hidden)``."""
    from .layer_arrays import read_points

    policy = policy or load_policy()
    text, flags = sensitive_columns(source.fields().names(), category_field, policy)
    wanted = list(dict.fromkeys([f for f in field_names if f] + text + flags))
    x, y, values = read_points(source, wanted, crs, transform_context, feedback, progress)
    hidden = policy.mask(None, [values[f] for f in flags], [values[f] for f in text]) if (text or flags) \
        else np.zeros(len(x), dtype=bool)
    return x, y, {f: values[f] for f in field_names if f}, hidden
