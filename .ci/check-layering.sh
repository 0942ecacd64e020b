#!/usr/bin/env bash
# Enforce the crate layering of DESIGN.md §2 on the resolved dependency graph.
#
#   bash .ci/check-layering.sh              check this repository's workspace
#   bash .ci/check-layering.sh --self-test  prove the check can fail (and pass)
#
# Rules (only `normal` edges count: dev-dependencies used by tests are fine;
# every target platform and every feature is considered):
#   - plenary-core                     : no rusqlite, no tauri anywhere in its tree
#   - plenary-export / plenary-import  : no rusqlite, no tauri anywhere in its tree
#   - plenary-store, plenary-api       : no tauri anywhere in its tree
#   - plenary-cli                      : no rusqlite as a direct dependency
#   - every crate but plenary-store    : no rusqlite as a direct dependency
# Crates that are not (yet) workspace members are skipped.
#
# `cargo tree` only needs dependency resolution, not compilation, so this runs
# even while crates do not build. With a Cargo.lock present it runs --locked
# (so it never rewrites the lock file); override with CARGO_TREE_FLAGS.
#
# Exit codes: 0 = layering respected, 1 = violation(s), 2 = could not check.
set -euo pipefail

CARGO=${CARGO:-cargo}

# --- the checker -----------------------------------------------------------

# Workspace member package names, one per line. In `cargo metadata` output a
# package object is the only one whose "name" is directly followed by "version"
# (dependency objects continue with "source", targets with "src_path").
workspace_members() { # MANIFEST FLAGS...
    local manifest=$1; shift
    local json
    json=$("$CARGO" metadata --no-deps --format-version 1 --manifest-path "$manifest" "$@") || return 2
    { grep -oE '"name":"[^"]+","version":"' <<<"$json" || true; } | sed -E 's/^"name":"([^"]+)".*/\1/' | sort -u
}

# `cargo tree` lines (no prefix) of CRATE's normal dependencies, root line
# excluded. DEPTH empty means the whole tree.
tree_lines() { # MANIFEST CRATE DEPTH FLAGS...
    local manifest=$1 crate=$2 depth=$3; shift 3
    local args=(tree --manifest-path "$manifest" -p "$crate" -e normal --prefix none
                --target all --all-features "$@")
    [[ -n $depth ]] && args+=(--depth "$depth")
    local out
    out=$("$CARGO" "${args[@]}") || return 2
    tail -n +2 <<<"$out"
}

# Print how CRATE reaches DEP (an inverted tree, DEP at the top).
show_path() { # MANIFEST CRATE DEP VERSION FLAGS...
    local manifest=$1 crate=$2 dep=$3 version=$4; shift 4
    "$CARGO" tree --manifest-path "$manifest" -p "$crate" -e normal --target all --all-features \
        -i "$dep@$version" "$@" 2>&1 | sed 's/^/      /' || true
}

# Run every rule on the workspace whose root manifest is MANIFEST.
check_workspace() { # MANIFEST FLAGS...
    local manifest=$1; shift
    local flags=("$@")
    local members violations=0 errors=0

    if ! members=$(workspace_members "$manifest" "${flags[@]}"); then
        echo "layering: ERROR: cargo metadata failed for $manifest" >&2
        return 2
    fi
    if [[ -z $members ]]; then
        echo "layering: ERROR: no workspace members found in $manifest" >&2
        return 2
    fi
    is_member() { grep -qxF -- "$1" <<<"$members"; }

    # forbid CRATE DEP DEPTH WHY  (DEPTH "" = anywhere in the tree, 1 = direct)
    forbid() {
        local crate=$1 dep=$2 depth=$3 why=$4 lines hit version where
        if ! is_member "$crate"; then
            return 0
        fi
        if ! lines=$(tree_lines "$manifest" "$crate" "$depth" "${flags[@]}"); then
            echo "layering: ERROR: cargo tree failed for $crate (dependency resolution failed?)" >&2
            errors=$((errors + 1))
            return 0
        fi
        hit=$(grep -m1 -E "^${dep} v" <<<"$lines" || true)
        [[ -z $hit ]] && return 0
        version=$(awk '{print $2}' <<<"$hit"); version=${version#v}
        if [[ $depth == 1 ]]; then where="as a direct (normal) dependency"; else where="in its dependency tree"; fi
        violations=$((violations + 1))
        echo "LAYERING VIOLATION: $crate -> $dep: found '$dep v$version' $where; $why (DESIGN.md §2)."
        echo "    path (dependency at the top, $crate at the bottom):"
        show_path "$manifest" "$crate" "$dep" "$version" "${flags[@]}"
    }

    local pure="is pure: no SQL, no files, no Tauri"
    forbid plenary-core   rusqlite "" "plenary-core $pure"
    forbid plenary-core   tauri    "" "plenary-core $pure"
    forbid plenary-export rusqlite "" "plenary-export may use plenary-core only"
    forbid plenary-export tauri    "" "plenary-export may use plenary-core only"
    forbid plenary-import rusqlite "" "plenary-import may use plenary-core only"
    forbid plenary-import tauri    "" "plenary-import may use plenary-core only"
    forbid plenary-store  tauri    "" "plenary-store must not use tauri"
    forbid plenary-api    tauri    "" "plenary-api is the command surface and must not use tauri"
    forbid plenary-cli    rusqlite 1  "plenary-cli goes through plenary-api (rusqlite is allowed in [dev-dependencies] only)"
    local m
    while IFS= read -r m; do
        [[ $m == plenary-store || $m == plenary-cli ]] && continue
        forbid "$m" rusqlite 1 "only plenary-store may depend on rusqlite directly"
    done <<<"$members"

    if ((errors > 0)); then
        echo "layering: ERROR: $errors check(s) could not run" >&2
        return 2
    fi
    if ((violations > 0)); then
        echo "layering: FAILED: $violations violation(s) of DESIGN.md §2"
        return 1
    fi
    echo "layering: OK ($(wc -l <<<"$members") crates checked: $(tr '\n' ' ' <<<"$members"| sed 's/ $//'))"
}

# --- self-test ---------------------------------------------------------------

# mkcrate WS NAME "DEPS" ["DEV_DEPS"]: a tiny crate with path dependencies.
mkcrate() {
    local ws=$1 name=$2 deps=${3:-} devdeps=${4:-} d
    mkdir -p "$ws/crates/$name/src"
    : >"$ws/crates/$name/src/lib.rs"
    {
        printf '[package]\nname = "%s"\nversion = "0.0.1"\nedition = "2021"\npublish = false\n\n[dependencies]\n' "$name"
        for d in $deps; do printf '%s = { path = "../%s" }\n' "$d" "$d"; done
        printf '\n[dev-dependencies]\n'
        for d in $devdeps; do printf '%s = { path = "../%s" }\n' "$d" "$d"; done
    } >"$ws/crates/$name/Cargo.toml"
}

# mkws DIR: a healthy workspace shaped like Plenary, with fake (empty, local)
# crates called rusqlite and tauri; each case then breaks one rule.
mkws() {
    local ws=$1
    mkdir -p "$ws"
    printf '[workspace]\nresolver = "2"\nmembers = ["crates/*"]\n' >"$ws/Cargo.toml"
    mkcrate "$ws" rusqlite
    mkcrate "$ws" tauri
    mkcrate "$ws" helper
    mkcrate "$ws" plenary-core
    mkcrate "$ws" plenary-store  "plenary-core rusqlite"
    mkcrate "$ws" plenary-api    "plenary-core plenary-store"
    mkcrate "$ws" plenary-cli    "plenary-api" "rusqlite"
    mkcrate "$ws" plenary-desktop "plenary-api tauri"
}

self_test() {
    local tmp failures=0
    SELFTEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/plenary-layering-selftest.XXXXXX")
    trap 'rm -rf "$SELFTEST_TMP"' EXIT
    tmp=$SELFTEST_TMP
    # No network: every dependency is a local path crate.
    local flags=(--offline)
    # The headline case's full report is shown, as a sample of the message.
    local SHOW=core-rusqlite

    # expect NAME WANT_RC EXPECTED_MESSAGE  (runs the checker on $tmp/NAME)
    expect() {
        local name=$1 want=$2 msg=$3 out rc=0
        out=$(check_workspace "$tmp/$name/Cargo.toml" "${flags[@]}" 2>&1) || rc=$?
        if [[ $rc -eq $want ]] && { [[ -z $msg ]] || grep -qF -- "$msg" <<<"$out"; }; then
            echo "self-test: ok   $name (exit $rc${msg:+, reported \"$msg\"})"
            if [[ ${SHOW:-} == "$name" ]]; then sed 's/^/    | /' <<<"$out"; fi
        else
            failures=$((failures + 1))
            echo "self-test: FAIL $name: wanted exit $want${msg:+ and \"$msg\"}, got exit $rc; checker said:"
            sed 's/^/    | /' <<<"$out"
        fi
    }

    mkws "$tmp/clean"
    expect clean 0 "layering: OK"

    # The case the check exists for: plenary-core depending on rusqlite.
    mkws "$tmp/core-rusqlite";  mkcrate "$tmp/core-rusqlite" plenary-core "rusqlite"
    expect core-rusqlite 1 "LAYERING VIOLATION: plenary-core -> rusqlite"

    mkws "$tmp/core-transitive"; mkcrate "$tmp/core-transitive" helper "rusqlite"
    mkcrate "$tmp/core-transitive" plenary-core "helper"
    expect core-transitive 1 "LAYERING VIOLATION: plenary-core -> rusqlite: found 'rusqlite v0.0.1' in its dependency tree"

    mkws "$tmp/core-tauri";     mkcrate "$tmp/core-tauri" plenary-core "tauri"
    expect core-tauri 1 "LAYERING VIOLATION: plenary-core -> tauri"

    mkws "$tmp/api-tauri";      mkcrate "$tmp/api-tauri" helper "tauri"
    mkcrate "$tmp/api-tauri" plenary-api "plenary-core plenary-store helper"
    expect api-tauri 1 "LAYERING VIOLATION: plenary-api -> tauri"

    mkws "$tmp/store-tauri";    mkcrate "$tmp/store-tauri" plenary-store "plenary-core rusqlite tauri"
    expect store-tauri 1 "LAYERING VIOLATION: plenary-store -> tauri"

    mkws "$tmp/cli-rusqlite";   mkcrate "$tmp/cli-rusqlite" plenary-cli "plenary-api rusqlite"
    expect cli-rusqlite 1 "LAYERING VIOLATION: plenary-cli -> rusqlite: found 'rusqlite v0.0.1' as a direct"

    mkws "$tmp/api-rusqlite";   mkcrate "$tmp/api-rusqlite" plenary-api "plenary-core plenary-store rusqlite"
    expect api-rusqlite 1 "LAYERING VIOLATION: plenary-api -> rusqlite"

    mkws "$tmp/desktop-rusqlite"; mkcrate "$tmp/desktop-rusqlite" plenary-desktop "plenary-api tauri rusqlite"
    expect desktop-rusqlite 1 "LAYERING VIOLATION: plenary-desktop -> rusqlite"

    mkws "$tmp/export-rusqlite"; mkcrate "$tmp/export-rusqlite" plenary-export "plenary-core rusqlite"
    expect export-rusqlite 1 "LAYERING VIOLATION: plenary-export -> rusqlite"

    # Crates that do not exist are skipped, not an error.
    mkws "$tmp/partial"; rm -rf "$tmp/partial/crates/plenary-cli" "$tmp/partial/crates/plenary-api" "$tmp/partial/crates/plenary-desktop"
    expect partial 0 "layering: OK"

    # A workspace that cannot be resolved is an error (exit 2), never a pass.
    mkws "$tmp/broken"; mkcrate "$tmp/broken" plenary-core "does-not-exist"
    expect broken 2 ""

    if ((failures > 0)); then
        echo "layering self-test: FAILED ($failures case(s))"
        return 1
    fi
    echo "layering self-test: OK (the check fails on every planted violation and passes on a clean workspace)"
}

# --- main --------------------------------------------------------------------

main() {
    case "${1:-}" in
        --self-test)
            self_test
            ;;
        "")
            local root manifest flags
            root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
            manifest=$root/Cargo.toml
            if [[ -n ${CARGO_TREE_FLAGS+set} ]]; then
                read -r -a flags <<<"$CARGO_TREE_FLAGS"
            elif [[ -f $root/Cargo.lock ]]; then
                flags=(--locked)
            else
                flags=()
            fi
            command -v "$CARGO" >/dev/null || { echo "layering: ERROR: cargo not found (run 'make deps')" >&2; exit 2; }
            check_workspace "$manifest" "${flags[@]}"
            ;;
        -h|--help)
            sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            ;;
        *)
            echo "usage: $0 [--self-test | --help]" >&2
            exit 2
            ;;
    esac
}

main "$@"
