"""Build the synthetic unseen-town regions for the geocoding evaluation (issue 8).

Usage::

    .venv/bin/python scripts/make_region.py                 # dev + test into tests/data/regions/
    .venv/bin/python scripts/make_region.py --set national --out-dir build/regions/national
    .venv/bin/python scripts/make_region.py --set test --bulk --out-dir /tmp/test-bulk

Everything is SYNTHETIC (invented streets, places, premises and people; real town names
are labels on invented grids). Deterministic: a set's seed fixes every byte of content.
See docs/test_regions.md. The generator lives in scripts/region/.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.region.sets import build_bulk_register, build_national, build_set  # noqa: E402

DEFAULT_DIR = ROOT / "tests" / "data" / "regions"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=["dev", "test", "national", "all"], default="all",
                        help="which set to build (all = dev and test, the committed ones)")
    parser.add_argument("--out-dir", help="folder for one set (default: tests/data/regions/<set>)")
    parser.add_argument("--bulk", action="store_true", help="also write a 20,000-row register on the set's region")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = ["dev", "test"] if args.set == "all" else [args.set]
    if args.out_dir and len(names) > 1:
        parser.error("--out-dir needs one --set")
    for name in names:
        folder = Path(args.out_dir) if args.out_dir else (
            ROOT / "build" / "regions" / name if name == "national" else DEFAULT_DIR / name)
        started = time.perf_counter()
        manifest = build_national(folder) if name == "national" else build_set(name, folder)
        if args.bulk and name != "national":
            build_bulk_register(name, folder)
        print(f"{name:9} {len(manifest['towns'])} towns, {manifest['segments']:,} segments, "
              f"{manifest['register']['rows']:,} register rows -> {folder} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
