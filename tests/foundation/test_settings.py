"""Settings survive a save and load, and the address memory defaults to the profile."""

from pathlib import Path

from qgis.core import QgsApplication

from infosegura_plugin.settings import Settings


def test_settings_round_trip(qgis_app):
    before = Settings.load()
    try:
        Settings(address_memory_path="/tmp/memory.gpkg", min_geocode_score=72, street_layer="streets").save()
        loaded = Settings.load()
        assert loaded.address_memory_path == "/tmp/memory.gpkg"
        assert loaded.min_geocode_score == 72
        assert loaded.street_layer == "streets"
        assert loaded.resolved_address_memory_path() == Path("/tmp/memory.gpkg")
    finally:
        before.save()


def test_address_memory_defaults_to_the_qgis_profile(qgis_app):
    settings = Settings()
    path = settings.resolved_address_memory_path()
    assert str(path).startswith(QgsApplication.qgisSettingsDirPath().rstrip("/"))
    assert path.name == "address_memory.gpkg"
