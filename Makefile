# Plenary — developer and CI entry points. `make` (or `make help`) lists them.
#
# Cargo.lock is committed and every cargo call runs with --locked: a change to
# the dependencies must come with its updated Cargo.lock. (`make CARGO_LOCKED=`
# drops the flag for a local experiment.)

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

CARGO        ?= cargo
CARGO_LOCKED ?= --locked

# Database used by `make run` (its folder is created).
PLENARY_DB ?= $$HOME/.local/share/plenary/plenary.db
# The release `plenary` CLI, run through cargo (so CARGO_TARGET_DIR is honoured).
PLENARY := $(CARGO) run --quiet --release $(CARGO_LOCKED) -p plenary-cli --bin plenary --

# Where `make test` keeps the full `cargo test` output (its summary is read from it).
TEST_LOG ?= target/make-test.log

# Debian packages installed by `make deps` (only those missing).
#   build-essential, pkg-config : C toolchain for rusqlite's bundled SQLite
#   sqlite3                     : tests check numbers with plain SQL
#   poppler-utils               : pdftotext / pdftoppm to check exported PDFs
#   the rest                    : the Tauri v2 desktop app (WebKitGTK) and its e2e tests
#                                 (Xvfb, WebKitWebDriver), per DESIGN.md §7
APT_PACKAGES := build-essential pkg-config sqlite3 poppler-utils libxml2-utils python3-docx python3-icalendar python3-html5lib python3-openpyxl nodejs npm \
	libwebkit2gtk-4.1-dev file libxdo-dev libssl-dev libayatana-appindicator3-dev \
	librsvg2-dev xvfb xauth webkit2gtk-driver imagemagick

# The UI is built before cargo compiles the desktop crate: tauri::generate_context! embeds ui/dist.
UI_DIST := ui/dist/index.html

# The e2e tests (tests/e2e, DESIGN.md §7): tauri-driver from crates.io (installed by `make deps`
# when missing), the debug app they drive (cargo honours CARGO_TARGET_DIR), and the Xvfb screen.
TAURI_DRIVER_VERSION := 2.1.0
E2E_APP  = $${CARGO_TARGET_DIR:-target}/debug/plenary-desktop
E2E_XVFB := xvfb-run -a -s '-screen 0 1280x800x24'

.PHONY: help deps ui build test e2e bench run run-cli clean crash-test perf

help: ## list the targets
	@echo "Plenary — make targets:"
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z0-9-]*:.*## / {printf "  %-8s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "Variables: PLENARY_DB=$(PLENARY_DB)  CARGO_LOCKED=$(CARGO_LOCKED)"

deps: ## install what a fresh Debian 12 machine is missing (idempotent; apt needs root)
	@command -v $(CARGO) >/dev/null 2>&1 || { \
		echo "deps: ERROR: cargo not found on PATH. Install the Rust toolchain (rustup, Rust >= 1.85; CI uses 1.95) and retry." >&2; \
		exit 1; }
	@command -v dpkg-query >/dev/null 2>&1 || { \
		echo "deps: ERROR: dpkg-query not found: this target supports Debian/Ubuntu only. Install by hand: $(APT_PACKAGES)" >&2; \
		exit 1; }
	@missing=(); \
	for pkg in $(APT_PACKAGES); do \
		if [[ $$pkg == nodejs || $$pkg == npm ]] && command -v $$pkg >/dev/null 2>&1; then continue; fi; \
		if [[ $$pkg == nodejs ]] && command -v node >/dev/null 2>&1; then continue; fi; \
		status=$$(dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null || true); \
		[[ $$status == "install ok installed" ]] || missing+=("$$pkg"); \
	done; \
	if (( $${#missing[@]} == 0 )); then \
		echo "deps: apt packages present: $(APT_PACKAGES)"; \
	else \
		sudo=(); \
		if (( $$(id -u) != 0 )); then \
			command -v sudo >/dev/null 2>&1 || { echo "deps: ERROR: missing $${missing[*]} and not root (no sudo)" >&2; exit 1; }; \
			sudo=(sudo); \
		fi; \
		echo "deps: installing $${missing[*]}"; \
		"$${sudo[@]}" apt-get update; \
		"$${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$${missing[@]}"; \
	fi
	@if ! $(CARGO) clippy --version >/dev/null 2>&1; then \
		command -v rustup >/dev/null 2>&1 || { echo "deps: ERROR: cargo clippy is missing and rustup is not available to add it" >&2; exit 1; }; \
		echo "deps: installing the clippy component"; \
		rustup component add clippy; \
	fi
	@if [[ ! -d ui/node_modules ]] || [[ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then \
		echo "deps: npm ci (ui)"; \
		npm --prefix ui ci --no-audit --no-fund; \
	else \
		echo "deps: ui/node_modules up to date"; \
	fi
	@if ! command -v tauri-driver >/dev/null 2>&1 && [[ ! -x "$${CARGO_HOME:-$$HOME/.cargo}/bin/tauri-driver" ]]; then \
		echo "deps: cargo install tauri-driver $(TAURI_DRIVER_VERSION) (for make e2e)"; \
		$(CARGO) install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked; \
	fi
	@if [[ ! -d tests/e2e/node_modules ]] || [[ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]]; then \
		echo "deps: npm ci (tests/e2e)"; \
		npm --prefix tests/e2e ci --no-audit --no-fund --ignore-scripts; \
	else \
		echo "deps: tests/e2e/node_modules up to date"; \
	fi

ui: deps ## build the UI into ui/dist (the desktop app embeds it)
	npm --prefix ui run build

$(UI_DIST):
	$(MAKE) ui

build: ui ## build the UI and the whole workspace (debug)
	$(CARGO) build --workspace $(CARGO_LOCKED)

test: deps ## layering check, UI checks and tests, all cargo tests, clippy, e2e
	bash .ci/check-layering.sh
	bash .ci/check-layering.sh --self-test
	npm --prefix ui run check
	npm --prefix ui run build
	@mkdir -p "$(dir $(TEST_LOG))"
	npm --prefix ui test 2>&1 | tee "$(TEST_LOG).ui"
	$(CARGO) test --workspace $(CARGO_LOCKED) 2>&1 | tee "$(TEST_LOG)"
	$(CARGO) clippy --workspace --all-targets $(CARGO_LOCKED) -- -D clippy::correctness
	$(MAKE) --no-print-directory e2e
	@read -r passed failed ignored < <(awk ' \
		/^test result:/ { for (i = 1; i < NF; i++) { \
			if ($$(i+1) ~ /^passed/)  p += $$i; \
			if ($$(i+1) ~ /^failed/)  f += $$i; \
			if ($$(i+1) ~ /^ignored/) g += $$i; } } \
		END { printf "%d %d %d\n", p, f, g }' "$(TEST_LOG)"); \
	echo "make test: layering OK, layering self-test OK, UI tests OK, cargo test OK, clippy (correctness) OK, e2e OK"; \
	echo "tests: $$passed passed, $$failed failed, $$ignored skipped"

# The app is built with --workspace --tests --bins, which resolves features as `cargo test
# --workspace` does: after make test's cargo test it links the app from the same artifacts
# instead of rebuilding every dependency (and, unlike --all-targets, links no benchmark).
e2e: deps ## build the UI and the app, drive the window under Xvfb (tests/e2e; screenshots in target/e2e)
	@export E2E_STARTED=$$(date +%s); \
	npm --prefix ui run build; \
	$(CARGO) build --workspace --tests --bins $(CARGO_LOCKED); \
	echo "e2e: UI and app built in $$(( $$(date +%s) - E2E_STARTED )) s"; \
	PLENARY_APP="$(E2E_APP)" $(E2E_XVFB) bash tests/e2e/run.sh

# The scale spec on the COP meeting (70,000 participants, 1,000 sessions, 500 paragraphs),
# which the debug CLI takes about 40 s to make; `make e2e` runs the same spec on 7,000.
# Prints the medians (keystroke → result, click → form, day switch, outcome opened) and
# writes them to target/e2e/scale.json.
.PHONY: e2e-scale
e2e-scale: deps ## the scale e2e spec on a COP-sized meeting (70,000 participants): timings in target/e2e/scale.json
	@npm --prefix ui run build
	$(CARGO) build --workspace --tests --bins $(CARGO_LOCKED)
	E2E_SCALE=cop E2E_SPEC_TIMEOUT=600 PLENARY_APP="$(E2E_APP)" $(E2E_XVFB) bash tests/e2e/run.sh tests/e2e/specs/scale.test.mjs

# The crash harness (plenary-api/tests/crash): a worker killed with SIGKILL at seeded random
# moments during edits, imports, exports and backups, the database reopened and checked after
# each kill. `make test` runs 25 trials of the debug build; this runs PLENARY_CRASH_TRIALS
# (1,000) of the release build. PLENARY_CRASH_SEED replays a run.
crash-test: ## the crash harness: 1,000 SIGKILL trials (release); prints trials, failures and time
	@started=$$(date +%s); \
	PLENARY_CRASH_TRIALS=$${PLENARY_CRASH_TRIALS:-1000} $(CARGO) test --release $(CARGO_LOCKED) -p plenary-api --test crash; \
	echo "crash-test: wall time $$(( $$(date +%s) - started )) s, build included"

bench: ## every benchmark (Criterion, release; generated meetings of 7,000/35,000/70,000), then a table of medians and growth
	@mkdir -p target && touch target/bench-started
	$(CARGO) bench $(CARGO_LOCKED) -p plenary-api -p plenary-export --benches
	@python3 tests/perf/bench_summary.py --since target/bench-started $${CARGO_TARGET_DIR:-target}/criterion

perf: deps ## startup and footprint of the release app under Xvfb (demo and COP meetings): first paint, memory per process, binary size
	bash tests/perf/startup.sh

run: deps ## build the UI and the app, and open the window (a new database gets the Lagos meeting)
	npm --prefix ui run build
	$(CARGO) build --release $(CARGO_LOCKED) -p plenary-desktop
	@if [[ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]]; then \
		echo "run: no display; starting the app under Xvfb (screenshots: import -window root FILE)"; \
		xvfb-run -a -s '-screen 0 1280x800x24' ./target/release/plenary-desktop; \
	else \
		./target/release/plenary-desktop; \
	fi

run-cli: ## build the release CLI; on PLENARY_DB: demo, stats (en, fr), sessions
	$(CARGO) build --release $(CARGO_LOCKED) -p plenary-cli --bin plenary
	@db="$(PLENARY_DB)"; \
	mkdir -p "$$(dirname "$$db")"; \
	echo "run: database $$db"; \
	json=$$($(PLENARY) --db "$$db" demo --json); \
	echo "$$json"; \
	id=$$(printf '%s' "$$json" | tr -d '\n' | sed -n 's/.*"meeting_id"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p'); \
	[[ -n $$id ]] || { echo "run: ERROR: no meeting_id in the output of 'plenary demo --json'" >&2; exit 1; }; \
	echo "== plenary stats --meeting $$id --lang en"; \
	$(PLENARY) --db "$$db" stats --meeting "$$id" --lang en; \
	echo "== plenary stats --meeting $$id --lang fr"; \
	$(PLENARY) --db "$$db" stats --meeting "$$id" --lang fr; \
	echo "== plenary sessions --meeting $$id"; \
	$(PLENARY) --db "$$db" sessions --meeting "$$id"

clean: ## cargo clean
	$(CARGO) clean
