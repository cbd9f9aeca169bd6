"""Help works offline: the guides ship inside the plugin, in the user's language."""

import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QSettings, QUrl

from infosegura_plugin import help_pages

ROOT = Path(__file__).resolve().parents[2]
BUILT_HELP = ROOT / "build" / "infosegura_plugin" / "help"
CHAPTERS = ("panel", "review", "loadsample", "importregister", "geocodeaddresses", "rememberplacements",
            "proximityconflicts", "riskterrain", "hotspots", "communityprofiles")


@pytest.fixture(scope="module")
def built_plugin():
    subprocess.run(["make", "-s", "plugin"], cwd=ROOT, check=True, capture_output=True)
    return BUILT_HELP


@pytest.fixture()
def spanish():
    settings = QSettings()
    before = settings.value("locale/userLocale")
    settings.setValue("locale/userLocale", "es_BZ")
    yield
    settings.setValue("locale/userLocale", before or "en_US")


def test_the_built_plugin_has_both_guides_with_every_chapter_and_their_screenshots(built_plugin):
    for page in ("user_guide.html", "guia_usuario.html"):
        html = (built_plugin / page).read_text(encoding="utf-8")
        for chapter in CHAPTERS:
            assert f'id="{chapter}"' in html, (page, chapter)
        for image in ("images/dock.png", "images/review_panel.png"):
            assert f'src="{image}"' in html, (page, image)
            assert (built_plugin / image).exists()
    assert 'href="guia_usuario.html"' in (built_plugin / "user_guide.html").read_text(encoding="utf-8")


def test_every_algorithm_help_button_opens_a_local_page(plugin, built_plugin):
    provider = QgsApplication.processingRegistry().providerById("infosegura")
    for algorithm in provider.algorithms():
        url = QUrl(algorithm.helpUrl())
        assert url.isLocalFile(), algorithm.id()
        assert Path(url.toLocalFile()).exists(), algorithm.id()
        assert url.fragment() == algorithm.name()
    geocode = QUrl(QgsApplication.processingRegistry().algorithmById("infosegura:geocodeaddresses").helpUrl())
    assert geocode.toLocalFile().endswith("user_guide.html")


def test_spanish_users_get_the_spanish_guide(plugin, built_plugin, spanish):
    url = QUrl(QgsApplication.processingRegistry().algorithmById("infosegura:hotspots").helpUrl())
    assert url.toLocalFile().endswith("guia_usuario.html") and url.fragment() == "hotspots"


def test_the_dock_help_button_opens_the_panel_chapter(plugin, built_plugin, monkeypatch):
    opened = []
    monkeypatch.setattr("infosegura_plugin.gui.dock.QDesktopServices.openUrl", lambda url: opened.append(url))
    plugin.dock.help_button.click()
    assert len(opened) == 1 and opened[0].isLocalFile() and opened[0].fragment() == "panel"
    assert Path(opened[0].toLocalFile()) == help_pages.help_page()
