"""Dependencies run one way: the geometry backend and the point-pair search never import
the risk code that uses them (also not inside a function), so neither half can be
loaded, tested or moved without the other dragging it in."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "infosegura_plugin" / "core"


def _imported_modules(path: Path):
    """Every module ``path`` imports (at any depth of the file), as dotted names."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module
            yield prefix
            for alias in node.names:
                yield f"{prefix}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name


def test_geometry_backend_and_point_pairs_never_import_the_risk_code():
    for name in ("geometry_backend.py", "point_pairs.py", "cancel.py"):
        risk = [m for m in _imported_modules(CORE / name) if m.startswith("infosegura_plugin.core.risk")]
        assert risk == [], f"core/{name} imports {risk}"


def test_the_import_helper_sees_relative_imports():
    # Guards the test above against passing because it resolves nothing.
    found = set(_imported_modules(CORE / "risk" / "neighbours.py"))
    assert "infosegura_plugin.core.geometry_backend" in found
    assert "infosegura_plugin.core.point_pairs.point_pairs_within" in found


def test_loading_the_backend_loads_no_risk_module():
    code = ("import sys; import infosegura_plugin.core.geometry_backend as g; g.use_shapely(False); g.nearest_distances([0, 3], [0, 4]);"
            "print(sorted(m for m in sys.modules if m.startswith('infosegura_plugin.core.risk')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=str(ROOT), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
