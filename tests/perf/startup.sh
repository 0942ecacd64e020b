#!/usr/bin/env bash
# Startup and footprint of the release app: time to first paint and the memory of every
# process of the app (the main process and WebKit's WebProcess and NetworkProcess), with the
# Lagos demo meeting and with a COP-sized meeting (70,000 participants), and the binary size.
#
#   bash tests/perf/startup.sh            (make perf)
#
# Builds the UI and the release app (cargo, --locked) and the release CLI, which makes the COP
# database once (kept under $PERF_OUT). Each run starts the app on its own Xvfb display and a
# copy of the database, waits for "plenary: first paint after N ms" in its log, waits
# PERF_IDLE seconds, reads PSS (/proc/PID/smaps_rollup) and RSS of every process of the app,
# and ends what it started, by PID. Prints a table of medians.
#
# Environment:
#   PERF_RUNS   runs per database (5)         PERF_IDLE  seconds idle before memory (5)
#   PERF_OUT    databases and logs (target/perf)
#   PERF_BUILD=0  use the binaries already built
#   PERF_COP_DB   an existing COP database to copy instead of generating one
#   PERF_MEETINGS which databases, of "demo cop"
#   PLENARY_APP, PLENARY_CLI  other binaries than target/release/plenary-desktop and plenary
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TARGET=$(realpath -m "${CARGO_TARGET_DIR:-$ROOT/target}")
APP=$(realpath -m "${PLENARY_APP:-$TARGET/release/plenary-desktop}")
CLI=$(realpath -m "${PLENARY_CLI:-$TARGET/release/plenary}")
RUNS=${PERF_RUNS:-5}
IDLE=${PERF_IDLE:-5}
OUT=$(realpath -m "${PERF_OUT:-$TARGET/perf}")
TIMEOUT=60

die() { echo "perf: ERROR: $*" >&2; exit 2; }
command -v Xvfb >/dev/null || die "Xvfb not found (make deps)"
mkdir -p "$OUT"

if [[ ${PERF_BUILD:-1} != 0 ]]; then
  echo "perf: building the UI and the release app and CLI…" >&2
  npm --prefix "$ROOT/ui" run build >"$OUT/build-ui.log" 2>&1 || die "UI build failed: $OUT/build-ui.log"
  # One package per call: built together, their features unify otherwise than `make run`'s
  # build and the dependencies would be compiled again.
  (cd "$ROOT" && cargo build --release --locked -p plenary-desktop && cargo build --release --locked -p plenary-cli --bin plenary) \
    >"$OUT/build.log" 2>&1 || die "release build failed: $OUT/build.log"
fi
[[ -x $APP ]] || die "no release app at $APP"
[[ -x $CLI ]] || die "no release CLI at $CLI"

# The two databases, each made once: the demo as a new app makes it, the COP meeting by the generator.
DEMO_DB=$OUT/demo.db
COP_DB=$OUT/cop.db
[[ -s $DEMO_DB ]] || PLENARY_DB=$DEMO_DB "$CLI" demo >/dev/null || die "plenary demo failed"
if [[ -n ${PERF_COP_DB:-} ]]; then
  COP_DB=$PERF_COP_DB
elif [[ ! -s $COP_DB ]]; then
  echo "perf: generating the COP meeting (once)…" >&2
  PLENARY_DB=$COP_DB "$CLI" demo --scale cop >/dev/null || die "plenary demo --scale cop failed"
fi
# Leave each file whole (WAL folded in), so that every run copies the same bytes.
for db in "$DEMO_DB" "$COP_DB"; do sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1 || true; done

# Every process whose parent chain leads to $1 (WebKit's children are the app's children).
tree_pids() {
  local pids=("$1") frontier=("$1") next p
  while ((${#frontier[@]})); do
    next=()
    for p in "${frontier[@]}"; do
      for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do next+=("$c"); pids+=("$c"); done
    done
    frontier=("${next[@]}")
  done
  echo "${pids[@]}"
}

# kB of PSS and RSS of one process, from smaps_rollup.
mem_of() { awk '/^Rss:/ {r=$2} /^Pss:/ {p=$2} END {print p+0, r+0}' /proc/"$1"/smaps_rollup 2>/dev/null; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%d\n", (a[NR/2]+a[NR/2+1])/2}'; }

# One run: prints "paint_ms spawn_ms open_ms main_pss web_pss net_pss other_pss main_rss web_rss net_rss other_rss" (kB).
run_once() {
  local db=$1 tag=$2 dir display xvfb app log t0 line ms=- wall=- open=- p name pss rss
  dir=$(mktemp -d "$OUT/run.XXXXXX")
  cp "$db" "$dir/plenary.db"
  display=$((90 + RANDOM % 500))
  while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
  log=$OUT/$tag.log
  t0=$EPOCHREALTIME
  DISPLAY=:$display PLENARY_DB=$dir/plenary.db HOME=$dir XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data \
    XDG_CACHE_HOME=$dir/cache "$APP" >"$log" 2>&1 &
  app=$!
  for _ in $(seq $((TIMEOUT * 50))); do
    line=$(grep -m1 -o 'first paint after [0-9]* ms' "$log" 2>/dev/null)
    if [[ -n $line ]]; then
      wall=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf "%d", (b - a) * 1000}')
      ms=${line//[!0-9]/}
      break
    fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.02
  done
  line=$(grep -m1 -o 'database opened in [0-9]* ms' "$log" 2>/dev/null)
  [[ -n $line ]] && open=${line//[!0-9]/}
  sleep "$IDLE"
  local -A kpss=([main]=0 [web]=0 [net]=0 [other]=0) krss=([main]=0 [web]=0 [net]=0 [other]=0)
  local kind
  for p in $(tree_pids "$app"); do
    name=$(cat /proc/"$p"/comm 2>/dev/null) || continue
    read -r pss rss <<<"$(mem_of "$p")"
    case $p:$name in
      "$app":*) kind=main ;;
      *:WebKitWebProces*) kind=web ;;
      *:WebKitNetworkPr*) kind=net ;;
      *) kind=other ;;
    esac
    kpss[$kind]=$((kpss[$kind] + ${pss:-0})); krss[$kind]=$((krss[$kind] + ${rss:-0}))
  done
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
  kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
  rm -rf "$dir"
  echo "$ms $wall $open ${kpss[main]} ${kpss[web]} ${kpss[net]} ${kpss[other]} ${krss[main]} ${krss[web]} ${krss[net]} ${krss[other]}"
}

mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.1f", k / 1024 }'; }

printf '%-5s %7s %7s %7s | %-36s | %-36s\n' "" "paint" "spawn" "db open" \
  "PSS MB: main   web   net other  total" "RSS MB: main   web   net other  total"
for tag in ${PERF_MEETINGS:-demo cop}; do
  db=$DEMO_DB; [[ $tag == cop ]] && db=$COP_DB
  results=()
  for i in $(seq "$RUNS"); do
    r=$(run_once "$db" "$tag-$i")
    results+=("$r")
    echo "perf: $tag run $i: $r" >&2
  done
  col() { printf '%s\n' "${results[@]}" | awk -v c="$1" '$c != "-" {print $c}' | median; }
  sum() { printf '%s\n' "${results[@]}" | awk -v a="$1" '{print $a + $(a+1) + $(a+2) + $(a+3)}' | median; }
  printf '%-5s %4s ms %4s ms %4s ms |        %5s %5s %5s %5s %6s |        %5s %5s %5s %5s %6s\n' "$tag" \
    "$(col 1)" "$(col 2)" "$(col 3)" \
    "$(mb "$(col 4)")" "$(mb "$(col 5)")" "$(mb "$(col 6)")" "$(mb "$(col 7)")" "$(mb "$(sum 4)")" \
    "$(mb "$(col 8)")" "$(mb "$(col 9)")" "$(mb "$(col 10)")" "$(mb "$(col 11)")" "$(mb "$(sum 8)")"
done
echo "paint: the app's log (since run() began); spawn: this script's clock from the spawn; db open: the database's opening,"
echo "on its own thread while WebKit starts. Medians of $RUNS runs; memory after ${IDLE} s idle (web: WebKitWebProcess, net: WebKitNetworkProcess)."
echo "binary: $(stat -c %s "$APP" | awk '{printf "%.1f MB (%d bytes)", $1 / 1048576, $1}') $APP"
