#!/usr/bin/env bash
# Measures what BENCHMARKS.md reports, in one run on this machine:
#  - native stages (divan) on every corpus file and 1 MB of reports;
#  - the peers on the same texts: jieba-wasm (npm) in node, Python jieba;
#  - the page in Debian's Chromium (tests/bench/browser.mjs): dictionary,
#    sample analysis, load → sample on screen, main-thread tasks, bytes sent;
#  - 文库 in Chromium (tests/bench/library.mjs): 30 reports dropped, kept,
#    their 历年 on screen, the longest main-thread task, 对比 in the worker.
# Results land in target/bench/. Usage: scripts/bench.sh [BROWSER_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/bench
mkdir -p "$out/peers"

echo "== machine"
{ uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo || true; rustc --version; node --version; chromium --version 2>/dev/null || true; } | tee "$out/machine.txt"

echo "== native stages (divan)"
cargo bench -q -p report-lens-analysis --bench analysis | tee "$out/native.txt"

echo "== peers"
[ -d "$out/peers/node_modules/jieba-wasm" ] || npm install --silent --prefix "$out/peers" jieba-wasm@2.4.0
node tests/bench/jieba_wasm.mjs "$out/peers" | tee "$out/jieba-wasm.json"
[ -d "$out/peers/python/jieba" ] || python3 -m pip install -q --target "$out/peers/python" jieba==0.42.1
PYTHONPATH="$out/peers/python" python3 tests/bench/python_jieba.py | tee "$out/python-jieba.json"

echo "== the page in Chromium"
trunk build --release
node tests/bench/browser.mjs "${1:-5}" | tee "$out/browser.json"

echo "== 文库, 历年 and 对比 in Chromium (30 reports dropped at once)"
node tests/bench/library.mjs "${1:-3}" | tee "$out/library.json"

echo "== the PDF reader in Chromium (a 200-page PDF)"
node tests/bench/pdf.mjs "${1:-3}" | tee "$out/pdf.json"
