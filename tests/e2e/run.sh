#!/usr/bin/env bash
# Plenary's end-to-end tests: the built desktop app driven through tauri-driver
# (WebKitWebDriver) by the specs in specs/*.test.mjs (node --test + WebdriverIO `remote()`).
#
# Needs a display: `make e2e` runs it under `xvfb-run -a -s '-screen 0 1280x800x24'`.
#
#   bash tests/e2e/run.sh [SPEC.test.mjs ...]      (default: every tests/e2e/specs/*.test.mjs)
#
# Each spec file gets a tauri-driver of its own on 127.0.0.1:$E2E_PORT, started with a new
# PLENARY_DB, HOME and XDG_* folders in its environment; WebKitWebDriver and the app inherit
# them, so every spec file starts on a new database (the Lagos demo meeting) and reopening the
# app within a file (a new WebDriver session) finds the same database. PLENARY_SAVE_PATH
# (saved/export under the same folder) answers the app's save dialogs; the spec gets it as
# E2E_SAVE_PATH to read what was saved. PLENARY_OPEN_PATH answers the open dialogs with
# fixtures/<spec name>.<ext> when the spec has such a file; fixtures/<spec name>.setup.sh, when
# there is one, makes the spec's database before its app starts. Afterwards the driver,
# WebKitWebDriver and any app left over are ended by PID.
#
# Environment:
#   PLENARY_APP      the app binary (default: target/debug/plenary-desktop)
#   E2E_PORT         tauri-driver's port (4444); E2E_NATIVE_PORT WebKitWebDriver's (4445)
#   E2E_OUT          screenshots and logs (target/e2e)
#   E2E_SPEC_TIMEOUT seconds one spec file may take (300)
#   E2E_KEEP=1       keep the temporary databases and folders
#   E2E_STARTED      epoch seconds when `make e2e` started, to print the whole wall time
#
# Prints one line per spec file, the wall time, and last `N passed, N failed`; exits 0 only
# when every test passed.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP=$(realpath -m "${PLENARY_APP:-$ROOT/target/debug/plenary-desktop}")
# Ports: 4444 (tauri-driver) and 4445 (WebKitWebDriver) unless taken, e.g. by another run on
# the same machine: then the next free pair (4446/4447, …). E2E_PORT fixes them.
BASE_PORT=${E2E_PORT:-4444}
PORT_FIXED=${E2E_PORT:+yes}
PORT=$BASE_PORT
NATIVE_PORT=${E2E_NATIVE_PORT:-$((BASE_PORT + 1))}
OUT=$(realpath -m "${E2E_OUT:-$ROOT/target/e2e}")
SPEC_TIMEOUT=${E2E_SPEC_TIMEOUT:-300}
T0=$EPOCHREALTIME

die() { echo "e2e: ERROR: $*" >&2; echo "0 passed, 1 failed"; exit 2; }

# --- what the run needs ---------------------------------------------------------------------
[[ -n ${DISPLAY:-} ]] || die "no DISPLAY: run under xvfb-run (make e2e does)"
TAURI_DRIVER=$(command -v tauri-driver || true)
[[ -z $TAURI_DRIVER && -x ${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver ]] && TAURI_DRIVER=${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver
[[ -n $TAURI_DRIVER ]] || die "tauri-driver not found: cargo install tauri-driver --locked (make deps)"
NATIVE_DRIVER=$(command -v WebKitWebDriver || true)
[[ -n $NATIVE_DRIVER ]] || die "WebKitWebDriver not found: apt-get install webkit2gtk-driver (make deps)"
[[ -x $APP ]] || die "no app binary at $APP: cargo build -p plenary-desktop --locked"
[[ -d $HERE/node_modules/webdriverio ]] || die "webdriverio missing: npm ci --prefix tests/e2e (make deps)"

if (( $# > 0 )); then
  SPECS=()
  for s in "$@"; do SPECS+=("$(realpath "$s")"); done
else
  shopt -s nullglob
  SPECS=("$HERE"/specs/*.test.mjs)
  shopt -u nullglob
fi
(( ${#SPECS[@]} > 0 )) || die "no spec files"

mkdir -p "$OUT/logs"
rm -f "$OUT"/*.png "$OUT"/logs/*
WORK=$(mktemp -d "${TMPDIR:-/tmp}/plenary-e2e.XXXXXX")

# --- tauri-driver, started and ended by PID ------------------------------------------------
DRIVER_PID=""

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The PIDs below $1, deepest first.
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    descendants "$child"
    echo "$child"
  done
}

# Ends tauri-driver, WebKitWebDriver and any app: the process tree under the driver, and what
# is left in the driver's own process group (an app whose WebKitWebDriver ended first).
stop_driver() {
  [[ -n $DRIVER_PID ]] || return 0
  local pids=() pid i
  mapfile -t pids < <(descendants "$DRIVER_PID"; echo "$DRIVER_PID"
    ps -e -o pid=,pgid= | awk -v g="$DRIVER_PID" '$2 == g && $1 != g { print $1 }')
  (( ${#pids[@]} )) && kill -TERM "${pids[@]}" 2>/dev/null
  for i in $(seq 30); do
    local alive=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    (( ${#alive[@]} == 0 )) && break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null; done
  wait "$DRIVER_PID" 2>/dev/null
  DRIVER_PID=""
}

# The running spec file: `timeout` (a process group of its own) over node --test.
NODE_PID=""
stop_node() {
  [[ -n $NODE_PID ]] || return 0
  kill -TERM -- "-$NODE_PID" "$NODE_PID" 2>/dev/null
  local i
  for i in $(seq 30); do kill -0 "$NODE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$NODE_PID" "$NODE_PID" 2>/dev/null
  wait "$NODE_PID" 2>/dev/null
  NODE_PID=""
}

PASSED=0 FAILED=0 SKIPPED=0
INTERRUPTED=""
cleanup() {
  stop_node
  stop_driver
  if [[ ${E2E_KEEP:-} == 1 ]]; then echo "e2e: temporary folders kept in $WORK"; else rm -rf "$WORK"; fi
  if [[ -n $INTERRUPTED ]]; then
    echo "e2e: interrupted ($INTERRUPTED); the spec file that was running counts as failed"
    echo "$PASSED passed, $((FAILED + 1)) failed"
  fi
}
trap cleanup EXIT
trap 'INTERRUPTED=SIGINT; exit 130' INT
trap 'INTERRUPTED=SIGTERM; exit 143' TERM

# The PID listening on TCP port $1 on this machine (empty when unknown).
listener_pid() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2
}

# Whether PID $1 is DRIVER_PID or one of its descendants.
ours() {
  [[ -n $1 ]] || return 0 # ss unavailable: nothing to check against
  [[ $1 == "$DRIVER_PID" ]] || descendants "$DRIVER_PID" | grep -qx "$1"
}

# Starts tauri-driver on $PORT (WebKitWebDriver on $NATIVE_PORT) with a new database and new
# home folders under $1, its output in $2, the open dialogs answered with $3 (if any). When a
# port is taken (another run on this machine), moves on to the next pair unless E2E_PORT fixed
# them. Checks that both ports are served by this driver, so that no session can reach another
# run's app and database.
start_driver() {
  local dir=$1 log=$2 open=${3:-} try i
  mkdir -p "$dir"/{home,data,config,cache,state,saved}
  for try in $(seq 0 49); do
    if [[ -z $PORT_FIXED ]]; then
      PORT=$((BASE_PORT + 2 * try))
      NATIVE_PORT=$((PORT + 1))
    elif (( try > 0 )); then
      return 1
    fi
    if port_open "$PORT" || port_open "$NATIVE_PORT"; then
      [[ -n $PORT_FIXED ]] && echo "e2e: port $PORT or $NATIVE_PORT is taken (E2E_PORT=$PORT)" >&2
      continue
    fi
    # setsid: a process group of its own, so that nothing it starts outlives stop_driver.
    env PLENARY_DB="$dir/plenary.db" PLENARY_SAVE_PATH="$dir/saved/export" ${open:+PLENARY_OPEN_PATH="$open"} HOME="$dir/home" \
      XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" XDG_STATE_HOME="$dir/state" \
      setsid -w "$TAURI_DRIVER" --port "$PORT" --native-port "$NATIVE_PORT" --native-driver "$NATIVE_DRIVER" \
      >"$log" 2>&1 </dev/null &
    DRIVER_PID=$!
    for i in $(seq 100); do
      kill -0 "$DRIVER_PID" 2>/dev/null || break
      if port_open "$PORT" && port_open "$NATIVE_PORT"; then
        if ours "$(listener_pid "$PORT")" && ours "$(listener_pid "$NATIVE_PORT")"; then
          return 0
        fi
        echo "e2e: another process took port $PORT or $NATIVE_PORT first" >&2
        break
      fi
      sleep 0.1
    done
    kill -0 "$DRIVER_PID" 2>/dev/null && (( i == 100 )) && echo "e2e: tauri-driver did not listen on $PORT and $NATIVE_PORT within 10 s" >&2
    kill -0 "$DRIVER_PID" 2>/dev/null || { echo "e2e: tauri-driver exited; its log:" >&2; cat "$log" >&2; }
    stop_driver
  done
  return 1
}

# --- the specs -----------------------------------------------------------------------------
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
tap_count() { if [[ -f $2 ]]; then awk -v k="$1" '$1 == "#" && $2 == k { n = $3 } END { print n + 0 }' "$2"; else echo 0; fi; }

echo "e2e: app $APP"
echo "e2e: ${#SPECS[@]} spec files; screenshots in $OUT"
SUMMARY=()
for spec in "${SPECS[@]}"; do
  name=$(basename "$spec" .test.mjs)
  dir="$WORK/$name"
  tap="$OUT/logs/$name.tap"
  s0=$EPOCHREALTIME
  echo
  open=$(compgen -G "$HERE/fixtures/$name.*" | grep -v '\.setup\.sh$' | head -n 1)
  # A spec's own database, made before its app starts: fixtures/<spec>.setup.sh, run with
  # PLENARY_DB set and PLENARY_CLI the `plenary` CLI built beside the app.
  setup="$HERE/fixtures/$name.setup.sh"
  if [[ -f $setup ]]; then
    mkdir -p "$dir"
    u0=$EPOCHREALTIME
    if ! env PLENARY_DB="$dir/plenary.db" PLENARY_CLI="$(dirname "$APP")/plenary" bash "$setup" >"$OUT/logs/$name.setup.log" 2>&1; then
      echo "=== $name: $setup failed; its output:"
      cat "$OUT/logs/$name.setup.log"
      FAILED=$((FAILED + 1))
      SUMMARY+=("$(printf '%-20s setup failed' "$name")")
      continue
    fi
    echo "e2e: $name: database made by fixtures/$name.setup.sh in $(seconds "$u0" "$EPOCHREALTIME") s"
  fi
  if ! start_driver "$dir" "$OUT/logs/$name.driver.log" "$open"; then
    echo "=== $name"
    stop_driver
    FAILED=$((FAILED + 1))
    SUMMARY+=("$(printf '%-20s could not start tauri-driver' "$name")")
    continue
  fi
  echo "=== $name (tauri-driver on 127.0.0.1:$PORT, database $dir/plenary.db)"
  # In the background with `wait`, so that a signal to this script is handled at once.
  (
    cd "$HERE" &&
      exec env E2E_DRIVER_PORT="$PORT" PLENARY_APP="$APP" E2E_SCREENSHOTS="$OUT" E2E_SAVE_PATH="$dir/saved/export" \
        timeout --kill-after=10 "$SPEC_TIMEOUT" node --test \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$tap" \
        "$spec"
  ) &
  NODE_PID=$!
  wait "$NODE_PID"
  status=$?
  NODE_PID=""
  stop_driver
  pass=$(tap_count pass "$tap")
  fail=$(( $(tap_count fail "$tap") + $(tap_count cancelled "$tap") ))
  skip=$(( $(tap_count skipped "$tap") + $(tap_count todo "$tap") ))
  # A file that crashed, hung or ran no test counts as one failure.
  if (( status != 0 && fail == 0 )) || (( pass + fail + skip == 0 )); then
    (( status == 124 )) && echo "e2e: $name took more than ${SPEC_TIMEOUT} s and was stopped" >&2
    fail=$((fail + 1))
  fi
  PASSED=$((PASSED + pass)) FAILED=$((FAILED + fail)) SKIPPED=$((SKIPPED + skip))
  SUMMARY+=("$(printf '%-20s %d passed, %d failed  %6s s' "$name" "$pass" "$fail" "$(seconds "$s0" "$EPOCHREALTIME")")")
done

echo
echo "e2e: results (screenshots and logs in $OUT)"
for line in "${SUMMARY[@]}"; do echo "  $line"; done
tests_time=$(seconds "$T0" "$EPOCHREALTIME")
if [[ -n ${E2E_STARTED:-} ]]; then
  total=$(( $(date +%s) - E2E_STARTED ))
  echo "e2e: wall time ${total} s (build $(awk -v a="$total" -v b="$tests_time" 'BEGIN { printf "%.0f", a - b }') s, tests ${tests_time} s)"
else
  echo "e2e: wall time ${tests_time} s"
fi
if (( SKIPPED > 0 )); then
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
else
  echo "$PASSED passed, $FAILED failed"
fi
(( FAILED == 0 ))
