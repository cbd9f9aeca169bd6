"""Which premises are new, closed, moved, changed class, renewed or unchanged between
two licence registers (any two periods).

Matching, in two passes, each premises at most once:

1. **Licence number** (compared without case, spaces and punctuation). When a number is
   on several rows (a re-entered row, a clash), the rows of that number pair up by the
   evidence score below. A number now held by a clearly different premises (name,
   address and licensee all unlike, and not within ``move_distance``) is no match.
2. **Name and address** for what is left (numbers change between years): the premises
   names are alike (``similarity`` >= 85 after ``normalise_text``: case, accents, "&",
   punctuation) and so is one more thing: the address (read by the geocoder's address
   parser, so "Ave."/"Avenue", Spanish street types and town tails do not matter), the
   licensee, or the place (within ``move_distance``).

Evidence score of a pair: the mean of the name similarity and the best of address,
licensee and place (100 within ``move_distance``). Pairs are taken best first.

Change of a matched pair, the first that holds:

* ``moved``: both placed more than ``move_distance`` apart and the addresses differ
  (beyond typos; a blank or junk address counts as differing); without a point on
  either side, the addresses differ;
* ``class_changed``: the licence class differs (case, punctuation, "licence" ignored);
* ``renewed``: the licence number, issue date or expiry date differs;
* ``unchanged``: none of these (spelling of names or licensee may still differ:
  ``changed_fields`` lists every value that differs).

Unmatched old rows are ``closed``, unmatched new rows ``new``.

A row entered twice in one register (same licence number, same name and address) is one
premises: :func:`fold_duplicates` keeps its latest entry and counts the others.
"""

import math
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Sequence, Tuple

from ..addresses import similarity
from ..cancel import check_canceled
from .premises import COMPARED, Premises, distance

NEW = "new"
CLOSED = "closed"
MOVED = "moved"
CLASS_CHANGED = "class_changed"
RENEWED = "renewed"
UNCHANGED = "unchanged"
CHANGES = (NEW, CLOSED, MOVED, CLASS_CHANGED, RENEWED, UNCHANGED)

BY_LICENCE = "licence_id"
BY_NAME_ADDRESS = "name_address"
BY_NAME_LICENSEE = "name_licensee"
BY_NAME_PLACE = "name_place"

SIMILAR = 85.0          # two names, addresses or licensees are the same beyond typos
KEY_NAME_MIN = 60.0     # a shared licence number with names this unlike needs other evidence
FREQUENT_TOKEN = 50     # name words this common are no use for finding candidates


@dataclass
class Change:
    change: str
    old: Optional[Premises] = None
    new: Optional[Premises] = None
    matched_by: str = ""
    score: Optional[float] = None
    distance_m: Optional[float] = None
    changed_fields: List[str] = field(default_factory=list)
    duplicates: int = 0     # rows entered more than once for this premises (both registers)

    @property
    def premises(self) -> Premises:
        return self.new if self.new is not None else self.old


@dataclass(frozen=True)
class _Evidence:
    name: float
    address: float
    licensee: float
    near: bool
    distance_m: Optional[float]

    @property
    def score(self) -> float:
        return (self.name + max(self.address, self.licensee, 100.0 if self.near else 0.0)) / 2.0


def _similar(a: str, b: str) -> float:
    return similarity(a, b) if a and b else 0.0


def _evidence(a: Premises, b: Premises, move_distance: float) -> _Evidence:
    d = distance(a, b)
    return _Evidence(_similar(a.name_key, b.name_key), _similar(a.place_key, b.place_key),
                     _similar(a.licensee_key, b.licensee_key), d is not None and d <= move_distance, d)


def _same_number_plausible(e: _Evidence) -> bool:
    return e.name >= KEY_NAME_MIN or e.address >= SIMILAR or e.licensee >= SIMILAR or e.near


def _fallback_rule(e: _Evidence) -> str:
    if e.name < SIMILAR:
        return ""
    if e.address >= SIMILAR:
        return BY_NAME_ADDRESS
    if e.near:
        return BY_NAME_PLACE
    if e.licensee >= SIMILAR:
        return BY_NAME_LICENSEE
    return ""


def _tokens(name_key: str) -> List[str]:
    words = [w for w in name_key.split() if len(w) >= 3]
    return sorted(set(words) | {w[:3] for w in words})


def _candidates(old: Sequence[Premises], new: Sequence[Premises], old_left, new_left, move_distance: float):
    """Pairs worth scoring: a shared name word (or its first three letters, so typos after
    them still meet), or places within ``move_distance``."""
    index: Dict[str, List[int]] = {}
    for j in new_left:
        for token in _tokens(new[j].name_key):
            index.setdefault(token, []).append(j)
    cell = max(move_distance, 1.0)
    buckets: Dict[Tuple[int, int], List[int]] = {}
    for j in new_left:
        if new[j].located:
            buckets.setdefault((math.floor(new[j].x / cell), math.floor(new[j].y / cell)), []).append(j)
    for i in old_left:
        found = set()
        for token in _tokens(old[i].name_key):
            hits = index.get(token, ())
            if len(hits) <= FREQUENT_TOKEN:
                found.update(hits)
        if old[i].located:
            cx, cy = math.floor(old[i].x / cell), math.floor(old[i].y / cell)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    found.update(buckets.get((cx + dx, cy + dy), ()))
        for j in sorted(found):
            yield i, j


def match_premises(old: Sequence[Premises], new: Sequence[Premises], move_distance: float,
                   feedback=None) -> List[Tuple[int, int, str, _Evidence]]:
    """``(old index, new index, matched_by, evidence)`` for every matched pair."""
    matches = []
    old_free, new_free = set(range(len(old))), set(range(len(new)))
    by_key_new: Dict[str, List[int]] = {}
    for j, p in enumerate(new):
        if p.key:
            by_key_new.setdefault(p.key, []).append(j)
    scored = []
    for i, p in enumerate(old):
        if i % 500 == 0:
            check_canceled(feedback)
        for j in by_key_new.get(p.key, ()) if p.key else ():
            e = _evidence(p, new[j], move_distance)
            if _same_number_plausible(e):
                scored.append((e.score, i, j, BY_LICENCE, e))
    matches += _take_best(scored, old_free, new_free)

    scored = []
    for count, (i, j) in enumerate(_candidates(old, new, sorted(old_free), sorted(new_free), move_distance)):
        if count % 2000 == 0:
            check_canceled(feedback)
        e = _evidence(old[i], new[j], move_distance)
        rule = _fallback_rule(e)
        if rule:
            scored.append((e.score, i, j, rule, e))
    matches += _take_best(scored, old_free, new_free)
    return matches


def _take_best(scored, old_free, new_free):
    taken = []
    for _score, i, j, rule, e in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i in old_free and j in new_free:
            old_free.discard(i)
            new_free.discard(j)
            taken.append((i, j, rule, e))
    return taken


def _differing(a: Premises, b: Premises, d: Optional[float], move_distance: float) -> List[str]:
    keys = {"licence_id": "key", "premises": "name_key", "licensee": "licensee_key", "address": "place_key",
            "licence_class": "class_key"}
    out = [name for name in COMPARED if getattr(a, keys.get(name, name)) != getattr(b, keys.get(name, name))]
    if d is not None and d > move_distance:
        out.append("place")
    return out


def classify_pair(a: Premises, b: Premises, move_distance: float) -> Tuple[str, Optional[float], List[str]]:
    """``(change, distance_m, changed_fields)`` of the same premises in two registers."""
    d = distance(a, b)
    addresses_differ = not (a.place_key and b.place_key) or similarity(a.place_key, b.place_key) < SIMILAR
    if d is not None:
        moved = d > move_distance and addresses_differ
    else:
        moved = bool(a.place_key and b.place_key) and addresses_differ
    fields = _differing(a, b, d, move_distance)
    if moved:
        change = MOVED
    elif a.class_key != b.class_key and a.class_key and b.class_key:
        change = CLASS_CHANGED
    elif a.key != b.key or not a.dates & b.dates:
        change = RENEWED
    else:
        change = UNCHANGED
    return change, d, fields


def fold_duplicates(records: Sequence[Premises]) -> Tuple[List[Premises], List[int]]:
    """The records without re-entered rows, and how many extra rows each kept one had.

    Rows with the same licence number whose names are alike and whose addresses are alike
    (or both blank) are one premises; the entry with the latest issue date is kept (the
    last one on equal dates)."""
    groups: Dict[str, List[int]] = {}
    for i, p in enumerate(records):
        if p.key:
            groups.setdefault(p.key, []).append(i)
    drop, extra, entries = set(), {}, {}
    for rows in groups.values():
        if len(rows) < 2:
            continue
        clusters: List[List[int]] = []
        for i in rows:
            for cluster in clusters:
                first = records[cluster[0]]
                same_place = (first.place_key == records[i].place_key
                              or _similar(first.place_key, records[i].place_key) >= SIMILAR)
                if _similar(first.name_key, records[i].name_key) >= SIMILAR and same_place:
                    cluster.append(i)
                    break
            else:
                clusters.append([i])
        for cluster in clusters:
            if len(cluster) > 1:
                keep = max(cluster, key=lambda i: (records[i].issued or "", i))
                extra[keep] = len(cluster) - 1
                entries[keep] = sorted({(records[i].issued, records[i].expiry) for i in cluster})
                drop.update(i for i in cluster if i != keep)
    kept = [i for i in range(len(records)) if i not in drop]
    out = []
    for i in kept:
        record = records[i]
        if i in entries:
            record = replace(record, entries=tuple(entries[i]))
        out.append(record)
    return out, [extra.get(i, 0) for i in kept]


def compare_registers(old: Sequence[Premises], new: Sequence[Premises], move_distance: float,
                      feedback=None) -> List[Change]:
    """Every premises once (re-entered rows folded, see :func:`fold_duplicates`): the new
    register's premises in its order, then the closed ones in the old register's order."""
    if not move_distance >= 0:
        raise ValueError("move_distance must be 0 or more")
    old, old_extra = fold_duplicates(old)
    new, new_extra = fold_duplicates(new)
    pairs = match_premises(old, new, move_distance, feedback)
    by_new = {j: (i, rule, e) for i, j, rule, e in pairs}
    matched_old = {i for i, _j, _r, _e in pairs}
    changes = []
    for j, b in enumerate(new):
        if j in by_new:
            i, rule, e = by_new[j]
            change, d, fields = classify_pair(old[i], b, move_distance)
            changes.append(Change(change, old[i], b, rule, round(e.score, 1), d, fields,
                                  old_extra[i] + new_extra[j]))
        else:
            changes.append(Change(NEW, None, b, duplicates=new_extra[j]))
    changes += [Change(CLOSED, a, None, duplicates=old_extra[i]) for i, a in enumerate(old) if i not in matched_old]
    return changes


def count_changes(changes: Sequence[Change]) -> Dict[str, int]:
    counts = {c: 0 for c in CHANGES}
    for item in changes:
        counts[item.change] += 1
    return counts
