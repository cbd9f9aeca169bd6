"""`make bench`: runs every benchmarks/bench_*.py in its own process and prints figures.

Each bench script prints its own figures and ratios and exits non-zero when a check
(e.g. no row lost) fails. Pass names to run a subset: `benchmarks/run.py import geocode`.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv):
    wanted = set(argv)
    scripts = sorted(HERE.glob("bench_*.py"))
    if wanted:
        scripts = [s for s in scripts if s.stem[len("bench_"):] in wanted]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    failures = []
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(script)], env=env, cwd=HERE.parent)
        print(f"--- {script.stem}: {'ok' if code == 0 else 'FAILED'} in {time.perf_counter() - started:.1f} s", flush=True)
        if code:
            failures.append(script.stem)
    if failures:
        print("\nBenchmark checks failed: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
