#!/usr/bin/env bash
# Set up a Debian 12 machine for Lactation Kiosk, build it, and run it or its tests.
#
#   packaging/dev.sh run  [kiosk options]   install what is missing, build (dev), start the kiosk
#   packaging/dev.sh test                   install what is missing, build (ci, asan), run every test
#
# Run as root, or as a user with sudo, on Debian 12 (bookworm).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Debian packages the build, the kiosk and the tests need. Keep in step with README.md.
packages=(
    build-essential cmake ninja-build pkg-config git systemd
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-l10n-tools qt6-tools-dev
    qml6-module-qtquick qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qttest qml6-module-qtqml qml6-module-qtqml-models
    qt6-multimedia-dev qml6-module-qtmultimedia gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    gstreamer1.0-tools libgstreamer-plugins-base1.0-dev libsystemd-dev dpkg-dev file
    libqt6svg6 libical-dev libsodium-dev libmosquitto-dev tzdata fonts-dejavu-core
    fonts-noto-core fonts-noto-cjk libfontconfig-dev
    libqrencode-dev libyuv-dev zbar-tools cage xwayland grim qt6-wayland
    xvfb xauth xdotool dbus at-spi2-core python3-pyatspi
    nginx-light openssl mosquitto mosquitto-clients python3
    libqt6sql6-sqlite sqlite3 chromium
    qt6-speech-dev qml6-module-qttexttospeech qt6-speech-speechd-plugin
    speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "dev.sh: installing ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset="$1"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

command="${1:-}"
shift || true
case "$command" in
    run)
        install_missing
        build dev
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "dev.sh: no display here; starting the kiosk under Xvfb (stop it with Ctrl+C)"
            exec xvfb-run -a -s "-screen 0 1920x1080x24" build/dev/bin/lactation-kiosk --windowed "$@"
        fi
        exec build/dev/bin/lactation-kiosk --windowed "$@"
        ;;
    test)
        install_missing
        build ci
        ctest --preset ci
        # Again under AddressSanitizer and UBSan: memory errors and undefined behaviour fail the
        # run too (UBSAN_OPTIONS halt_on_error in the asan test preset; ubsan_stops_the_run).
        build asan
        ctest --preset asan
        ;;
    *)
        sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
