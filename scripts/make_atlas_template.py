"""`make atlas-template`: rebuild resources/layouts/infosegura_atlas.qpt from the code in
infosegura_plugin/core/sharing/atlas_template.py (then restyle it in QGIS if you like:
the atlas only needs the item ids)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qgis.core import QgsApplication, QgsProject, QgsReadWriteContext  # noqa: E402


def main():
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    app = QgsApplication([], False)
    app.initQgis()
    from infosegura_plugin.core.sharing.atlas_template import build_template_layout

    project = QgsProject()
    layout = build_template_layout(project)
    target = ROOT / "resources" / "layouts" / "infosegura_atlas.qpt"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(target), QgsReadWriteContext()):
        raise SystemExit(f"could not write {target}")
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    os._exit(status)
