"""Build the offline help shipped inside the plugin: docs/*.md guides -> help/*.html.

`make plugin` runs it into build/infosegura_plugin/help/. Links between the guides
point at the HTML pages; screenshots (docs/images/) are copied beside them. Each
algorithm's Help button and the dock's Help button open these pages (no internet).
"""

import re
import shutil
import sys
from pathlib import Path

import markdown

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GUIDES = {"user_guide.md": ("en", "InfoSegura workshop guide"), "guia_usuario.md": ("es", "Guía del taller de InfoSegura")}
PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; line-height: 1.45; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }}
th {{ background: #eee; }}
code {{ background: #f3f3f3; padding: 0 0.2em; }}
pre {{ background: #f3f3f3; padding: 0.5em; overflow-x: auto; }}
img {{ max-width: 100%; border: 1px solid #ccc; }}
</style></head>
<body>
{body}
</body></html>
"""


def _html_links(text: str) -> str:
    """Links to the other guides (``guia_usuario.md#x``) point at their HTML pages."""
    return re.sub(r"\(((?:user_guide|guia_usuario))\.md(#[^)]*)?\)", r"(\1.html\2)", text)


def build(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, (lang, title) in GUIDES.items():
        source = DOCS / name
        body = markdown.markdown(_html_links(source.read_text(encoding="utf-8")),
                                 extensions=["tables", "fenced_code", "toc"], output_format="html5")
        (target / name.replace(".md", ".html")).write_text(PAGE.format(lang=lang, title=title, body=body),
                                                          encoding="utf-8")
    images = DOCS / "images"
    if images.is_dir():
        shutil.copytree(images, target / "images", dirs_exist_ok=True)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "infosegura_plugin" / "help")
