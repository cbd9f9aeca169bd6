"""Translation for code outside QObject classes (core modules).

Call ``tr('literal text')`` and format afterwards: ``tr('{} rows').format(n)``.
pylupdate5 files a bare ``tr("...")`` call under the ``@default`` context, so use that here.
"""

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "@default"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
