"""Per-index caches that do not keep their index alive.

``functools.lru_cache`` wrapped around a bound method and stored on the instance makes a
reference cycle (instance -> cache -> bound method -> instance): a street index of a
national layer (some 250,000 objects) is then freed only by the cyclic garbage
collector, in one long pause, instead of as soon as it is dropped. These caches are
plain dicts on the instance, filled through ``remembered``.
"""

_MISSING = object()


def remembered(cache: dict, key, compute, limit: int):
    """``cache[key]``, computed as ``compute(key)`` the first time; a full cache (``limit``
    answers) is emptied before a new answer goes in."""
    found = cache.get(key, _MISSING)
    if found is _MISSING:
        if len(cache) >= limit:
            cache.clear()
        found = cache[key] = compute(key)
    return found
