#!/usr/bin/env bash
# Proof that a refactoring changed nothing anyone sees or hears: every screen as a PNG, and every
# read-aloud script as text, from one kiosk binary; then the same from another, compared.
#
#   tests/bench/render-matrix.sh KIOSK_BINARY OUTDIR      render into OUTDIR (new or empty)
#   tests/bench/render-matrix.sh --compare DIR_A DIR_B    list what differs; exit 0 if nothing
#
# Render: the screens home learn article groups help room visit attract and three take-away
# sheets (a service, an event, a page of the built-in pack) x 360x640 1080x1920 1920x1080
# 2160x3840 x en es x text size normal largest x contrast normal high, as
# OUTDIR/<screen>_<size>_<lang>_<textsize>_<contrast>.png (':' in a screen name becomes '-'),
# and `--speech-script` of each screen in both languages as OUTDIR/speech_<screen>_<lang>.txt.
# Pinned --now, a fresh empty --state per run, fixed locale, time zone and Qt platform; two
# kiosks at a time (xargs -P2), the attract loop alone (see render()). Each picture is rendered
# until two renders agree: the kiosk grabs 400 ms after its first frame and its icons and slide
# pictures load asynchronously, so a starved CPU can grab before they are in. RENDER_ONCE=1
# renders each once (half the time, no such check); RENDER_SCREENS="home groups" only those.
# What the kiosk printed goes to OUTDIR/log/, not compared; QML warnings (the kiosk exits 1 on
# them, after writing the picture) are listed in log/qml-warnings.txt.
# Exit 1 if any run failed or any picture never rendered the same twice.
#
# Compare: a PNG whose bytes differ is decoded (Python, zlib) and counts as identical only if
# every pixel is. Prints "only in A/B: FILE" or "differs: FILE", a note when the QML warnings
# changed (not counted), then "N of M files identical"; exit 0 only if all are.
#
# Not reachable from the command line (tst_layout opens them through its C++ harness): the idle
# warning, the PIN pad, the staff panel, and the room screen with rooms in use, a waiting list
# and the visitor's own ticket.
set -euo pipefail

now=2026-12-01T09:30:00-06:00
sizes=(360x640 1080x1920 1920x1080 2160x3840)
languages=(en es)
text_sizes=(normal largest)
contrasts=(normal high)
default_screens=(home learn article groups help room visit attract
    takeaway:national-breastfeeding-helpline            # a service (services.*.json)
    takeaway:grupo-espanol@lakeside-demo.example.org    # an event UID (events.*.ics)
    takeaway:getting-help)                              # a page (pages/*/getting-help.md)

usage() {
    sed -n '5,6p' "$0" | sed 's/^# *//' >&2
    exit 2
}

# ---------------------------------------------------------------------------------------------
# Compare
# ---------------------------------------------------------------------------------------------

# PNG_A PNG_B -> exit 0 when both decode to the same pixels; prints why not on stdout.
same_pixels() {
    python3 -I -S - "$1" "$2" <<'PY'
import struct, sys, zlib

def chunks(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, out = 8, {}
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        out.setdefault(kind, []).append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    return out

def swar_add(a, b):  # bytewise (a + b) mod 256 over whole rows at once
    n = len(a)
    x, y = int.from_bytes(a, "big"), int.from_bytes(b, "big")
    lo, hi = int.from_bytes(b"\x7f" * n, "big"), int.from_bytes(b"\x80" * n, "big")
    return (((x & lo) + (y & lo)) ^ ((x ^ y) & hi)).to_bytes(n, "big")

def rows(path):
    c = chunks(path)
    w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", c[b"IHDR"][0])
    samples = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    if depth != 8 or interlace or ctype == 3:
        raise ValueError("only 8-bit, non-interlaced, non-palette PNGs are decoded here")
    bpp, stride = samples, w * samples
    raw = zlib.decompress(b"".join(c[b"IDAT"]))
    prior = bytes(stride)
    for y in range(h):
        f = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, f = f[0], f[1:]
        if kind == 0:
            r = bytes(f)
        elif kind == 2:
            r = swar_add(f, prior)
        else:
            r = bytearray(f)
            if kind == 1:
                for i in range(bpp, stride):
                    r[i] = (r[i] + r[i - bpp]) & 255
            elif kind == 3:
                for i in range(stride):
                    r[i] = (r[i] + (((r[i - bpp] if i >= bpp else 0) + prior[i]) >> 1)) & 255
            elif kind == 4:
                for i in range(stride):
                    a = r[i - bpp] if i >= bpp else 0
                    b = prior[i]
                    cc = prior[i - bpp] if i >= bpp else 0
                    p = a + b - cc
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - cc)
                    r[i] = (r[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else cc)) & 255
            r = bytes(r)
        prior = r
        rgba = bytearray(w * 4)  # every colour type as RGBA, so RGB and RGBA files compare
        if ctype == 6:
            rgba[:] = r
        elif ctype == 2:
            for k in range(3):
                rgba[k::4] = r[k::3]
            rgba[3::4] = b"\xff" * w
        elif ctype == 0:
            for k in range(3):
                rgba[k::4] = r
            rgba[3::4] = b"\xff" * w
        else:  # 4, grey + alpha
            for k in range(3):
                rgba[k::4] = r[0::2]
            rgba[3::4] = r[1::2]
        yield w, h, bytes(rgba)

def fast_equal(pa, pb):  # same header and same filtered bytes: the same pixels, no unfiltering
    ca, cb = chunks(pa), chunks(pb)
    keys = (b"IHDR", b"PLTE", b"tRNS")
    return all(ca.get(k) == cb.get(k) for k in keys) and zlib.decompress(
        b"".join(ca[b"IDAT"])) == zlib.decompress(b"".join(cb[b"IDAT"]))

a, b = sys.argv[1], sys.argv[2]
try:
    if fast_equal(a, b):
        print("bytes differ, same filtered pixel data")
        sys.exit(0)
    diff, first, size_a, size_b = 0, None, None, None
    for y, ((wa, ha, ra), (wb, hb, rb)) in enumerate(zip(rows(a), rows(b))):
        size_a, size_b = (wa, ha), (wb, hb)
        if size_a != size_b:
            break
        if ra != rb:
            for x in range(wa):
                if ra[4 * x:4 * x + 4] != rb[4 * x:4 * x + 4]:
                    diff += 1
                    first = first or (x, y)
except (ValueError, KeyError, zlib.error, struct.error) as e:
    print(f"cannot decode ({e})")
    sys.exit(1)
if size_a != size_b:
    print(f"{size_a[0]}x{size_a[1]} against {size_b[0]}x{size_b[1]}")
    sys.exit(1)
if diff:
    print(f"{diff} pixels differ, the first at {first[0]},{first[1]}")
    sys.exit(1)
print("bytes differ, pixels identical")
PY
}

compare() {
    local a=$1 b=$2 f why total=0 same=0
    [[ -d $a && -d $b ]] || { echo "render-matrix: $a or $b is not a directory" >&2; exit 2; }
    while IFS= read -r f; do
        total=$((total + 1))
        if [[ ! -e $a/$f ]]; then
            echo "only in B: $f"
        elif [[ ! -e $b/$f ]]; then
            echo "only in A: $f"
        elif cmp -s "$a/$f" "$b/$f"; then
            same=$((same + 1))
        elif [[ $f == *.png ]] && why=$(same_pixels "$a/$f" "$b/$f"); then
            same=$((same + 1))
            echo "same pixels: $f ($why)"
        elif [[ $f == *.png ]]; then
            echo "differs: $f ($why)"
        else
            echo "differs: $f"
            diff -u "$a/$f" "$b/$f" | sed -n '3,12s/^/    /p' || true
        fi
    done < <({
        (cd "$a" && find . -type f ! -path './log/*')
        (cd "$b" && find . -type f ! -path './log/*')
    } | sed 's|^\./||' | LC_ALL=C sort -u)
    # The kiosk's QML warnings are not a picture: shown when they changed, not counted.
    if ! cmp -s <(cat "$a/log/qml-warnings.txt" 2>/dev/null) \
        <(cat "$b/log/qml-warnings.txt" 2>/dev/null); then
        echo "note: the kiosk's QML warnings changed (log/qml-warnings.txt, not counted):"
        diff <(cat "$a/log/qml-warnings.txt" 2>/dev/null) \
            <(cat "$b/log/qml-warnings.txt" 2>/dev/null) | grep '^[<>]' | sed 's/^/    /' || true
    fi
    echo "$same of $total files identical"
    [[ $same -eq $total && $total -gt 0 ]]
}

# ---------------------------------------------------------------------------------------------
# Render
# ---------------------------------------------------------------------------------------------

# One kiosk run: "$kiosk" ARGS... with the pinned clock and a fresh state; its stdout goes to
# $work/run.$$.out, its stderr to $work/run.$$.err. An exit 1 with nothing said but "QML: ..."
# (the kiosk's verdict on a QML warning, after it wrote the picture) counts as 0.
run_kiosk() {
    local state rc=0
    state=$(mktemp -d "$work/state.XXXXXX")
    timeout 120 "$kiosk" "$@" --now "$now" --state "$state" >"$work/run.$$.out" \
        2>"$work/run.$$.err" || rc=$?
    rm -rf "$state"
    if [[ $rc -eq 1 ]] && grep -q '^lactation-kiosk: QML: ' "$work/run.$$.err" \
        && ! grep '^lactation-kiosk: ' "$work/run.$$.err" | grep -qv '^lactation-kiosk: QML: '; then
        rc=0
    fi
    return "$rc"
}

# One job, run by xargs: "png SCREEN SIZE LANG TEXTSIZE CONTRAST" or "speech SCREEN LANG - - -".
# Uses $kiosk, $out, $now, $work and $RENDER_ONCE from the environment.
#
# The kiosk grabs its window 400 ms after the first frame, but its icons and slide pictures load
# asynchronously: on a starved CPU (a build at full tilt beside it) a picture can be grabbed
# before they are in. So each picture is rendered until two renders agree byte for byte (at most
# 5 renders); one that never agrees is listed in log/unstable.txt and fails the run. Two renders
# can still agree on the same missing picture when the CPU stays starved (seen with four kiosks
# beside a build): hence the attract loop alone, and the warning on a high load average.
job() {
    local kind=$1 screen=$2 name log rc=0 n failures=0 shot prev kept=
    local -a args shots=()
    if [[ $kind == speech ]]; then
        name="speech_${screen//:/-}_$3"
        log="$out/log/$name.log"
        # Text from the pack and the pinned clock alone: nothing asynchronous, one run.
        for n in 1 2; do
            rc=0
            run_kiosk --speech-script --screen "$screen" --language "$3" || rc=$?
            mv "$work/run.$$.out" "$out/$name.txt"
            cat "$work/run.$$.err" >>"$log"
            [[ $rc -eq 0 ]] && break
            echo "render-matrix: run $n exited $rc" >>"$log"
        done
    else
        name="${screen//:/-}_$3_$4_$5_$6"
        log="$out/log/$name.log"
        args=(--screen "$screen" --size "$3" --language "$4" --text-size "$5" --contrast "$6")
        for n in 1 2 3 4 5; do
            shot="$work/$name.$n.png"
            rc=0
            run_kiosk "${args[@]}" --screenshot "$shot" || rc=$?
            [[ $rc -ne 0 || -s $shot ]] || rc=99
            cat "$work/run.$$.out" "$work/run.$$.err" >>"$log"
            if [[ $rc -ne 0 ]]; then
                echo "render-matrix: render $n exited $rc" >>"$log"
                failures=$((failures + 1))
                [[ $failures -lt 2 ]] && continue
                break
            fi
            sed -n "s/^lactation-kiosk: QML: /$name: /p" "$work/run.$$.err" \
                >>"$out/log/qml-warnings.txt"
            if [[ ${RENDER_ONCE:-} == 1 ]]; then
                kept=$shot
                break
            fi
            for prev in "${shots[@]}"; do
                if cmp -s "$prev" "$shot"; then
                    kept=$shot
                    break 2
                fi
            done
            shots+=("$shot")
            [[ $n -ge 2 ]] && echo "render-matrix: render $n differs from the earlier ones" >>"$log"
        done
        if [[ -n $kept ]]; then
            mv "$kept" "$out/$name.png"
            [[ $n -le 2 || ${RENDER_ONCE:-} == 1 ]] \
                || echo "$name: $n renders" >>"$out/log/retries.txt"
        elif [[ $rc -eq 0 ]]; then
            mv "$shot" "$out/$name.png" # the last, for a look; the run fails
            echo "$name: no two of $n renders agree" >>"$out/log/unstable.txt"
            echo "render-matrix: $name: no two of $n renders agree" >&2
            rc=98
        fi
        rm -f "$work/$name".*.png
    fi
    rm -f "$work/run.$$.out" "$work/run.$$.err"
    [[ -s $log ]] || rm -f "$log"
    if [[ $rc -ne 0 ]]; then
        echo "$name (exit $rc)" >>"$out/log/failed.txt"
        echo "render-matrix: $name failed (exit $rc), see $log" >&2
    fi
    return 0
}

# SCREEN... -> the jobs for them, NUL-separated, six fields each: speech scripts, then pictures.
jobs_for() {
    local s z l t c
    for s in "$@"; do
        for l in "${languages[@]}"; do
            printf '%s\0' speech "$s" "$l" - - -
        done
    done
    for s in "$@"; do
        for z in "${sizes[@]}"; do
            for l in "${languages[@]}"; do
                for t in "${text_sizes[@]}"; do
                    for c in "${contrasts[@]}"; do
                        printf '%s\0' png "$s" "$z" "$l" "$t" "$c"
                    done
                done
            done
        done
    done
}

render() {
    kiosk=$1
    out=$2
    [[ -x $kiosk ]] || { echo "render-matrix: $kiosk is not an executable" >&2; exit 2; }
    kiosk=$(realpath "$kiosk")
    if [[ -e $out ]] && [[ -n $(ls -A "$out") ]]; then
        echo "render-matrix: $out is not empty (stale files would hide a missing render)" >&2
        exit 2
    fi
    if [[ -e /etc/lactation-kiosk/kiosk.ini ]]; then
        echo "render-matrix: /etc/lactation-kiosk/kiosk.ini exists and the kiosk reads it;" \
            "renders here may not match another machine's" >&2
    fi
    mkdir -p "$out/log"
    out=$(realpath "$out")
    work=$(mktemp -d "${TMPDIR:-/tmp}/render-matrix.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    mkdir -m 700 "$work/runtime"

    # The same picture every time: no display, the same locale, time zone and Qt settings.
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/runtime LC_ALL=C.UTF-8 LANG=C.UTF-8 \
        TZ=America/Chicago
    unset LANGUAGE QT_QUICK_BACKEND QT_SCALE_FACTOR QT_FONT_DPI QT_SCREEN_SCALE_FACTORS \
        QT_AUTO_SCREEN_SCALE_FACTOR \
        QT_ENABLE_HIGHDPI_SCALING QSG_RHI_BACKEND QSG_INFO QT_LOGGING_RULES QML_IMPORT_PATH \
        QML2_IMPORT_PATH
    export kiosk out now work
    export -f job run_kiosk

    local -a screens
    read -r -a screens <<<"${RENDER_SCREENS:-${default_screens[*]}}"
    local cores load
    cores=$(nproc)
    load=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load" -v c="$cores" 'BEGIN { exit !(l > 2 * c) }'; then
        echo "render-matrix: load average $load on $cores cores: the kiosk may grab a screen" \
            "before its pictures are in (the two-renders check catches most, not all)" >&2
    fi
    # The attract loop decodes a slide picture as large as the screen (at 2160x3840 Qt rasterizes
    # it three times, once at 4603x2589, as the layout settles): beside another kiosk on a busy
    # machine it misses the kiosk's 400 ms, the same way every time. So it renders alone.
    local -a parallel=() alone=()
    for s in "${screens[@]}"; do
        if [[ $s == attract ]]; then alone+=("$s"); else parallel+=("$s"); fi
    done
    jobs_for "${parallel[@]}" | xargs -0 -r -n6 -P2 bash -c 'job "$@"' job
    jobs_for "${alone[@]}" | xargs -0 -r -n6 -P1 bash -c 'job "$@"' job

    {
        echo "kiosk: $kiosk"
        echo "now: $now"
        echo "screens: ${screens[*]}"
    } >"$out/log/render-info.txt"
    local pngs txts
    pngs=$(find "$out" -maxdepth 1 -name '*.png' | wc -l)
    txts=$(find "$out" -maxdepth 1 -name 'speech_*.txt' | wc -l)
    echo "render-matrix: $pngs screenshots, $txts speech scripts in $out"
    if [[ -s $out/log/qml-warnings.txt ]]; then
        LC_ALL=C sort -u -o "$out/log/qml-warnings.txt" "$out/log/qml-warnings.txt"
        echo "render-matrix: QML warnings in $(cut -d: -f1 "$out/log/qml-warnings.txt" | sort -u \
            | wc -l) renders (pictures kept), see $out/log/qml-warnings.txt" >&2
    fi
    if [[ -s $out/log/failed.txt ]]; then
        echo "render-matrix: $(wc -l <"$out/log/failed.txt") runs failed:" >&2
        sed 's/^/  /' "$out/log/failed.txt" >&2
        exit 1
    fi
}

case "${1:-}" in
--compare)
    [[ $# -eq 3 ]] || usage
    compare "$2" "$3"
    ;;
-h | --help | "") usage ;;
*)
    [[ $# -eq 2 ]] || usage
    render "$1" "$2"
    ;;
esac
