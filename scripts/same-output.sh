#!/usr/bin/env bash
# Checks that a change left the analysis as it was: the CLI's output for every
# file in ../shared/corpus and ../shared/corpus/more, built from the working
# tree, is byte-identical to the same CLI built from REV (default HEAD).
#
#   scripts/same-output.sh [REV] [MODE…]     MODE: json (default) text html summary
#
# json is the contract (what the page downloads); text is the text as read;
# html the exported page (导出报告), which the cloud layout is part of;
# summary the CLI's plain output. REV is built once per commit, in a git
# worktree under target/same-output/ with a target directory of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
rev="${1:-HEAD}"
shift || true
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(json)
export PATH="$HOME/.cargo/bin:$PATH"

work="$root/target/same-output"
base_tree="$work/tree"
mkdir -p "$work"
commit="$(git rev-parse --verify "$rev^{commit}")"

# The CLI of REV, built once per commit.
base_cli="$work/report-lens-${commit:0:12}"
if [ ! -x "$base_cli" ]; then
    git worktree remove --force "$base_tree" 2>/dev/null || rm -rf "$base_tree"
    git worktree prune
    git worktree add --detach --quiet "$base_tree" "$commit"
    # The worktree sits two levels deeper than the checkout: its tests and
    # build read ../shared, so point that at the real one.
    ln -sfn "$(cd "$root/.." && pwd)/shared" "$work/shared"
    (cd "$base_tree" && cargo build --quiet -p report-lens-cli --target-dir "$work/target")
    cp "$work/target/debug/report-lens" "$base_cli"
    git worktree remove --force "$base_tree"
fi
cargo build --quiet -p report-lens-cli
new_cli="$root/target/debug/report-lens"

flag() {
    case "$1" in
        json) echo --json ;; text) echo --text ;; html) echo --html ;; summary) echo "" ;;
        *) echo "unknown mode $1" >&2; exit 2 ;;
    esac
}

files=()
for f in ../shared/corpus/* ../shared/corpus/more/*; do
    case "$f" in *.md) continue ;; esac
    [ -f "$f" ] && files+=("$f")
done

differ=0
for mode in "${modes[@]}"; do
    option="$(flag "$mode")"
    mkdir -p "$work/base/$mode" "$work/new/$mode"
    same=0
    for f in "${files[@]}"; do
        name="$(basename "$f")"
        # shellcheck disable=SC2086  # an empty option is no argument
        "$base_cli" analyze "$f" $option > "$work/base/$mode/$name" 2>&1 || true
        # shellcheck disable=SC2086
        "$new_cli" analyze "$f" $option > "$work/new/$mode/$name" 2>&1 || true
        if cmp -s "$work/base/$mode/$name" "$work/new/$mode/$name"; then
            same=$((same + 1))
        else
            differ=1
            echo "DIFFERS ($mode): $name   diff $work/base/$mode/$name $work/new/$mode/$name"
        fi
    done
    echo "$mode: $same of ${#files[@]} files byte-identical to ${commit:0:12}"
done
exit "$differ"
