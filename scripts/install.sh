#!/usr/bin/env bash
# Installs whatever this project needs and is missing; safe to run again.
# Pinned: trunk 0.21.14, wasm-bindgen-cli 0.2.130 (must equal Cargo.lock),
# binaryen 132 (wasm-opt, from npm), playwright-core (drives Debian's chromium),
# pdfjs-dist 5.6.205 (the PDF reader, from npm).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }

# Debian packages: chromium + driver + a CJK font (browser tests). No C compiler
# for wasm32: the dictionary is our own plain-text lexicon, not jieba's zstd data.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
fc-list 2>/dev/null | grep -qiE 'noto (sans|serif) cjk|wenquanyi' || need_apt+=(fonts-noto-cjk)
# The PDF fixtures (tests/pdf): Word files converted by LibreOffice, encrypted by qpdf.
command -v soffice >/dev/null || need_apt+=(libreoffice-writer-nogui)
command -v qpdf >/dev/null || need_apt+=(qpdf)
# The single-file build packs its wasm and PDF reader with xz (.lzma).
command -v xz >/dev/null || need_apt+=(xz-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (about 12 minutes)"
  cargo install --locked trunk --version "=$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its lockfile names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# npm: wasm-opt (binaryen 132), playwright-core, axe-core (the e2e accessibility
# checks) and pdf.js (pdfjs-dist, the PDF reader of the page and the CLI),
# pinned in package-lock.json. pdf.js's optional
# canvas (rendering only) is left out.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/pdfjs-dist ] || [ ! -d node_modules/axe-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --omit=optional --no-audit --no-fund --loglevel=error
fi
say "tools ready"
