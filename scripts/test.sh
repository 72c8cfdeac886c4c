#!/usr/bin/env bash
# Installs what is missing, then runs every check and test:
# fmt, the module graphs of the analysis crate and the page (no circle), clippy (native and wasm32), native unit + integration tests over the
# corpus, wasm-bindgen tests in headless Chromium, the size budget of a
# release build of dist/, the PDF fixtures read by the CLI, and the
# end-to-end suite against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "module graphs: the analysis crate's layers, no circle there or in the page"
node scripts/module-graph.mjs crates/analysis/src --layers report/text/open,outline,figures/keywords/cloud,stats,compare/export
node scripts/module-graph.mjs src

step "cargo clippy (native, then wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings

step "cargo test --workspace (native)"
cargo test --workspace

step "wasm-bindgen tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown -p report-lens --test web

step "trunk build --release, the first load held to its size before PDF input, the single-file build and its LZMA decoder"
trunk build --release
# No more than the first load before PDF input (issue 15: 2,644,991 B at 91f8117).
node scripts/size-budget.mjs dist 2644991
node scripts/single-file.mjs dist dist-single/report-lens.html
node --test tests/single/

step "PDFs: fixtures made from the corpus, read through the CLI against their sources"
node --test tests/pdf/

step "end-to-end tests (playwright-core + Debian's Chromium)"
node --test tests/e2e/
