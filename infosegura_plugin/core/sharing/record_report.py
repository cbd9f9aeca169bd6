"""The bundle's run record as one self-contained HTML page (no links, no scripts)."""

import html
import json

from ...i18n import tr
from .bundle_record import PUBLIC, BundleRecord

_CSS = """
body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f0f0f0}
.banner{font-weight:bold;padding:.4em .8em;display:inline-block;border:2px solid}
.restricted{color:#8b0000;border-color:#8b0000}.public{color:#1b5e20;border-color:#1b5e20}
code{word-break:break-all}
"""


def _e(value) -> str:
    return html.escape(str(value))


def _table(headers, rows, numeric=()):
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{_e(c)}</td>' if i in numeric else f"<td>{_e(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def classification_text(classification: str) -> str:
    if classification == PUBLIC:
        return tr("PUBLIC: may be published")
    return tr("RESTRICTED: for the receiving agencies only; do not publish or forward")


def build_record_report(record: BundleRecord) -> str:
    css_class = "public" if record.classification == PUBLIC else "restricted"
    parts = [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">",
        f"<title>{_e(record.title)}</title><style>{_CSS}</style></head><body>",
        f"<p class=\"banner {css_class}\">{_e(classification_text(record.classification))}</p>",
        f"<h1>{_e(record.title)}</h1>",
        _table([tr("Item"), tr("Value")], [
            [tr("Created"), record.created],
            [tr("Classification"), record.classification],
            [tr("Sensitive places"), tr("included") if record.include_sensitive else tr("left out")],
            [tr("Sensitive rows left out"), record.sensitive_left_out()],
        ] + [[name, version] for name, version in record.software().items()]),
        "<h2>" + _e(tr("Layers")) + "</h2>",
        _table([tr("Layer"), tr("Table"), tr("Rows in source"), tr("Rows written"), tr("Sensitive rows left out"),
                tr("Source"), tr("SHA-256 of the source file")],
               [[e.name, e.table, e.rows_in_source, e.rows_written, e.sensitive_left_out, e.source, e.sha256 or "–"]
                for e in record.layers], numeric=(2, 3, 4)),
    ]
    counted = [[e.name, key, value] for e in record.layers for key, value in e.counts.items()]
    if counted:
        parts += ["<h2>" + _e(tr("Counts")) + "</h2>",
                  _table([tr("Layer"), tr("Measure"), tr("Value")], counted, numeric=(2,))]
    parts.append("<h2>" + _e(tr("How each layer was made")) + "</h2>")
    made = [(e.name, e.run) for e in record.layers if e.run is not None]
    made += [(tr("{} (input)").format(name), run) for name, run in record.upstream.items()]
    if not made:
        parts.append("<p>" + _e(tr("No layer carries an InfoSegura run record.")) + "</p>")
    for name, run in made:
        parts.append(f"<h3>{_e(name)}: <code>{_e(run.algorithm)}</code></h3>")
        parts.append("<p>" + _e(tr("Run {} with InfoSegura {}").format(run.run_at, run.plugin_version)) + "</p>")
        parts.append(_table([tr("Parameter"), tr("Value")], [
            [key, json.dumps(value, ensure_ascii=False)] for key, value in sorted(run.parameters.items())]))
    if record.files:
        parts += ["<h2>" + _e(tr("Input files")) + "</h2>",
                  _table([tr("File"), tr("Bytes"), tr("SHA-256")],
                         [[path, size, digest] for path, (digest, size) in sorted(record.files.items())],
                         numeric=(1,))]
    parts.append("</body></html>")
    return "\n".join(parts)
