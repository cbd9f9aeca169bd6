"""The language of a report, chosen per run (English or Spanish), whatever the language
of the QGIS the analyst uses.

Report text is written as ``tr("literal")`` with ``tr`` from :func:`report_tr`, so
pylupdate5 files it under ``@default`` like the rest of the core, and the Spanish comes
from the same catalogue (``i18n/infosegura_es.ts``). The compiled catalogue ships in the
built plugin; in a source checkout it is compiled once with ``lrelease`` when missing.
"""

import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from qgis.PyQt.QtCore import QLocale, QTranslator

from ...paths import PLUGIN_DIR, i18n_dir

ENGLISH, SPANISH = "en", "es"
LANGUAGES = (ENGLISH, SPANISH)
CONTEXT = "@default"


def _candidates(language: str):
    name = f"infosegura_{language}.qm"
    yield i18n_dir() / name
    yield PLUGIN_DIR.parent / "build" / "i18n" / name
    yield PLUGIN_DIR.parent / "build" / "infosegura_plugin" / "i18n" / name


@lru_cache(maxsize=4)
def catalogue_path(language: str) -> Optional[Path]:
    """The compiled catalogue of ``language``, compiling the .ts of a source checkout if needed
    (also when the compiled one found is older than the .ts: a stale build never wins)."""
    source = i18n_dir() / f"infosegura_{language}.ts"
    written = source.stat().st_mtime if source.exists() else None
    for path in _candidates(language):
        if path.exists() and (written is None or path.stat().st_mtime >= written):
            return path
    lrelease = shutil.which("lrelease")
    if not source.exists() or lrelease is None:
        return None
    target = Path(tempfile.mkdtemp(prefix="infosegura-i18n-")) / f"infosegura_{language}.qm"
    done = subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], capture_output=True)
    return target if done.returncode == 0 and target.exists() else None


_translators = {}


def report_tr(language: str) -> Callable[[str], str]:
    """A translating function for ``language`` (English text unchanged); a missing catalogue gives English."""
    if language == ENGLISH:
        return lambda text: text
    if language not in _translators:
        path = catalogue_path(language)
        translator = QTranslator()
        _translators[language] = translator if path is not None and translator.load(str(path)) else None
    translator = _translators[language]
    if translator is None:
        return lambda text: text
    context = CONTEXT.encode("utf-8")
    # Bytes: Qt reads the source text as UTF-8 ("km²"), PyQt would encode a str as ASCII.
    return lambda text: translator.translate(context, text.encode("utf-8")) or text


def available(language: str) -> bool:
    return language == ENGLISH or catalogue_path(language) is not None


def number(value: float, digits: int, language: str) -> str:
    """A number written the way the reader writes it ("1,234.5" / "1.234,5")."""
    locale = QLocale(QLocale.English if language == ENGLISH else QLocale.Spanish)
    return locale.toString(float(value), "f", digits)
