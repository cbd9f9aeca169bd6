"""The five risk classes, defined once: the risk terrain model writes them, community
profiles, reports and styles read them.

``risk_class`` values are fixed English keys (the style categorises on them); users see
them translated through :func:`risk_class_display`.
"""

import math
from typing import List

import numpy as np

from ...i18n import tr

RISK_CLASSES = ("very low", "low", "moderate", "high", "very high")
TOP_RISK_CLASS = RISK_CLASSES[-1]


def score_classes(score: np.ndarray) -> np.ndarray:
    """Class 0..4 of each risk score: equal intervals of ln(score) between 1 and the
    maximum (``floor(5 t)`` with ``t = ln(score) / ln(max)``, capped at 4); a grid where
    every cell scores the same is all 0 (very low)."""
    score = np.asarray(score, dtype=np.float64)
    if len(score) == 0:
        return np.zeros(0, dtype=np.int8)
    top = math.log(score.max())
    if not top > 1e-12 or not math.isfinite(top):
        return np.zeros(len(score), dtype=np.int8)
    t = np.log(np.maximum(score, 1.0)) / top
    # A hair of tolerance so a score of exactly max**0.8 lands in the upper class.
    return np.minimum(np.floor(5.0 * t + 1e-9), 4).astype(np.int8)


def risk_class_index(value) -> int:
    """A stored ``risk_class`` value (``'Very High'``, ``'very_high'``) -> 0..4; -1 when
    it is not a risk class."""
    if value is None:
        return -1
    text = " ".join(str(value).strip().lower().replace("_", " ").split())
    return RISK_CLASSES.index(text) if text in RISK_CLASSES else -1


def risk_class_labels(index: np.ndarray) -> List[str]:
    """The stored ``risk_class`` values: fixed English keys the style categorises on."""
    return [RISK_CLASSES[i] for i in index]


def risk_class_display(name: str) -> str:
    """A ``risk_class`` value as shown to users (translated)."""
    names = {
        "very low": tr("very low"), "low": tr("low"), "moderate": tr("moderate"),
        "high": tr("high"), "very high": tr("very high"),
    }
    return names.get(name, name)
