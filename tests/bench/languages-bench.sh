#!/usr/bin/env bash
# What more languages cost at start: the kiosk's --self-test (first frame, resident memory) on the
# built-in pack cut to English and Spanish, as it ships (five languages), and grown to twelve (the
# seven more carry the English files and texts under their own tags: the kiosk's cost is the
# same), while the visitor reads English. Prints the median of RUNS (default 7) of each, and the
# installed size of the font packages every language is drawn with. Never fails on a figure.
#
#   tests/bench/languages-bench.sh build/ci/bin/lactation-kiosk [RUNS]
set -euo pipefail
kiosk=${1:?usage: languages-bench.sh KIOSK_BINARY [RUNS]}
runs=${2:-7}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A copy of the built-in pack with exactly LANGUAGES (tags the pack lacks get English's files).
make_pack() {
    local out="$1"; shift
    cp -r "$here/content/default" "$out"
    python3 - "$out" "$@" <<'PY'
import json, os, shutil, sys
root, tags = sys.argv[1], sys.argv[2:]
def fill(node):
    if isinstance(node, dict):
        if "en" in node and all(isinstance(v, str) for v in node.values()):
            return {t: node.get(t, node["en"]) for t in tags}
        return {k: fill(v) for k, v in node.items()}
    if isinstance(node, list):
        return [fill(v) for v in node]
    return node
for name in ("pack.json", "rooms.json", "slides.json"):
    path = os.path.join(root, name)
    data = fill(json.load(open(path)))
    if name == "pack.json":
        data["languages"] = tags
    json.dump(data, open(path, "w"), ensure_ascii=False)
for t in tags:
    for kind in ("services.%s.json", "events.%s.ics"):
        if not os.path.exists(os.path.join(root, kind % t)):
            shutil.copy(os.path.join(root, kind % "en"), os.path.join(root, kind % t))
    if not os.path.isdir(os.path.join(root, "pages", t)):
        shutil.copytree(os.path.join(root, "pages", "en"), os.path.join(root, "pages", t))
for f in os.listdir(root):
    parts = f.split(".")
    if len(parts) == 3 and parts[0] in ("services", "events") and parts[1] not in tags:
        os.remove(os.path.join(root, f))
for d in os.listdir(os.path.join(root, "pages")):
    if d not in tags:
        shutil.rmtree(os.path.join(root, "pages", d))
PY
}

make_pack "$work/two" en es
make_pack "$work/five" en es vi zh-Hans ar
make_pack "$work/twelve" en es zh-Hans zh-Hant vi ko tl ar ru ht pt-BR fr

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for pack in two five twelve; do
    frames=(); rss=()
    for _ in $(seq "$runs"); do
        out=$(QT_QPA_PLATFORM=offscreen "$kiosk" --pack "$work/$pack" --self-test \
            --state "$(mktemp -d -p "$work")" 2>/dev/null)
        frames+=("$(sed -n 's/^first-frame-ms=//p' <<<"$out")")
        rss+=("$(sed -n 's/^rss-kib=//p' <<<"$out")")
    done
    echo "languages-$pack-first-frame-ms=$(printf '%s\n' "${frames[@]}" | median)"
    echo "languages-$pack-rss-kib=$(printf '%s\n' "${rss[@]}" | median)"
done
for p in fonts-noto-core fonts-noto-cjk; do
    echo "installed-kib-$p=$(dpkg-query -W -f='${Installed-Size}' "$p" 2>/dev/null || echo 'not installed')"
done
