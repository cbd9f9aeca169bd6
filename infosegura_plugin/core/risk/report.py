"""The risk terrain report: one self-contained HTML file (no external links or scripts,
so it opens offline and can be mailed as is)."""

import html
import math
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence

import numpy as np

from ...i18n import tr
from ..atomic_files import write_text_atomically
from .regression import NEGATIVE_BINOMIAL, StepwiseResult
from .risk_classes import RISK_CLASSES, risk_class_display
from .risk_model import PROXIMITY
from .terrain import TerrainResult

_CSS = """
body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f0f0f0}.warn{color:#8a4b00}.small{font-size:.9em;color:#555}
"""


def _e(value) -> str:
    return html.escape(str(value))


def _num(value, digits=3) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "&ndash;"
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}"
    return f"{value:,.{digits}f}"


def _p(value) -> str:
    if not math.isfinite(value):
        return "&ndash;"
    return "&lt; 0.001" if value < 0.001 else f"{value:.3f}"


def _table(headers: Sequence[str], rows: List[Sequence[str]], numeric: Sequence[bool]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="n">{c}</td>' if n else f"<td>{c}</td>" for c, n in zip(row, numeric)) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def build_report(result: TerrainResult, settings: Dict[str, str]) -> str:
    """The HTML text. ``settings``: readable inputs (name -> value) listed at the top."""
    model = result.model
    parts = [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">",
        "<title>" + _e(tr("Risk terrain model")) + f"</title><style>{_CSS}</style></head><body>",
        "<h1>" + _e(tr("Risk terrain model")) + f": {_e(model.label)}</h1>",
    ]
    if model.description:
        parts.append(f"<p>{_e(model.description)}</p>")
    parts.append(_table([tr("Input"), tr("Value")], [[_e(k), _e(v)] for k, v in settings.items()], [False, False]))
    if result.warnings:
        parts.append("<ul class=\"warn\">" + "".join(f"<li>{_e(w)}</li>" for w in result.warnings) + "</ul>")

    parts.append("<h2>" + _e(tr("Grid")) + "</h2>")
    outlets_inside = int(result.outlet_count.sum())
    rows = [
        [_e(tr("Cells")), _num(result.cell_count)],
        [_e(tr("Outlets in the cells")), _num(outlets_inside)],
        [_e(tr("Cells with at least one outlet")), _num(int((result.outlet_count > 0).sum()))],
    ]
    if result.incident_count is not None:
        rows.append([_e(tr("Incidents in the cells (model fitting)")), _num(int(result.incident_count.sum()))])
    if result.validation_count is not None:
        rows.append([_e(tr("Incidents in the cells (validation)")), _num(int(result.validation_count.sum()))])
    parts.append(_table([tr("Measure"), tr("Value")], rows, [False, True]))

    counts = Counter(int(i) for i in result.risk_class)
    total = max(result.cell_count, 1)
    parts.append("<h2>" + _e(tr("Risk classes")) + "</h2>")
    parts.append(_table(
        [tr("Class"), tr("Cells"), tr("Share of area")],
        [[_e(risk_class_display(name)), _num(counts.get(i, 0)), f"{100.0 * counts.get(i, 0) / total:.1f}%"]
         for i, name in enumerate(RISK_CLASSES)],
        [False, True, True],
    ))
    parts.append("<p class=\"small\">" + _e(tr(
        "risk_score is the product of the relative risks of the factors present in a cell, scaled so the "
        "lowest cell scores 1. risk_class divides ln(risk_score) between 0 and its maximum into five equal "
        "intervals (fixed rules, no quantiles).")) + "</p>")

    parts.append("<h2>" + _e(tr("Factors")) + "</h2>")
    if model.factors:
        rows = []
        for factor in model.factors:
            present = int(result.factor_columns[factor.id].sum())
            rows.append([
                f"<code>{_e(factor.id)}</code>", _e(factor.label),
                _e(tr("outlets") if factor.layer == "outlets" else tr("assets")), _e(", ".join(factor.categories)),
                _e(factor.describe()), _num(factor.relative_risk, 2), _num(present),
            ])
        parts.append(_table(
            [tr("Field"), tr("Factor"), tr("Layer"), tr("Categories"), tr("Condition"), tr("Relative risk"), tr("Cells")],
            rows, [False, False, False, False, False, True, True],
        ))
    else:
        parts.append("<p>" + _e(tr("No factor in the model: every cell has the same risk.")) + "</p>")

    if result.fits:
        parts.append(_fits_section(result.fits, model.fitted))
    if result.validation:
        parts.append("<h2>" + _e(tr("Validation against later incidents")) + "</h2>")
        parts.append(_table(
            [tr("Top share of area"), tr("Cells"), tr("Incidents"), tr("Hit rate"), tr("PAI")],
            [[f"{100 * v.share:g}%", _num(v.cells), f"{v.incidents} / {v.total_incidents}",
              "&ndash;" if not math.isfinite(v.hit_rate) else f"{100 * v.hit_rate:.1f}%", _num(v.pai, 2)]
             for v in result.validation],
            [False, True, True, True, True],
        ))
        parts.append("<p class=\"small\">" + _e(tr(
            "Cells ranked by risk score (ties by outlet kernel density). Hit rate: share of the incidents that "
            "fall in the top cells. PAI (Predictive Accuracy Index): hit rate divided by the share of area.")) + "</p>")
    if result.notes:
        parts.append("<ul class=\"small\">" + "".join(f"<li>{_e(n)}</li>" for n in result.notes) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _fits_section(fits: Dict[str, StepwiseResult], chosen) -> str:
    names = {NEGATIVE_BINOMIAL: tr("Negative binomial"), "poisson": tr("Poisson")}
    parts = ["<h2>" + _e(tr("Fitted from incidents")) + "</h2>", "<p>" + _e(tr(
        "Forward stepwise selection by BIC over the factors at several distances or bandwidths; "
        "relative risk = exp(coefficient). The model with the lower BIC is used.")) + "</p>"]
    for family, fit in fits.items():
        mark = tr(" (used)") if chosen is fit else ""
        parts.append(f"<h3>{_e(names.get(family, family))}{_e(mark)}</h3>")
        f = fit.fit
        labels = [tr("(intercept)")] + [_term_label(t) for t in fit.terms]
        rows = []
        for i, label in enumerate(labels):
            rows.append([_e(label), _num(float(f.beta[i]), 3), _num(float(f.se[i]), 3), _num(float(f.z[i]), 2),
                         _p(float(f.p_values[i])), "" if i == 0 else _num(float(math.exp(f.beta[i])), 2)])
        parts.append(_table([tr("Term"), tr("Coefficient"), tr("Std. error"), tr("z"), tr("p"), tr("Relative risk")],
                            rows, [False, True, True, True, True, True]))
        extra = [[_e(tr("Log-likelihood")), _num(f.loglik, 1)], [_e(tr("BIC")), _num(f.bic, 1)], [_e(tr("Cells")), _num(f.n)]]
        if family == NEGATIVE_BINOMIAL:
            extra.append([_e(tr("Dispersion alpha")), _num(f.alpha, 4)])
        parts.append(_table([tr("Statistic"), tr("Value")], extra, [False, True]))
        steps = [[_e(tr("start (intercept only)") if s["added"] is None else "+ " + _term_label(s["added"])),
                  _num(s["bic"], 1)] for s in fit.steps]
        parts.append(_table([tr("Step"), tr("BIC")], steps, [False, True]))
    return "\n".join(parts)


def _term_label(term) -> str:
    if term.operationalisation == PROXIMITY:
        return tr("{} (within {} m)").format(term.factor_id, f"{term.scale_m:g}")
    return tr("{} (high density, bandwidth {} m)").format(term.factor_id, f"{term.scale_m:g}")


def write_report(path, result: TerrainResult, settings: Dict[str, str]) -> str:
    """Write the report atomically (a failed run never leaves half a report)."""
    return str(write_text_atomically(Path(path), build_report(result, settings)))
