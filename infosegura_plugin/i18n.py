"""Translation for code outside QObject classes (core modules).

Call ``tr('literal text')`` and format afterwards: ``tr('{} rows').format(n)``.
pylupdate5 files a bare ``tr("...")`` call under the ``@default`` context, so use that here.
"""

from pathlib import Path
from typing import Iterable, Optional

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "@default"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install_translator(locale: str, folders: Optional[Iterable[Path]] = None) -> Optional[QTranslator]:
    """Install the plugin's catalogue ``infosegura_<language>.qm`` for ``locale`` (``es``,
    ``es_BZ``...) on the running application, from the plugin's ``i18n`` folder or the
    given ``folders``. Returns the translator (keep a reference while it is in use), or
    None when there is no catalogue for that language."""
    from .paths import i18n_dir

    language = str(locale or "")[:2].lower()
    if not language:
        return None
    for folder in (list(folders) if folders is not None else [i18n_dir()]):
        qm = Path(folder) / f"infosegura_{language}.qm"
        translator = QTranslator()
        if qm.exists() and translator.load(qm.as_posix()):
            QCoreApplication.installTranslator(translator)
            return translator
    return None
