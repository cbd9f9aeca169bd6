"""The review panel: settle tied, unmatched and low-score geocoded rows on the map.

Split as list (``review_model``), filter (``review_filter``), map highlights
(``candidate_markers``), edits (``review_edits``), map tool (``place_tool``) and the
dock that wires them (``review_dock``).
"""
