#!/usr/bin/env bash
# Builds the Debian package with CPack and checks it without installing it on this system:
# control fields and contents (dpkg-deb -I / -c), dependencies resolvable by apt (simulated),
# then an extraction into a scratch root (dpkg -x) where the extracted threatbench-cli prints
# its version and derives the installed example. Desktop files, AppStream metainfo and the
# man page are validated when the validators are installed; lintian errors fail the run.
#
#   bash packaging/test-deb.sh            build tree: build/pkg (Release, no tests)
#   BUILD=/path/to/tree bash packaging/test-deb.sh
#
# Environment: JOBS=N build parallelism; LINTIAN=0 skips lintian.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD:-$ROOT/build/pkg}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
APP_ID=io.github.threatbench.Threatbench

log() { printf '\n==> %s\n' "$*"; }
die() {
    printf 'test-deb.sh: %s\n' "$*" >&2
    exit 1
}
has() { command -v "$1" >/dev/null 2>&1; }

for tool in cmake cpack dpkg-deb dpkg; do
    has "$tool" || die "$tool is missing (apt-get install cmake dpkg-dev)"
done

if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
    log "Configuring $BUILD (Release, no tests)"
    generator=()
    has ninja && generator=(-G Ninja)
    cmake -S "$ROOT" -B "$BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DTHREATBENCH_BUILD_TESTS=OFF
fi
log "Building $BUILD ($JOBS jobs)"
cmake --build "$BUILD" -j "$JOBS"

log "Packaging with cpack"
rm -f "$BUILD"/threatbench_*.deb
(cd "$BUILD" && cpack -G DEB)
debs=("$BUILD"/threatbench_*.deb)
[[ -f "${debs[0]}" ]] || die "cpack wrote no threatbench_*.deb in $BUILD"
DEB="${debs[0]}"
VERSION="$(dpkg-deb -f "$DEB" Version)"

log "dpkg-deb -I $(basename "$DEB")"
dpkg-deb -I "$DEB"
for field in Package Version Architecture Maintainer Depends Section Description; do
    [[ -n "$(dpkg-deb -f "$DEB" "$field")" ]] || die "control field $field is empty"
done
[[ "$(dpkg-deb -f "$DEB" Package)" == threatbench ]] || die "package is not named threatbench"
dpkg-deb -f "$DEB" Depends | grep -q 'libqt6core6' || die "Depends does not name Qt (shlibdeps)"

log "dpkg-deb -c $(basename "$DEB")"
contents="$(dpkg-deb -c "$DEB")"
printf '%s\n' "$contents" | awk '{print $1, $6}' | head -n 40
printf '... %s entries\n' "$(printf '%s\n' "$contents" | wc -l)"
for path in \
    ./usr/bin/threatbench \
    ./usr/bin/threatbench-cli \
    ./usr/share/threatbench/templates/stride/ \
    ./usr/share/threatbench/templates/examples/smart-door-lock.threatbench.json \
    "./usr/share/applications/$APP_ID.desktop" \
    "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "./usr/share/mime/packages/$APP_ID.xml" \
    "./usr/share/metainfo/$APP_ID.metainfo.xml" \
    ./usr/share/man/man1/threatbench-cli.1.gz \
    ./usr/share/man/man1/threatbench.1.gz \
    ./usr/share/doc/threatbench/copyright \
    ./usr/share/doc/threatbench/changelog.gz; do
    printf '%s\n' "$contents" | awk '{print $6}' | grep -qxF "$path" || die "missing from the package: $path"
done
if printf '%s\n' "$contents" | awk '{print $2}' | grep -qv '^root/root$'; then
    die "files not owned by root/root"
fi

if has apt-get; then
    log "Resolving the package's dependencies with apt (simulation, nothing installed)"
    apt-get install --simulate --no-install-recommends "$DEB" >/dev/null \
        || die "apt cannot satisfy the package's dependencies here"
fi

SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
log "Extracting into the scratch root $SCRATCH (dpkg -x)"
dpkg -x "$DEB" "$SCRATCH/root"
CLI="$SCRATCH/root/usr/bin/threatbench-cli"
SHARE="$SCRATCH/root/usr/share"

log "Running the extracted threatbench-cli"
version_line="$("$CLI" --version)"
printf '%s\n' "$version_line"
[[ "$version_line" == "threatbench-cli $VERSION" ]] || die "--version says '$version_line', the package $VERSION"
"$CLI" import "$SHARE/threatbench/templates/examples/smart-door-lock.threatbench.json" \
    -o "$SCRATCH/lock.threatbench" >/dev/null
derived="$("$CLI" derive "$SCRATCH/lock.threatbench")"
printf '%s\n' "$derived"
threats="$(printf '%s\n' "$derived" | sed -n 's/^Derived \([0-9]*\) threats.*/\1/p')"
[[ "${threats:-0}" -gt 0 ]] || die "derive from the installed example produced no threats"
"$CLI" check "$SCRATCH/lock.threatbench" >/dev/null || [[ $? -eq 1 ]] \
    || die "check failed to run from the installed files"

log "Validating the desktop integration files"
if has appstreamcli; then
    appstreamcli validate --no-net "$SHARE/metainfo/$APP_ID.metainfo.xml"
else
    printf 'appstreamcli not installed: metainfo not validated\n'
fi
if has desktop-file-validate; then
    desktop-file-validate "$SHARE/applications/$APP_ID.desktop" && printf 'desktop file: ok\n'
else
    printf 'desktop-file-validate not installed: desktop file not validated\n'
fi
if has xmllint; then
    xmllint --noout "$SHARE/mime/packages/$APP_ID.xml" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    printf 'mime XML and SVG icon: well-formed\n'
fi
if has man; then
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$SHARE/man/man1/threatbench-cli.1.gz" 2>&1 >/dev/null || true)"
    [[ -z "$warnings" ]] || die "man page warnings: $warnings"
    printf 'man page: renders without warnings\n'
fi

if [[ "${LINTIAN:-1}" != 0 ]] && has lintian; then
    log "lintian $(basename "$DEB")"
    lintian_out="$(lintian --tag-display-limit 0 "$DEB" 2>&1 || true)"
    printf '%s\n' "${lintian_out:-(no tags)}"
    if printf '%s\n' "$lintian_out" | grep -q '^E: '; then
        die "lintian reports errors"
    fi
elif [[ "${LINTIAN:-1}" != 0 ]]; then
    printf '\nlintian not installed: skipped (apt-get install lintian)\n'
fi

log "Package OK: $DEB"
