#!/usr/bin/env bash
# Print the Debian packages InfoSegura needs on this machine, one line, by release.
#
# The names differ between releases (PostgreSQL 15 on bookworm, 17 on trixie). A known
# release uses its table; another Debian/Ubuntu release asks apt which PostgreSQL its
# `postgresql` package depends on. Fails with a clear message when neither works.
set -euo pipefail

COMMON="qgis python3-qgis python3-shapely python3-venv qgis-providers xvfb xauth imagemagick
pyqt5-dev-tools qttools5-dev-tools zip poppler-utils"

codename="${DEBIAN_CODENAME:-}"
if [ -z "$codename" ] && [ -r /etc/os-release ]; then
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
fi

case "$codename" in
  bookworm) postgis="postgresql-15-postgis-3" ;;   # Debian 12: QGIS 3.22 LTR
  trixie)   postgis="postgresql-17-postgis-3" ;;   # Debian 13: QGIS 3.40 LTR
  *)
    # Unknown release: the PostgreSQL version its default `postgresql` package pulls in.
    major=""
    if command -v apt-cache >/dev/null; then
      if ! apt-cache show postgresql >/dev/null 2>&1; then
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        $SUDO apt-get update -qq >&2 || true
      fi
      major="$(apt-cache depends postgresql 2>/dev/null \
               | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1)"
    fi
    if [ -z "$major" ] || ! apt-cache show "postgresql-$major-postgis-3" >/dev/null 2>&1; then
      echo "make setup: unknown release '${codename:-?}' (from /etc/os-release) and apt has no" \
           "postgresql-N-postgis-3 for it. Supported: Debian 12 bookworm, Debian 13 trixie;" \
           "add the release to scripts/system_packages.sh." >&2
      exit 1
    fi
    postgis="postgresql-$major-postgis-3"
    ;;
esac

echo $COMMON "$postgis"
