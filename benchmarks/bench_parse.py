"""Address parsing throughput: parse_address on the sample register's addresses.

Uses resources/sample/licence_register.csv (Windows-1252) when it exists, else the
parser test cases; repeats them to 20,000 addresses. Prints addresses per second, cold
(parser caches cleared before the run) and warm (the same addresses again: registers
repeat addresses, and the cache is part of the design). Exits 1 only on a crash.
"""

import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from infosegura_plugin.core.addresses import (  # noqa: E402
    address_part,
    landmark_nouns,
    normalise,
    parse_address,
    parser,
    street_name_score,
)

REGISTER = ROOT / "resources" / "sample" / "licence_register.csv"
TARGET = 20_000


def sample_addresses():
    if REGISTER.exists():
        with REGISTER.open(encoding="cp1252", newline="") as handle:
            rows = list(csv.DictReader(handle))
        return "sample register", [row.get("Address") or "" for row in rows]
    sys.path.insert(0, str(ROOT / "tests"))
    from addresses.address_cases import CASES

    return "parser test cases (no sample register yet)", [text or "" for text, _ in CASES]


def clear_caches():
    for function in (parser._parse, address_part.read_part, normalise.normalise_text,
                     normalise.normalise_street_name, landmark_nouns.canonical_landmark):
        function.cache_clear()


def unique_variants(addresses, count):
    """``count`` distinct strings (trailing spaces added) so the whole-address cache cannot help."""
    n = len(addresses)
    return [addresses[i % n] + " " * (i // n) for i in range(count)]


def rate(addresses):
    started = time.perf_counter()
    for text in addresses:
        parse_address(text)
    return len(addresses) / (time.perf_counter() - started)


def main():
    source, addresses = sample_addresses()
    repeated = (addresses * (TARGET // max(len(addresses), 1) + 1))[:TARGET]
    print(f"source: {source}, {len(addresses)} distinct addresses, repeated to {len(repeated)}")
    clear_caches()
    cold = rate(repeated)
    warm = rate(repeated)
    clear_caches()
    distinct = rate(unique_variants(addresses, TARGET))  # every string new: no whole-address cache hits
    print(f"parse_address, cold caches then repeats: {cold:,.0f} addresses/s")
    print(f"parse_address, warm cache:               {warm:,.0f} addresses/s")
    print(f"parse_address, {TARGET:,} distinct strings:   {distinct:,.0f} addresses/s")
    print(f"target >= 20,000 addresses/s: {'met' if min(cold, distinct) >= 20_000 else 'NOT met'}")
    kinds = Counter(parse_address(a).kind for a in addresses)
    print("kinds:", dict(kinds))

    streets = sorted({s for a in addresses for s in parse_address(a).streets})[:80]
    pairs = [(a, b) for a in streets for b in streets]
    street_name_score.cache_clear()
    started = time.perf_counter()
    for a, b in pairs:
        street_name_score(a, b)
    print(f"street_name_score: {len(pairs) / (time.perf_counter() - started):,.0f} pairs/s "
          f"({len(streets)} street names)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # noqa: BLE001 - a crash is the only failure
        print(f"bench_parse crashed: {error!r}")
        sys.exit(1)
