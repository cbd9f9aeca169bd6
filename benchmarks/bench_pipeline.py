"""The Belmopan sample (synthetic) through infosegura:runanalysis, end to end: the
licence register workbook to the results folder (and the bundle, atlas and public
export when those algorithms are installed), with the time of each step; then how long
a cancel takes to stop the run at several points of it.

The target is the register file to the bundle (the analysis and exportbundle); the atlas
and the public export come after it and are timed too.

Exit status 1 when a check fails: register to bundle > 10 s, a cancel taking > 1 s to
stop, or the run's results missing.
"""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback  # noqa: E402

TARGET_S = 10.0
CANCEL_TARGET_S = 1.0
CANCEL_POINTS = (5.0, 20.0, 45.0, 60.0, 80.0, 95.0)
SAMPLE = ROOT / "resources" / "sample"


def start_qgis():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from infosegura_plugin.processing.provider import InfoSeguraProvider

    provider = InfoSeguraProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def parameters(gpkg, folder):
    layer = f"{gpkg}|layername=" + "{}"
    return {
        "REGISTER": str(SAMPLE / "licence_register.xlsx"), "REFERENCE_DATE": "2026-01-01",
        "STREETS": layer.format("streets"), "AREAS": layer.format("neighbourhoods"),
        "LANDMARKS": layer.format("landmarks"), "MILE_MARKERS": layer.format("mile_markers"),
        "ASSETS": layer.format("community_assets"), "STUDY_AREA": layer.format("city_boundary"),
        "OUTPUT_FOLDER": str(folder),
    }


class StepClock(QgsProcessingFeedback):
    """Times the steps from the pipeline's "Step i of n: ..." messages."""

    def __init__(self):
        super().__init__()
        self.steps, self._current, self._started = [], None, time.perf_counter()
        self.begun = self._started
        self.bundle_done = None

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        if info.startswith("Step "):
            self._close()
            self._current, self._started = info.split(": ", 1)[-1], time.perf_counter()
        elif info == "Summary":
            self._close()
            self._current = None

    def _close(self):
        if self._current is not None:
            now = time.perf_counter()
            self.steps.append((self._current, now - self._started))
            if "bundle" in self._current:
                self.bundle_done = now - self.begun


class CancelAt(QgsProcessingFeedback):
    def __init__(self, percent):
        super().__init__()
        self.percent, self.canceled_at = percent, None
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if self.canceled_at is None and value >= self.percent:
            self.canceled_at = time.perf_counter()
            self.cancel()


def main():
    import processing

    print(f"machine load average (1, 5, 15 min): {', '.join(f'{v:.2f}' for v in os.getloadavg())} "
          f"on {os.cpu_count()} cores")
    _app, _provider = start_qgis()
    work = Path(tempfile.mkdtemp(prefix="bench_pipeline_"))
    gpkg = Path(shutil.copy(SAMPLE / "belmopan.gpkg", work / "belmopan.gpkg"))
    registry = QgsApplication.processingRegistry()
    sharing = [a for a in ("infosegura:exportbundle", "infosegura:printatlas", "infosegura:publicexport")
               if registry.algorithmById(a) is not None]
    print(f"Belmopan sample (synthetic): infosegura:runanalysis, register workbook -> results folder"
          f"{' + ' + ', '.join(sharing) if sharing else ' (bundle/atlas/public export not installed)'}")
    failures = []
    clock = StepClock()
    started = time.perf_counter()
    results = processing.run("infosegura:runanalysis", parameters(gpkg, work / "results"), feedback=clock)
    elapsed = time.perf_counter() - started
    for name, seconds in clock.steps:
        print(f"    {name:<40} {seconds:6.2f} s")
    files = sorted(p.name for p in (work / "results").iterdir())
    print(f"  rows {results['ROWS']}, matched {results['MATCHED']}, tied {results['TIED']}, "
          f"unmatched {results['UNMATCHED']}, conflicts {results['CONFLICTS']}; files: {', '.join(files)}")
    to_bundle = clock.bundle_done if clock.bundle_done is not None else elapsed
    label = "register file to bundle" if clock.bundle_done is not None else "register file to results (no bundle tool)"
    verdict = to_bundle <= TARGET_S
    print(f"  {label}: {to_bundle:.2f} s (<= {TARGET_S:.0f} s: {'PASS' if verdict else 'FAIL'}); the whole run "
          f"{elapsed:.2f} s; load average now {os.getloadavg()[0]:.2f}")
    if not verdict:
        failures.append("pipeline time")
    if "infosegura_results.gpkg" not in files or not results["MATCHED"]:
        failures.append("pipeline results")

    print("  cancel: time from the cancel to the run stopping")
    for percent in CANCEL_POINTS:
        feedback = CancelAt(percent)
        folder = work / f"cancel_{percent:g}"
        try:
            processing.run("infosegura:runanalysis", parameters(gpkg, folder), feedback=feedback)
            print(f"    at {percent:4.0f} %: the run finished before reaching it")
            continue
        except QgsProcessingException:
            stopped = time.perf_counter()
        latency = stopped - feedback.canceled_at if feedback.canceled_at else float("nan")
        ok = latency <= CANCEL_TARGET_S
        print(f"    at {percent:4.0f} %: stopped in {latency:.3f} s ({'PASS' if ok else 'FAIL'})")
        if not ok:
            failures.append(f"cancel at {percent:g} %")
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("FAILED: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    _status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_status or 0)  # skip PyQt/QGIS teardown, which can crash once the work is done
