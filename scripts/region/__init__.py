"""Synthetic regions of Belize for the geocoding evaluation (issue 8, items 5 and 7).

Everything here is INVENTED: streets, neighbourhoods, landmarks, premises, people and
licences. Real town names (Orange Walk, San Ignacio...) are used only as labels on
invented street grids. The Belmopan sample (scripts/make_sample.py) shares no street,
area or landmark name with these regions, and nothing here reads the geocoder's parser:
addresses are written the way licensing clerks write them.

    sets.build_set("dev", folder)       the development region (tune on it)
    sets.build_set("test", folder)      the frozen test region (measure only)
    sets.build_national(folder)         >= 20 towns, >= 20,000 segments, 20,000-row register
"""
