#!/usr/bin/env bash
# Installs what is missing and builds dist/ (relative URLs, any static host)
# and dist-single/report-lens.html (everything inlined; open it from disk).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
node scripts/size-budget.mjs dist
node scripts/single-file.mjs dist dist-single/report-lens.html
