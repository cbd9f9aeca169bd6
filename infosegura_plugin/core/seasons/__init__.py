"""Season to season: what changed between two licence registers, and how hot spots
emerge, persist or fade over several periods. Plain data and numpy; no widgets."""
