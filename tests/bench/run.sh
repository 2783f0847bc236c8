#!/usr/bin/env bash
# Benchmarks: print figures, never pass or fail on them.
#   tests/bench/run.sh [BUILD_DIR]     (default build/ci; build it first)
# Startup of `lactation-kiosk --self-test` on the built-in pack, phase by phase from the launch,
# side by side with a minimal Qt Quick window (one Text) built in the same tree, under Xvfb with
# the software renderer, medians, first frame and peak RSS as ratios; then the time to switch
# language and to open the groups screen; then
# the content feed: bytes per idle check and per one-file change, hashing speed, switch time;
# then room status: MQTT publish-to-model latency and memory over 100,000 state changes;
# then fleet status: lactation-pack fleet's time and memory over 5,000 kiosks;
# then reach: the cost a count adds to a touch, lactation-pack reach over 5,000 kiosks × 35 days;
# then kiosk mode: a soak of visits and pack switches, and idle CPU;
# then read-aloud: Listen to first sound, touch to silence, first frame with and without speech;
# then video slides without a GPU: CPU against gst-launch-1.0, first video frame, frames shown.
set -euo pipefail
build="${1:-build/ci}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

# Startup part by part, against the bare window, under Xvfb (tests/bench/startup.sh).
"$(dirname "$0")/startup.sh" "$build" 7
"$build/bin/kiosk_bench_ui" 2>/dev/null
# The content feed against a real nginx on loopback (needs nginx).
"$build/bin/kiosk_bench_feed" 2>/dev/null
# Live room status through a real Mosquitto broker (needs mosquitto).
"$build/bin/kiosk_bench_rooms" 2>/dev/null
# Fleet status: lactation-pack fleet over 5,000 kiosks' retained statuses (needs mosquitto).
"$build/bin/kiosk_bench_fleet" "${FLEET_KIOSKS:-5000}" 2>/dev/null
# What the campaign reached: a count's cost per touch; lactation-pack reach over 5,000 kiosks × 35
# closed days, from the broker, into an archive and from the archive alone (needs mosquitto).
"$build/bin/kiosk_bench_reach" "${REACH_KIOSKS:-5000}" 2>/dev/null
# Kiosk mode: a soak of simulated visits and pack switches (RSS growth), then idle CPU of the real
# kiosk on its home screen with the attract loop off, over 60 s. The soak's size can be set with
# SOAK_VISITS and SOAK_SWITCHES (default 10000 and 200; the default run takes a while).
"$build/bin/kiosk_bench_soak" "${SOAK_VISITS:-10000}" "${SOAK_SWITCHES:-200}" 2>/dev/null
idle_dir=$(mktemp -d)
printf '[kiosk]\nattract = false\nidle_seconds = 3600\n' > "$idle_dir/kiosk.ini"
"$build/bin/lactation-kiosk" --windowed --config "$idle_dir/kiosk.ini" --state "$idle_dir/state" 2>/dev/null &
kiosk_pid=$!
sleep 5
ticks() { awk '{print $14 + $15}' "/proc/$kiosk_pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks); sleep 60; after=$(ticks)
kill "$kiosk_pid"; wait "$kiosk_pid" 2>/dev/null || true
rm -rf "$idle_dir"
echo "idle CPU on the home screen, attract loop off, over 60 s: $(awk "BEGIN{printf \"%.2f\", ($after-$before)*100/($hz*60)}")% of one core (target under 1%)"
# Read-aloud through the rig's own PulseAudio null sink and speech-dispatcher (needs pulseaudio,
# speech-dispatcher and espeak-ng).
"$build/bin/kiosk_bench_speech" 2>/dev/null
# Video slides on a kiosk without a GPU, under Xvfb and cage, against gst-launch-1.0 (bench_video.sh
# says which GStreamer plugins it needs beyond the kiosk's own).
"$(dirname "$0")/bench_video.sh" "$build"
