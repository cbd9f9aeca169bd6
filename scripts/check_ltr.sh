#!/usr/bin/env bash
# `make check-ltr`: run `make test` and `make demo` on the current QGIS LTR (QGIS 3.40 on
# Debian 13 trixie: Python 3.13, numpy 2.2, shapely 2.1, GDAL 3.10) in a chroot.
#
# The chroot is built once with debootstrap from the Debian mirror this machine's apt
# sources already use, then reused (`LTR_REBUILD=1` builds it anew). The working tree
# (tracked and untracked files, not ignored ones) is copied in on every run; the
# chroot's own .venv is kept between runs. Needs root (debootstrap, chroot, mounts).
# Not part of CI. Arguments: the make runs to do instead of `test demo`, one argument
# each (`scripts/check_ltr.sh test "demo LANG=es"`).
set -euo pipefail

SUITE="${LTR_SUITE:-trixie}"
ROOT="${LTR_CHROOT:-/var/cache/infosegura/ltr-$SUITE}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
DEST=/root/infosegura
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(test demo)

die() { echo "check-ltr: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts): sudo make check-ltr"

# The URI of the host's main Debian archive (and of its security archive): whatever entry
# in /etc/apt/sources.list(.d) serves the host's own release.
host_codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
apt_entries() {  # prints "URI SUITE" for every active deb entry
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    sed -n 's/^[[:space:]]*deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]\+\)[[:space:]]\+\([^[:space:]]\+\).*/\2 \3/p' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
         { types = ""; uris = ""; suites = ""; enabled = "yes"
           for (i = 1; i <= NF; i++) {
             line = $i; if (line ~ /^[[:space:]]*#/) continue
             if (line ~ /^Types:/) types = substr(line, 7)
             else if (line ~ /^URIs:/) uris = substr(line, 6)
             else if (line ~ /^Suites:/) suites = substr(line, 8)
             else if (line ~ /^Enabled:/) enabled = substr(line, 9)
           }
           if (types !~ /(^|[[:space:]])deb([[:space:]]|$)/ || enabled ~ /no/) next
           n = split(uris, u, " "); m = split(suites, s, " ")
           for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) print u[a], s[b] }' "$f"
  done
}
mirror="$(apt_entries | awk -v s="$host_codename" '$2 == s { print $1; exit }')"
security="$(apt_entries | awk -v s="$host_codename-security" '$2 == s { print $1; exit }')"
[ -n "$mirror" ] || die "no Debian mirror for '$host_codename' in /etc/apt/sources.list(.d)"

build_chroot() {
  command -v debootstrap >/dev/null || {
    echo "check-ltr: installing debootstrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  }
  echo "check-ltr: building a Debian $SUITE chroot in $ROOT (once; several minutes)"
  rm -rf "$ROOT.partial"
  mkdir -p "$(dirname "$ROOT")"
  debootstrap --variant=minbase --include=ca-certificates,make,git,python3,python3-venv \
    "$SUITE" "$ROOT.partial" "$mirror" >"$ROOT.debootstrap.log" 2>&1 \
    || { tail -20 "$ROOT.debootstrap.log" >&2; die "debootstrap failed (log: $ROOT.debootstrap.log)"; }
  {
    echo "deb $mirror $SUITE main"
    echo "deb $mirror $SUITE-updates main"
    if [ -n "$security" ]; then echo "deb $security $SUITE-security main"; fi
  } >"$ROOT.partial/etc/apt/sources.list"
  mv "$ROOT.partial" "$ROOT"
}

if [ "${LTR_REBUILD:-0}" = 1 ]; then rm -rf "$ROOT"; fi
[ -x "$ROOT/usr/bin/make" ] || build_chroot
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
# This machine's own trust anchors (a site or proxy CA added the Debian way) hold inside too.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/"
  chroot "$ROOT" update-ca-certificates >/dev/null 2>&1 || echo "check-ltr: update-ca-certificates failed" >&2
fi

# The working tree, fresh; the chroot's .venv (built for its Python) survives.
mkdir -p "$ROOT$DEST"
find "$ROOT$DEST" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
(cd "$SRC" && git ls-files -z --cached --others --exclude-standard \
   | xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh \
   | tar --null -T - -cf -) | tar -xf - -C "$ROOT$DEST"

# Private mounts in a new mount namespace: they vanish with it, even on failure.
exec unshare --mount --propagation private bash -c '
  set -euo pipefail
  root="$1"; dest="$2"; shift 2
  mount -t proc proc "$root/proc"
  mount -t sysfs sys "$root/sys"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs tmpfs "$root/dev/shm"
  mount -t tmpfs tmpfs "$root/tmp"
  chmod 1777 "$root/tmp" "$root/dev/shm"
  status=0
  for target in "$@"; do
    echo "check-ltr: make $target (inside Debian $(. "$root/etc/os-release" && echo "$VERSION_CODENAME"))"
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      bash -c "cd $dest && make $target" || { status=$?; echo "check-ltr: make $target FAILED ($status)"; break; }
    echo "check-ltr: make $target passed"
  done
  exit $status
' check-ltr "$ROOT" "$DEST" "${TARGETS[@]}"
