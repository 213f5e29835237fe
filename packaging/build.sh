#!/usr/bin/env bash
# Threatbench setup, build and run on Debian 12 (bookworm).
#
#   bash packaging/build.sh run         install what is missing, build (release), open the example
#   bash packaging/build.sh test        install what is missing, build (dev), run the test suite
#                                       and check the .deb built from it
#   bash packaging/build.sh asan        same as test, under AddressSanitizer + UBSan
#   bash packaging/build.sh screenshot  build (release), render the GUI under Xvfb to a PNG
#   bash packaging/build.sh package     build the .deb (build/pkg) and test it (packaging/test-deb.sh)
#
# Environment: CI=1 turns warnings into errors; JOBS=N overrides the build parallelism.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# What a fresh Debian 12 needs to build and test. qt6-base-dev pulls in the OpenGL/Vulkan headers
# Qt6Gui's CMake config wants (libgl-dev, libglx-dev, libopengl-dev, libvulkan-dev); they are
# listed anyway so a slimmed image still configures. libqt6svg6-dev is only a virtual name for
# qt6-svg-dev in bookworm, so it cannot be checked with dpkg-query and is not listed. Fonts:
# without any, offscreen rendering and the report tests draw no text. poppler-utils: pdftotext
# for the report tests. qt6-l10n-tools, qt6-tools-dev: lupdate/lrelease and their CMake config
# for the French translation.
BUILD_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-svg-dev libgl-dev libglx-dev libopengl-dev libvulkan-dev
    libboost-graph-dev libsqlite3-dev
    libyaml-dev
    qt6-l10n-tools qt6-tools-dev
    fonts-dejavu-core poppler-utils
)
# To show the GUI under X11 (xcb platform plugin); not needed by the headless paths.
GUI_PACKAGES=(qt6-qpa-plugins libxkbcommon-x11-0)
SCREENSHOT_PACKAGES=(xvfb xauth)

JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

log() { printf '\n==> %s\n' "$*"; }
die() {
    printf 'build.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*' (run as root, or install sudo)"
    fi
}

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# Installs only the packages that are missing; nothing is touched when all are present.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "No dpkg here: skipping package installation (install the Debian packages' equivalents yourself)"
        return 0
    fi
    local missing=() p
    for p in "$@"; do
        is_installed "$p" || missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "All ${#} required packages are installed"
        return 0
    fi
    log "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# configure_and_build PRESET [TARGET...]: no targets builds everything (tests included).
configure_and_build() {
    local preset="$1"
    shift
    local targets=()
    [[ $# -gt 0 ]] && targets=(--target "$@")
    local args=(--preset "$preset")
    # Ninja when present (it is in BUILD_PACKAGES). Through the environment, because CMake uses
    # it for new build trees only, so an existing tree keeps its generator.
    if [[ -z "${CMAKE_GENERATOR:-}" ]] && command -v ninja >/dev/null 2>&1; then
        export CMAKE_GENERATOR=Ninja
    fi
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    if [[ -n "${CI:-}" ]]; then
        args+=(-DTHREATBENCH_WERROR=ON)
    fi
    log "Configuring (preset $preset)"
    cmake "${args[@]}"
    log "Building (preset $preset, $JOBS jobs)"
    cmake --build --preset "$preset" -j "$JOBS" "${targets[@]}"
}

has_display() {
    [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]
}

run_example_headless() {
    local bin="$ROOT/build/release/app/cli/threatbench-cli"
    local src="$ROOT/templates/examples/smart-door-lock.threatbench.json"
    local outdir="$ROOT/build/release/example"
    local out="$outdir/smart-door-lock.threatbench"
    [[ -x "$bin" ]] || die "threatbench-cli was not built ($bin)"
    [[ -f "$src" ]] || die "example file missing: $src"
    mkdir -p "$outdir"
    # import refuses to overwrite a project file; a stale copy from an older run goes first.
    rm -f "$out" "$out.lock" "$out-journal" "$out-wal" "$out-shm"
    log "No display: importing the example project with the CLI"
    "$bin" import "$src" -o "$out"
    log "Deriving threats from the STRIDE library"
    "$bin" derive "$out"
    log "Project summary"
    "$bin" info "$out"
    log "CRA Annex I traceability (before any mitigation is accepted)"
    "$bin" cra "$out"
    log "EBIOS RM study, workshop by workshop"
    "$bin" ebios "$out"
    log "Risk register, highest inherent risk first (first 15 rows; all in build/release/example/risks.txt)"
    "$bin" risks "$out" >"$outdir/risks.txt"
    head -n 16 "$outdir/risks.txt"
    log "Writing the PDF risk register"
    "$bin" report "$out" -o "$outdir/smart-door-lock-risk-register.pdf"
    cat <<EOF

Done. Built the release tree in build/release/ and imported the example product, with its
derived threat register, from templates/examples/smart-door-lock.threatbench.json
  into: $out
and wrote its PDF risk register (threat register, CRA Annex I matrix, mitigation plan) to:
  $outdir/smart-door-lock-risk-register.pdf
Inspect it with:  build/release/app/cli/threatbench-cli threats $out
                  build/release/app/cli/threatbench-cli explain $out THREAT_ID
Open it in the GUI (on a machine with a display):  build/release/app/gui/threatbench $out
EOF
}

cmd_run() {
    if has_display; then
        ensure_packages "${BUILD_PACKAGES[@]}" "${GUI_PACKAGES[@]}"
    else
        ensure_packages "${BUILD_PACKAGES[@]}"
    fi
    configure_and_build release threatbench threatbench-cli
    if has_display; then
        log "Display found: starting threatbench --example"
        exec "$ROOT/build/release/app/gui/threatbench" --example
    fi
    run_example_headless
}

# run_tests PRESET
run_tests() {
    local preset="$1"
    ensure_packages "${BUILD_PACKAGES[@]}"
    configure_and_build "$preset"
    log "Running the test suite (preset $preset)"
    # Tests set QT_QPA_PLATFORM=offscreen themselves; --no-tests=error catches a broken glob.
    ctest --preset "$preset" -j "$JOBS" --no-tests=error
    log "All tests passed (preset $preset)"
    if [[ "$preset" == dev ]]; then
        # The .deb built from the same tree installs into a scratch root and works from there.
        # lintian is a manual step (bash packaging/build.sh package): too heavy for every run.
        BUILD="$ROOT/build/dev" LINTIAN=0 JOBS="$JOBS" bash "$ROOT/packaging/test-deb.sh"
    fi
}

cmd_screenshot() {
    local png="${1:-$ROOT/build/release/threatbench.png}"
    ensure_packages "${BUILD_PACKAGES[@]}" "${GUI_PACKAGES[@]}" "${SCREENSHOT_PACKAGES[@]}"
    configure_and_build release threatbench
    log "Rendering the GUI under Xvfb to $png"
    xvfb-run -a -s '-screen 0 1400x900x24' \
        "$ROOT/build/release/app/gui/threatbench" --example --screenshot "$png"
    log "Screenshot written: $png"
}

main() {
    local cmd="${1:-}"
    [[ $# -gt 0 ]] && shift
    case "$cmd" in
    run) cmd_run "$@" ;;
    test) run_tests dev ;;
    asan) run_tests asan ;;
    screenshot) cmd_screenshot "$@" ;;
    package)
        ensure_packages "${BUILD_PACKAGES[@]}" dpkg-dev
        exec bash "$ROOT/packaging/test-deb.sh"
        ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
}

main "$@"
