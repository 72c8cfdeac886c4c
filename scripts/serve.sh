#!/usr/bin/env bash
# Installs what is missing, builds the page in release mode and serves it at
# http://127.0.0.1:8080 (PORT to change); it opens with the sample analyzed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
port="${PORT:-8080}"
echo "报告透镜: http://127.0.0.1:$port/  (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
