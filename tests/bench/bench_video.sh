#!/usr/bin/env bash
# Video slides on a kiosk without a GPU (prints figures, never fails on them):
#   tests/bench/bench_video.sh [BUILD_DIR]     (default build/ci)
# For a 720p and a 1080p VP8 clip, and a 720p H.264 MP4 where GStreamer can make and decode one
# (x264enc from gstreamer1.0-plugins-ugly, avdec_h264 from gstreamer1.0-libav): the kiosk's CPU
# over 15 s of its attract loop playing the clip at 1920x1080 and 1080x1920, under Xvfb and
# under cage (headless wlroots, pixman, as shipped), beside gst-launch-1.0 playing the same file
# scaled to the same size into a window of the same display server (ximagesink from
# gstreamer1.0-x, waylandsink from gstreamer1.0-plugins-bad); the time from the kiosk's start
# to its first video frame; and the frames a second it shows that differ from the one before.
# BENCH_RENDERERS="auto gl" also measures OpenGL on llvmpipe (Qt's default without the choice).
set -uo pipefail
build="$(cd "${1:-build/ci}" && pwd)"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
seconds=${BENCH_SECONDS:-15}
renderers="${BENCH_RENDERERS:-auto}"

for tool in gst-launch-1.0 gst-inspect-1.0 xvfb-run; do
    command -v "$tool" > /dev/null || { echo "video: $tool is missing; nothing measured"; exit 0; }
done
work=$(mktemp -d)
chmod 755 "$work"
cleanup() { pkill -P $$ 2> /dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Clips: 30 s of a moving test card at 30 frames a second.
make_clip() { # name width height
    local encode="vp8enc deadline=1 cpu-used=8 threads=2 target-bitrate=3000000 ! webmmux"
    local file="$work/$1.webm"
    if [ "${1#h264}" != "$1" ]; then
        encode="x264enc speed-preset=ultrafast bitrate=3000 ! h264parse ! mp4mux"
        file="$work/$1.mp4"
    fi
    gst-launch-1.0 -q videotestsrc num-buffers=900 pattern=smpte horizontal-speed=4 \
        ! "video/x-raw,format=I420,width=$2,height=$3,framerate=30/1" ! $encode ! filesink location="$file" \
        && echo "$file"
}
clips=("$(make_clip vp8-720p 1280 720)" "$(make_clip vp8-1080p 1920 1080)")
if gst-inspect-1.0 x264enc > /dev/null 2>&1 && gst-inspect-1.0 avdec_h264 > /dev/null 2>&1; then
    clips+=("$(make_clip h264-720p 1280 720)")
else
    echo "video: no H.264 here (x264enc and avdec_h264 are in gstreamer1.0-plugins-ugly and gstreamer1.0-libav)"
fi

# A pack of the built-in one with one video slide; readable by the user cage runs as.
make_pack() { # clip -> pack dir
    local pack="$work/pack-$(basename "${1%.*}")"
    cp -r "$source_dir/content/default" "$pack"
    cp "$1" "$pack/media/clip.${1##*.}"
    printf '{ "slides": [ { "id": "clip", "video": "media/clip.%s", "seconds": 120,\n  "caption": { "en": "A campaign video", "es": "Un video de campaña" } } ] }\n' \
        "${1##*.}" > "$pack/slides.json"
    echo "$pack"
}

cpu_of() { # pid seconds -> % of one core
    local hz a b
    hz=$(getconf CLK_TCK)
    a=$(awk '{print $14 + $15}' "/proc/$1/stat" 2> /dev/null) || return
    sleep "$2"
    b=$(awk '{print $14 + $15}' "/proc/$1/stat" 2> /dev/null) || return
    awk "BEGIN{printf \"%.1f\", ($b - $a) * 100 / ($hz * $2)}"
}

# The size a clip is shown at when fitted into W x H (aspect kept).
fit() { # clip-width clip-height W H
    awk -v cw="$1" -v ch="$2" -v w="$3" -v h="$4" 'BEGIN{s = w / cw; if (h / ch < s) s = h / ch;
        printf "%d %d", int(cw * s / 2) * 2, int(ch * s / 2) * 2}'
}
clip_size() { case "$1" in *1080p*) echo "1920 1080" ;; *) echo "1280 720" ;; esac; }

# One kiosk run inside the current display; prints its figures. $1 renderer, $2 size, $3 pack.
kiosk_figures() {
    local log="$work/kiosk.log" start pid first cpu rate
    printf '[kiosk]\nattract = true\nidle_seconds = 3600\n[display]\nrenderer = %s\n[speech]\nenabled = false\n' \
        "$1" > "$work/kiosk.ini"
    start=$(date +%s%N)
    QT_LOGGING_RULES="kiosk.video.debug=true" "$work/lactation-kiosk" --windowed --size "$2" \
        --pack "$3" --screen attract --config "$work/kiosk.ini" > "$log" 2>&1 &
    pid=$!
    first=""
    for _ in $(seq 400); do
        grep -q "first frame" "$log" && { first=$((($(date +%s%N) - start) / 1000000)); break; }
        sleep 0.05
    done
    sleep 2
    cpu=$(cpu_of "$pid" "$seconds")
    rate=$(grep "frames shown in" "$log" | tail -2 | awk '{d += $8; s += $6}
        END{if (s > 0) printf "%.1f", d / s; else print "-"}')
    kill "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    local drawn
    drawn=$(grep -o 'drawn by the [a-zA-Z]*' "$log" | awk '{print $4}')
    if [ "$drawn" = software ]; then
        echo "kiosk (software) cpu ${cpu:--}% first-frame ${first:-never} ms, shown ${rate} differing frames/s"
    else # VideoOutput's frames are not counted; CPU near 0 means the video never started
        echo "kiosk ($drawn) cpu ${cpu:--}% (frames not counted under VideoOutput)"
    fi
}

# gst-launch-1.0 playing the clip scaled to the kiosk's size into a window; prints its CPU.
gst_figures() { # clip W H sink
    local size pid cpu
    read -r cw ch <<< "$(clip_size "$1")"
    read -r w h <<< "$(fit "$cw" "$ch" "$2" "$3")"
    gst-launch-1.0 -q filesrc location="$1" ! decodebin ! videoconvert ! videoscale \
        ! "video/x-raw,width=$w,height=$h" ! "$4" > /dev/null 2>&1 &
    pid=$!
    sleep 2
    cpu=$(cpu_of "$pid" "$seconds")
    kill "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    echo "gst-launch-1.0 (${w}x$h, $4) cpu ${cpu:--}%"
}

cp "$build/bin/lactation-kiosk" "$work/lactation-kiosk"
# What each display server's session runs, as a file (xvfb-run and cage start their own shells).
declare -f kiosk_figures gst_figures cpu_of fit clip_size > "$work/functions.sh"
echo "work=$work; seconds=$seconds" >> "$work/functions.sh"
for clip in "${clips[@]}"; do
    [ -n "$clip" ] || continue
    pack=$(make_pack "$clip")
    for size in 1920x1080 1080x1920; do
        w=${size%x*}
        h=${size#*x}
        # Under Xvfb (X11, as a thin client would run it).
        for r in $renderers; do
            echo "video $(basename "$clip") at $size under Xvfb, renderer $r: $(xvfb-run -a -s "-screen 0 ${size}x24" bash -c "source $work/functions.sh; kiosk_figures $r $size $pack")"
        done
        echo "video $(basename "$clip") at $size under Xvfb: $(xvfb-run -a -s "-screen 0 ${size}x24" bash -c "source $work/functions.sh; gst_figures $clip $w $h ximagesink")"
        # Under cage (headless wlroots with pixman, as shipped): cage refuses root, so nobody.
        if command -v cage > /dev/null && command -v wlr-randr > /dev/null; then
            runtime="$work/runtime"
            mkdir -p "$runtime" && chmod 700 "$runtime"
            for r in $renderers gst; do
                cat > "$work/session.sh" << EOF
#!/bin/bash
wlr-randr --output HEADLESS-1 --custom-mode $size > /dev/null 2>&1
source "$work/functions.sh"
if [ "$r" = gst ]; then gst_figures "$clip" $w $h waylandsink > "$work/figures"
else kiosk_figures $r $size "$pack" > "$work/figures"; fi
EOF
                chmod 755 "$work/session.sh" "$work/functions.sh"
                [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$work"
                as=()
                [ "$(id -u)" = 0 ] && as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
                "${as[@]}" env -i PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless \
                    WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland \
                    cage -- "$work/session.sh" > /dev/null 2>&1
                label="renderer $r"
                [ "$r" = gst ] && label="gst"
                echo "video $(basename "$clip") at $size under cage, $label: $(cat "$work/figures" 2> /dev/null)"
            done
        else
            echo "video: cage or wlr-randr missing, nothing measured under cage"
        fi
    done
done
