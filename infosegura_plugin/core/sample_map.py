"""The results map of the synthetic sample (`make demo`, workshops): which result tables
it draws, under which names, with which title and note, in the user's language."""

from typing import List, Tuple

from ..i18n import tr
from .risk.model_text import translate_model_text
from .sample_data import sample_layer_title


def results_map_layers(model_label: str = "expert-weighted") -> List[Tuple[str, str]]:
    """``(table, layer name)`` of the results GeoPackage, top first as in the legend.
    A ``|`` in a name is where the legend wraps it."""
    return [
        ("licensed_premises", tr("Licensed premises (geocoded)")),
        ("proximity_conflicts", tr("Outlets < 150 m from a school,|youth centre or playground")),
        ("community_assets", sample_layer_title("community_assets")),
        ("streets", sample_layer_title("streets")),
        ("neighbourhoods", sample_layer_title("neighbourhoods")),
        ("risk_terrain", tr("Risk terrain ({})").format(translate_model_text(model_label))),
        ("city_boundary", sample_layer_title("city_boundary")),
    ]


def results_map_title() -> str:
    return tr("InfoSegura - Belmopan: licensed premises and risk (synthetic sample)")


def results_map_note() -> str:
    return tr("Synthetic data for training: invented streets, places and licences. Risk weights are "
              "expert-weighted placeholders. Shelters are never shown.")
