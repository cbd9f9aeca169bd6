"""The Spanish catalogue a report uses: a compiled one older than the translations (a stale
`make plugin` build in a source checkout) is never used; a current one is."""

import os
import shutil

import pytest

from infosegura_plugin.core.application_check import language


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A source checkout's i18n folder with the project's .ts and one compiled catalogue."""
    from infosegura_plugin.paths import i18n_dir

    if shutil.which("lrelease") is None:
        pytest.fail("lrelease is missing: `make setup` installs qttools5-dev-tools")
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(i18n_dir() / "infosegura_es.ts", folder / "infosegura_es.ts")
    compiled = tmp_path / "build" / "infosegura_es.qm"
    compiled.parent.mkdir()
    compiled.write_bytes(b"an old build")
    monkeypatch.setattr(language, "i18n_dir", lambda: folder)
    monkeypatch.setattr(language, "_candidates", lambda lang: iter([compiled]))
    language.catalogue_path.cache_clear()
    language._translators.clear()
    yield folder, compiled
    language.catalogue_path.cache_clear()
    language._translators.clear()


def test_a_build_older_than_the_translations_is_not_used(checkout):
    folder, compiled = checkout
    ts = folder / "infosegura_es.ts"
    os.utime(compiled, (ts.stat().st_mtime - 60, ts.stat().st_mtime - 60))
    path = language.catalogue_path("es")
    assert path is not None and path != compiled
    assert language.report_tr("es")("Unmatched") == "No ubicadas"  # compiled from the .ts


def test_a_current_build_is_used(checkout):
    folder, compiled = checkout
    ts = folder / "infosegura_es.ts"
    os.utime(compiled, (ts.stat().st_mtime + 60, ts.stat().st_mtime + 60))
    assert language.catalogue_path("es") == compiled
