"""The check in plain sentences, the pilot's rules of thumb ("3 schools within 300 m"),
in the report's language. Facts only: no sentence approves, refuses or recommends."""

import math
from typing import Callable, List, Optional

from ..categories import fold_category
from .facts import ApplicationFacts
from .language import number


def _words(tr) -> dict:
    """Singular and plural of the usual categories, by folded category."""
    pairs = {
        "school": (tr("school"), tr("schools")),
        "youth_centre": (tr("youth centre"), tr("youth centres")),
        "playground": (tr("playground"), tr("playgrounds")),
        "park": (tr("park"), tr("parks")),
        "church": (tr("church"), tr("churches")),
        "community_centre": (tr("community centre"), tr("community centres")),
        "health_centre": (tr("health centre"), tr("health centres")),
        "on_premise": (tr("on-premise outlet"), tr("on-premise outlets")),
        "off_premise": (tr("off-premise outlet"), tr("off-premise outlets")),
        "occasional": (tr("occasional licence"), tr("occasional licences")),
        "unknown": (tr("outlet of another kind"), tr("outlets of another kind")),
    }
    return {fold_category(key): value for key, value in pairs.items()}


def counted(tr, category: str, count: int) -> str:
    """"3 schools", "1 playground"; a category without a translation is written as in the layer."""
    words = _words(tr).get(fold_category(category))
    if words is None:
        name = str(category).replace("_", " ").strip() or tr("place")
        return f"{count} {name}"
    return f"{count} {words[0] if count == 1 else words[1]}"


def category_name(tr, category: str) -> str:
    words = _words(tr).get(fold_category(category))
    return words[0] if words else str(category).replace("_", " ")


def risk_class_name(tr, name: str) -> str:
    names = {"very low": tr("very low"), "low": tr("low"), "moderate": tr("moderate"), "high": tr("high"),
             "very high": tr("very high")}
    return names.get(name, name)


def _listing(tr, counts: dict, index: int) -> List[str]:
    return [counted(tr, category, values[index]) for category, values in counts.items() if values[index]]


def ordinal(rank: int, language: str) -> str:
    if language == "es":
        return f"{rank}.º"
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def sentences(facts: ApplicationFacts, tr: Callable[[str], str], language: str,
              community_label: Optional[str] = None) -> List[str]:
    """The rules of thumb, one sentence each, in the order the board reads them."""
    out = []
    for i, distance in enumerate(facts.distances):
        youth = _listing(tr, facts.youth, i)
        d = number(distance, 0, language)
        if youth:
            out.append(tr("{} within {} m.").format(", ".join(youth), d))
        else:
            out.append(tr("No school or youth place within {} m.").format(d))
    if facts.youth_nearest is not None:
        near = facts.youth_nearest
        out.append(tr("The nearest school or youth place is {} ({}), {} m away.").format(
            near.name or tr("unnamed"), category_name(tr, near.category), number(near.distance_m, 0, language)))
    for i, distance in enumerate(facts.distances):
        d = number(distance, 0, language)
        total = facts.outlets_total[i]
        kinds = _listing(tr, facts.outlets, i)
        if total:
            out.append(tr("{} licensed outlets already within {} m ({}); with this one {}: {} instead of {} "
                          "outlets per km² around the site.").format(
                total, d, ", ".join(kinds), total + 1, number(facts.density_with[i], 1, language),
                number(facts.density_now[i], 1, language)))
        else:
            out.append(tr("No licensed outlet within {} m; this one would be the first ({} outlets per km² "
                          "around the site).").format(d, number(facts.density_with[i], 1, language)))
    community = facts.community
    if community is not None:
        name = community.name or community_label or tr("The community")
        now = ordinal(community.rank_now, language)
        later = ordinal(community.rank_with, language)
        if community.level_now:
            out.append(tr("{} ranks {} of {} communities by risk (typical risk: {}).").format(
                name, now, community.communities, risk_class_name(tr, community.level_now)))
        else:
            out.append(tr("{} ranks {} of {} communities by outlet density.").format(name, now, community.communities))
        if community.rank_with != community.rank_now or community.level_with != community.level_now:
            level = risk_class_name(tr, community.level_with) if community.level_with else "-"
            out.append(tr("Counting this outlet it would rank {} (typical risk: {}).").format(later, level))
        else:
            out.append(tr("Counting this outlet it would keep its rank."))
        if math.isfinite(community.per_1000_now):
            out.append(tr("{} has {} licensed outlets per 1,000 residents; with this one {}.").format(
                name, number(community.per_1000_now, 2, language), number(community.per_1000_with, 2, language)))
    cell = facts.cell
    if cell is not None and cell.class_now:
        if cell.class_with:
            out.append(tr("The site lies in a cell of {} risk (risk score {}); with this outlet: {} risk ({}).").format(
                risk_class_name(tr, cell.class_now), number(cell.score_now, 2, language),
                risk_class_name(tr, cell.class_with), number(cell.score_with, 2, language)))
            out.append(tr("{} of the {} cells of the risk grid would change risk class.").format(
                cell.changed_cells, cell.cells))
        else:
            out.append(tr("The site lies in a cell of {} risk (risk score {}).").format(
                risk_class_name(tr, cell.class_now), number(cell.score_now, 2, language)))
    if cell is not None and cell.hot_spot is not None:
        if cell.hot_spot >= 2:
            out.append(tr("The site is in a hot spot of the risk grid (Gi*, {}% confidence).").format(
                {2: 95, 3: 99}[min(cell.hot_spot, 3)]))
        elif cell.hot_spot <= -2:
            out.append(tr("The site is in a cold spot of the risk grid (Gi*)."))
        else:
            out.append(tr("The site is not in a significant hot spot of the risk grid (Gi*)."))
    return out


def closing_note(tr) -> str:
    return tr("These are facts for the licensing board, not a recommendation: the decision is the board's. "
              "Places protected for safety (shelters and similar) are never shown or counted.")
