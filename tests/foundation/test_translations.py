"""The Spanish translation is complete, compiles, keeps its placeholders and is used by Qt."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication

TS = Path(__file__).resolve().parents[2] / "i18n" / "infosegura_es.ts"
# str.format fields ({}, {0}, {:.0f}), Qt %1 arguments and HTML tags must survive translation.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|<[^>]+>")


def _messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def test_every_string_is_translated():
    messages = list(_messages())
    assert messages, "the .ts file lists no strings: run `make i18n`"
    unfinished = [(ctx, src) for ctx, src, tr in messages if tr.get("type") == "unfinished"]
    empty = [(ctx, src) for ctx, src, tr in messages if not (tr.text or "").strip()]
    assert unfinished == [], "unfinished translations (run `make i18n` and translate them)"
    assert empty == []


def test_translations_keep_placeholders_and_line_breaks():
    wrong = []
    for ctx, src, tr in _messages():
        text = tr.text or ""
        if PLACEHOLDER.findall(text) != PLACEHOLDER.findall(src) or text.count("\n") != src.count("\n"):
            wrong.append((ctx, src, text))
    assert wrong == []


@pytest.mark.parametrize(
    "context, source, expected",
    [
        ("InfoSeguraProvider", "InfoSegura: licensed premises, community assets and risk",
         "InfoSegura: establecimientos con licencia, bienes comunitarios y riesgo"),
        ("LoadSampleAlgorithm", "Load the Belmopan sample (synthetic)", "Cargar la muestra de Belmopan (sintética)"),
        ("GeocodeAddressesAlgorithm", "Geocode licence addresses", "Geocodificar direcciones de licencias"),
        ("HotspotsAlgorithm", "Hot spots (Getis-Ord Gi*)", "Puntos calientes (Getis-Ord Gi*)"),
        ("AlgorithmGroups", "Risk analysis", "Análisis de riesgo"),
        ("InfoSeguraPlugin", "Show the InfoSegura panel", "Mostrar el panel de InfoSegura"),
        ("AddressLocatorFilter", "Tied: check the candidates", "Empatado: revise los candidatos"),
        ("@default", "Legend", "Leyenda"),
        ("@default", "Corner of {} and {}", "Esquina de {} y {}"),
    ],
)
def test_qt_translates_known_strings(spanish, context, source, expected):
    assert QCoreApplication.translate(context, source) == expected


def test_dock_text_is_spanish(spanish):
    text = QCoreApplication.translate(
        "InfoSeguraDock",
        "Choose the project data once; each step then opens a tool pre-filled with it (the same tools "
        "are in the Processing toolbox).",
    )
    assert "caja de herramientas de Processing" in text


def test_plugin_code_paths_use_the_translation(spanish):
    """The plugin's own tr() helpers (class context and @default) pick up the catalogue."""
    from infosegura_plugin.i18n import tr
    from infosegura_plugin.processing.algorithms.load_sample import LoadSampleAlgorithm

    assert LoadSampleAlgorithm().displayName() == "Cargar la muestra de Belmopan (sintética)"
    assert tr("Corner of {} and {}").format("Hummingbird Avenue", "Ring Road") == (
        "Esquina de Hummingbird Avenue y Ring Road"
    )


def test_untranslated_context_falls_back_to_english(spanish):
    assert QCoreApplication.translate("NoSuchContext", "Legend") == "Legend"


def test_every_translatable_literal_in_the_code_is_in_the_ts():
    """What pylupdate5 misses (tr() inside f-strings, translate() calls it cannot parse)
    would stay English for ever: every literal tr()/translate() call must be in the .ts."""
    import ast

    root = Path(__file__).resolve().parents[2]
    messages = ET.parse(root / "i18n" / "infosegura_es.ts").getroot()
    sources = {(c.findtext("name"), m.findtext("source")) for c in messages.iter("context") for m in c.iter("message")}
    texts = {text for _context, text in sources}
    missing = []
    for path in sorted((root / "infosegura_plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            literals = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(literals) >= 2 and (literals[0], literals[1]) not in sources:
                missing.append(f"{path.name}:{node.lineno} {literals[1][:60]}")
            elif name == "tr" and literals and len(node.args) == 1 and literals[0] not in texts:
                missing.append(f"{path.name}:{node.lineno} {literals[0][:60]}")
    assert missing == [], "run `make i18n` and translate:\n" + "\n".join(missing)
