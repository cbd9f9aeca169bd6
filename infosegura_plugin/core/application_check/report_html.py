"""The HTML summary for the licensing board: one self-contained file (the map embedded as
a PNG, no external link or script), so it opens offline and can be mailed as is."""

import base64
import html
from typing import List, Sequence

from ..atomic_files import write_text_atomically as atomic_text

_CSS = """
body{font-family:sans-serif;margin:2em auto;max-width:52em;color:#222;line-height:1.4}
h1{font-size:1.45em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.5em;border-bottom:1px solid #ccc}
.sub{color:#555;margin-top:0}img{max-width:100%;border:1px solid #999}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .6em}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f0f0f0;text-align:left}
li{margin:.25em 0}.note{font-style:italic;color:#333;margin-top:1.5em}.foot{color:#777;font-size:.85em}
"""


def _e(text) -> str:
    return html.escape(str(text))


def build_html(language: str, title: str, subtitle: str, map_png: bytes, legend: Sequence[str],
               table_header: List[str], table_rows: List[List[str]], heading_table: str, heading_sentences: str,
               sentences: List[str], closing: str, footer: str) -> str:
    image = base64.b64encode(map_png).decode("ascii")
    head = "".join(f"<th>{_e(h)}</th>" for h in table_header)
    rows = "".join("<tr>" + "".join(f'<td class="n">{_e(c)}</td>' if k else f"<td>{_e(c)}</td>"
                                    for k, c in enumerate(row)) + "</tr>" for row in table_rows)
    parts = [
        f'<!DOCTYPE html><html lang="{_e(language)}"><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>", f'<p class="sub">{_e(subtitle)}</p>',
        f'<img alt="{_e(title)}" src="data:image/png;base64,{image}">',
        '<p class="foot">' + " &middot; ".join(_e(item) for item in legend) + "</p>",
        f"<h2>{_e(heading_table)}</h2>", f"<table><tr>{head}</tr>{rows}</table>",
        f"<h2>{_e(heading_sentences)}</h2>", "<ul>" + "".join(f"<li>{_e(s)}</li>" for s in sentences) + "</ul>",
        f'<p class="note">{_e(closing)}</p>', f'<p class="foot">{_e(footer)}</p>', "</body></html>",
    ]
    return "\n".join(parts)


def write_text_atomically(path, text: str) -> str:
    """Write ``text`` (UTF-8) to ``path`` atomically (a temporary file, then a rename)."""
    return str(atomic_text(path, text))
