#!/usr/bin/env bash
# Fuzzes the analysis core and every reader with cargo-fuzz (libFuzzer).
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]     default: 600 s, every target
# Seeds come from ../shared/corpus; crashes land in crates/analysis/fuzz/artifacts/TARGET/.
# Needs a nightly toolchain for the address sanitizer; with stable only, runs without it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyze decode_text html csv docx_xml docx_zip pdf_runs pdf_reader)

command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
if rustup toolchain list | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
    sanitizer=address
else
    # Without nightly: coverage instrumentation only (stable flags), no sanitizer.
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
    sanitizer=none
fi

corpus="$(cd .. && pwd)/shared/corpus"
cd crates/analysis/fuzz
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    case "$target" in
        analyze) for f in hengyang_cppcc_2021.txt gov_national_2018_partial.txt; do
                     head -c 16000 "$corpus/$f" > "corpus/$target/$f"; done
                 max_len=65536 ;;
        decode_text) cp "$corpus"/gov_national_2013.txt "corpus/$target/"; max_len=65536 ;;
        html) printf '<h1>报告</h1><p><b>一、回顾。</b>增长5.2%%&ldquo;</p><script>x</script>' > "corpus/$target/seed.html"
              max_len=65536 ;;
        csv) cp "$corpus"/gov_beijing_2026.csv "corpus/$target/"; max_len=65536 ;;
        docx_xml) (cd /tmp && rm -rf rl-fuzz-docx && mkdir rl-fuzz-docx && cd rl-fuzz-docx \
                    && unzip -q "$corpus/gov_guangdong_2025.docx" word/document.xml word/styles.xml \
                    && head -c 20000 word/document.xml > doc && printf '\xff' >> doc && head -c 20000 word/styles.xml >> doc) \
                  && cp /tmp/rl-fuzz-docx/doc "corpus/$target/guangdong"; max_len=65536 ;;
        docx_zip) cp "$corpus"/gov_guangdong_2025.docx "corpus/$target/"; max_len=131072 ;;
        pdf_runs) printf 'pdf-runs 1\nfont\t0\tA+Noto-Bold\nfont\t1\tB+FangSong\npage\t59500\t84200\n23000\t76000\t13200\t2200\t0\t政府工作报告\n9000\t70000\t8000\t1600\t1\t各位代表：\n12200\t67200\t20000\t1600\t0\t一、2024年工作回顾\n28000\t5000\t4000\t1400\t1\t— 1 —\n' > "corpus/$target/seed.txt"
                  max_len=65536 ;;
        pdf_reader) cp ../../pdf/tests/fixtures/*.pdf "corpus/$target/"; max_len=65536 ;;
    esac
    echo "== $target: ${seconds}s (sanitizer: $sanitizer)"
    "${fuzz[@]}" run --sanitizer "$sanitizer" "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1
done
