"""`make setup` picks the Debian package names of the machine's release."""

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "system_packages.sh"


def packages(codename, path=None):
    env = dict(os.environ, DEBIAN_CODENAME=codename)
    if path is not None:
        env["PATH"] = path
    return subprocess.run(["/bin/bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("codename, postgis", [("bookworm", "postgresql-15-postgis-3"),
                                               ("trixie", "postgresql-17-postgis-3")])
def test_known_releases_get_their_own_postgresql(codename, postgis):
    done = packages(codename)
    assert done.returncode == 0, done.stderr
    names = done.stdout.split()
    assert postgis in names and len([n for n in names if n.startswith("postgresql-")]) == 1
    assert {"qgis", "python3-qgis", "python3-shapely", "xvfb", "qttools5-dev-tools"} <= set(names)


def test_an_unknown_release_without_apt_is_refused_clearly(tmp_path):
    done = packages("hamm", path=str(tmp_path))  # no apt-cache to ask
    assert done.returncode == 1
    assert "unknown release 'hamm'" in done.stderr and "scripts/system_packages.sh" in done.stderr


def test_this_machine_gets_a_postgis_package():
    done = packages("")
    assert done.returncode == 0, done.stderr
    assert any(name.startswith("postgresql-") and name.endswith("-postgis-3") for name in done.stdout.split())
