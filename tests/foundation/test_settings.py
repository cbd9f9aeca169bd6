"""Settings survive a save and load, and the address memory defaults to the profile."""

from pathlib import Path

from qgis.core import QgsApplication

from infosegura_plugin.settings import Settings


def test_saved_settings_reach_the_code_that_reads_them(qgis_app):
    from infosegura_plugin.core.sensitive import load_policy

    before = Settings.load()
    try:
        Settings(address_memory_path="/tmp/memory.gpkg", street_layer="streets",
                 sensitive_categories="Blue Door Dormitory, casa azul").save()
        loaded = Settings.load()
        assert loaded.street_layer == "streets"  # the locator bar's street layer
        assert loaded.resolved_address_memory_path() == Path("/tmp/memory.gpkg")  # geocoder, remember
        policy = load_policy()  # what conflicts, profiles and the sample hide
        assert policy.is_sensitive_category("blue door dormitories") and policy.is_sensitive_category("Casa Azul")
        assert policy.is_sensitive_category("shelter")  # added terms never remove a shipped one
    finally:
        before.save()
    assert not load_policy().is_sensitive_category("blue door dormitory")


def test_address_memory_defaults_to_the_qgis_profile(qgis_app):
    settings = Settings()
    path = settings.resolved_address_memory_path()
    assert str(path).startswith(QgsApplication.qgisSettingsDirPath().rstrip("/"))
    assert path.name == "address_memory.gpkg"
