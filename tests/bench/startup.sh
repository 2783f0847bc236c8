#!/usr/bin/env bash
# Startup, part by part: `lactation-kiosk --self-test` on the built-in pack ([display] renderer
# auto, and software) against the bare Qt Quick window (kiosk_bench_minimal, software renderer
# too), taken in turns,
# RUNS times each (default 7), under one Xvfb as a kiosk's display (offscreen without xvfb-run).
# Each phase is the median time from the launch – the moment before exec, so the loading of the
# libraries before main() counts – to the end of that phase; then first frame and peak RSS as
# ratios to the bare window. Prints figures; never passes or fails.
#   tests/bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build="${1:-build/ci}"
runs="${2:-7}"
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT

if command -v Xvfb >/dev/null; then
    display=":$((90 + RANDOM % 100))"
    Xvfb "$display" -screen 0 1080x1920x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    export DISPLAY="$display" QT_QPA_PLATFORM=xcb
    where="Xvfb"
else
    export QT_QPA_PLATFORM=offscreen
    where="offscreen"
fi
printf '[display]\nrenderer = software\n' > "$work/software.ini"

one() { # name command... -> appends "name key value" lines for one run
    local name="$1"; shift
    KIOSK_LAUNCH_NS=$(date +%s%N) "$@" 2>/dev/null \
        | awk -F= -v n="$name" '/^phase-.*-ms=|^peak-rss-kib=/{ sub(/^phase-/, "", $1); sub(/-ms$/, "", $1); print n, $1, $2 }' \
        >> "$work/runs"
}
for _ in $(seq "$runs"); do
    one kiosk "$build/bin/lactation-kiosk" --self-test
    one software "$build/bin/lactation-kiosk" --self-test --config "$work/software.ini"
    one bare env QT_QUICK_BACKEND=software "$build/bin/kiosk_bench_minimal"
done

# Medians per program and key, then the table in the kiosk's order of phases.
awk -v runs="$runs" -v where="$where" '
    { key = $1 " " $2; v[key, ++n[key]] = $3; if (!($2 in seen)) { seen[$2] = 1; order[++k] = $2 } }
    function median(key,   m, i, j, t, a) {
        m = n[key]; if (m == 0) return "";
        for (i = 1; i <= m; i++) a[i] = v[key, i];
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return a[int((m + 1) / 2)]
    }
    END {
        printf "startup by phase (%s, median of %d, ms from the launch; a phase ends at its time):\n", where, runs
        printf "  %-12s %10s %10s %10s\n", "phase", "kiosk", "software", "bare"
        for (i = 1; i <= k; i++) {
            p = order[i]; if (p == "peak-rss-kib") continue
            printf "  %-12s %10s %10s %10s\n", p, median("kiosk " p), median("software " p), median("bare " p)
        }
        kf = median("kiosk first-frame"); sf = median("software first-frame"); bf = median("bare first-frame")
        kr = median("kiosk peak-rss-kib"); br = median("bare peak-rss-kib")
        printf "first frame: kiosk %.1f ms, bare window %.1f ms: ratio %.2f (target <= 1.3); renderer auto %+.1f ms against software (target within 5)\n", kf, bf, kf / bf, kf - sf
        printf "peak RSS: kiosk %d KiB, bare window %d KiB: ratio %.2f (target <= 1.4)\n", kr, br, kr / br
    }' "$work/runs"
