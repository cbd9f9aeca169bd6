"""The plugin loads as QGIS loads it and exposes its provider, algorithms and dock."""

import configparser
import re
from pathlib import Path

from qgis.core import QgsApplication

ROOT = Path(__file__).resolve().parents[2]


def readme_algorithms():
    """``{id: group}`` from the README's table of Processing algorithms (the public contract)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Processing algorithms", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(infosegura:[a-z0-9_]+)` \| ([^|]+?) \|", section, flags=re.M)
    return {algorithm_id: group for algorithm_id, group in rows}


def test_provider_registers_exactly_the_algorithms_the_readme_lists(plugin):
    provider = QgsApplication.processingRegistry().providerById("infosegura")
    assert provider is not None
    assert provider.name() == "InfoSegura"
    documented = readme_algorithms()
    assert len(documented) >= 8 and "infosegura:loadsample" in documented
    registered = {alg.id(): alg.group() for alg in provider.algorithms()}
    assert sorted(registered) == sorted(documented), "README.md's algorithm table and the provider disagree"
    assert registered == documented  # and each sits in the group the README names


def test_every_algorithm_is_documented_grouped_and_has_an_icon(plugin):
    provider = QgsApplication.processingRegistry().providerById("infosegura")
    for algorithm in provider.algorithms():
        assert algorithm.name() == algorithm.name().lower(), algorithm.id()
        assert algorithm.group() and algorithm.groupId(), algorithm.id()
        assert len(algorithm.shortHelpString()) > 40, algorithm.id()
        assert Path(algorithm.svgIconPath()).exists(), algorithm.id()
        assert not algorithm.icon().isNull(), algorithm.id()


def test_dock_lists_the_registered_workflow_steps(plugin):
    dock = plugin.dock
    assert dock is not None and dock.objectName() == "InfoSeguraDock"
    assert "infosegura:loadsample" in dock.step_buttons
    registry = QgsApplication.processingRegistry()
    for algorithm_id in dock.step_buttons:
        assert registry.algorithmById(algorithm_id) is not None


def test_dock_step_opens_the_algorithm_dialog(qgis_iface, plugin):
    from infosegura_plugin.gui.dock import InfoSeguraDock

    opened = []
    dock = InfoSeguraDock(qgis_iface, open_dialog=lambda alg, params: opened.append(alg))
    dock.step_buttons["infosegura:importregister"].click()
    assert opened == ["infosegura:importregister"]


def test_toolbar_action_shows_and_hides_the_dock(plugin):
    plugin.action.setChecked(True)
    assert not plugin.dock.isHidden()
    plugin.action.setChecked(False)
    assert plugin.dock.isHidden()


def test_metadata_is_complete_for_the_plugin_repository():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                "homepage", "tracker", "repository", "tags", "category", "icon", "hasProcessingProvider",
                "changelog", "experimental"):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).exists()
    major = int(general["version"].split(".")[0])
    assert general.getboolean("experimental") == (major < 1)
