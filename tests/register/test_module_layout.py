"""The register package's modules depend on each other one way (issue 13 §4: ods.py and
workbook.py imported each other)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "infosegura_plugin" / "core" / "register"


def _imports(path: Path):
    """Sibling modules a module imports (``from .x import`` and ``from . import x``),
    wherever the import statement is, inside functions too."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
    return names


def test_no_module_of_the_register_package_imports_itself_back():
    graph = {path.stem: _imports(path) & {p.stem for p in PACKAGE.glob("*.py")} for path in PACKAGE.glob("*.py")}
    graph.pop("__init__")
    for module in graph.values():
        module.discard("__init__")
    visiting, done = set(), set()

    def visit(module, trail):
        assert module not in visiting, "import cycle: " + " -> ".join(trail + [module])
        if module in done:
            return
        visiting.add(module)
        for other in sorted(graph.get(module, ())):
            visit(other, trail + [module])
        visiting.discard(module)
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    assert "ods" not in graph["workbook"] and "workbook" in graph["ods"]
