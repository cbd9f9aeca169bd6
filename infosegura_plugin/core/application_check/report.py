"""Assemble the board's page from the facts: the same title, table and sentences in the
PDF and in the HTML summary, in the language asked for."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from .facts import ApplicationFacts, Places
from .language import number, report_tr
from .report_html import build_html, write_text_atomically
from .report_pdf import build_page, export_pdf, private_project, render_map_png
from .sentences import category_name, closing_note, counted, risk_class_name, sentences
from .surroundings import (
    clipped_copy,
    lines_layer,
    map_extent,
    outline_layer,
    places_layer,
    places_near,
    rings_layer,
    site_layer,
)


@dataclass
class Application:
    """What the board was asked for."""

    premises: str = ""
    category: str = "on_premise"
    licence_class: str = ""
    address: str = ""
    placed_how: str = ""            # "clicked on the map" / "geocoded: ..." (already in the language)
    reference: str = ""
    date: dt.date = field(default_factory=dt.date.today)


@dataclass
class Background:
    """Optional layers drawn under the check (Processing sources or layers)."""

    risk_grid: object = None
    streets: object = None
    communities: object = None
    community_name_field: Optional[str] = None


def _title_and_subtitle(application: Application, facts: ApplicationFacts, tr, language: str):
    title = tr("Licence application check")
    if application.premises:
        title += f": {application.premises}"
    kind = category_name(tr, application.category)
    parts = [tr("Proposed: {}").format(kind + (f" ({application.licence_class})" if application.licence_class else ""))]
    if application.address:
        parts.append(tr("Address: {}").format(application.address))
    parts.append(tr("Location: {} E, {} N").format(number(facts.x, 0, language), number(facts.y, 0, language))
                 + (f" ({application.placed_how})" if application.placed_how else ""))
    if application.reference:
        parts.append(tr("Reference: {}").format(application.reference))
    parts.append(tr("Checked on {}").format(application.date.isoformat()))
    return title, " \u00b7 ".join(parts)


def table(facts: ApplicationFacts, tr, language: str):
    """Header and rows: what lies within each distance."""
    header = [""] + [tr("within {} m").format(number(d, 0, language)) for d in facts.distances]
    rows = []
    for category, counts in facts.youth.items():
        rows.append([category_name(tr, category).capitalize()] + [str(c) for c in counts])
    if not facts.youth:
        rows.append([tr("Schools and youth places")] + ["0"] * len(facts.distances))
    for category, counts in facts.outlets.items():
        rows.append([category_name(tr, category).capitalize()] + [str(c) for c in counts])
    rows.append([tr("Licensed outlets, all")] + [str(n) for n in facts.outlets_total])
    rows.append([tr("Outlets per km², now")] + [number(v, 1, language) for v in facts.density_now])
    rows.append([tr("Outlets per km², with this one")] + [number(v, 1, language) for v in facts.density_with])
    return header, rows


def write_reports(facts: ApplicationFacts, application: Application, youth: Places, outlets: Places, crs,
                  language: str, pdf_path: Optional[str], html_path: Optional[str],
                  background: Optional[Background] = None):
    """Write the PDF and/or the HTML; returns ``(pdf, html, sentences)`` (paths None when not asked)."""
    tr = report_tr(language)
    background = background or Background()
    title, subtitle = _title_and_subtitle(application, facts, tr, language)
    said = sentences(facts, tr, language)
    closing = closing_note(tr)
    footer = tr("Prepared with InfoSegura (QGIS), offline. Distances are straight lines from the proposed site.")
    header, rows = table(facts, tr, language)

    extent = map_extent(facts.x, facts.y, facts.distances)
    reach = max(facts.distances) * 1.7
    layers = [
        site_layer(facts.x, facts.y, crs, tr("Proposed premises"), application.premises),
        places_layer(places_near(youth, facts.x, facts.y, reach), crs, extent, tr("Schools and youth places"), tr,
                     "youth"),
        places_layer(places_near(outlets, facts.x, facts.y, reach), crs, extent, tr("Licensed outlets"), tr,
                     "outlets"),
        rings_layer(facts.x, facts.y, facts.distances, crs, tr("Distances"),
                    lambda d: tr("{} m").format(number(d, 0, language))),
    ]
    grid_layer = clipped_copy(background.risk_grid, extent, crs, tr("Risk class of the grid"), "risk_grid", 0.45,
                              fields=["risk_class"])
    if grid_layer is not None and hasattr(grid_layer.renderer(), "categories"):
        renderer = grid_layer.renderer()
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, risk_class_name(tr, str(category.value())).capitalize())
    for extra in (
        outline_layer(background.communities, extent, crs, tr("Communities"), background.community_name_field),
        lines_layer(background.streets, extent, crs, tr("Streets")),
        grid_layer,
    ):
        if extra is not None:
            layers.append(extra)

    pdf = html = None
    project = private_project(layers, crs)
    if pdf_path:
        layout = build_page(project, title, subtitle, layers, extent, crs, header, rows, said, closing, footer, tr)
        pdf = export_pdf(layout, pdf_path)
        del layout
    if html_path:
        legend = [tr("star: proposed premises"), tr("blue squares: schools and youth places"),
                  tr("circles and triangles: licensed outlets"), tr("dashed rings: distances")]
        if grid_layer is not None:
            legend.append(tr("hexagons: risk class of the grid, from pale (very low) to dark (very high)"))
        page = build_html(language, title, subtitle, render_map_png(layers, extent, crs), legend, header, rows,
                          tr("Within each distance"), tr("At a glance"), said, closing, footer)
        html = write_text_atomically(html_path, page)
    project.clear()
    return pdf, html, said


__all__ = ["Application", "Background", "counted", "table", "write_reports"]
