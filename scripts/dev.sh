#!/usr/bin/env bash
# The two developer commands of casedesk (README, "Set-up" and "Tests"):
#   bash scripts/dev.sh app          install what is missing, make the demo profile once, start casedesk
#   bash scripts/dev.sh test [ARGS]  install what is missing, start a private PostgreSQL, run pytest
# Both are idempotent: once everything is installed they start within a few seconds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

VENV="$ROOT/.venv"
CONSTRAINTS="$ROOT/requirements/constraints.txt"
BUILD_CONSTRAINTS="$ROOT/requirements/build.txt"
# Holds the hash of pyproject.toml + both constraint files of the last complete install.
STAMP="$VENV/.casedesk-install"
DEMO_HOUSEHOLDS=500
DEMO_PASSPHRASE=demo

# Qt needs the first eight even offscreen (libQt6Gui links EGL, GL, xkbcommon, fontconfig, glib;
# QtDBus links dbus); the xcb ones plus xvfb/xauth give a real window on a virtual screen;
# poppler-utils (pdftoppm, pdftotext) is for looking at exported PDFs.
QT_PACKAGES=(
    libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 fonts-dejavu-core
    libglib2.0-0 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
    xvfb xauth poppler-utils
)

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
have() { command -v "$1" >/dev/null 2>&1; }

usage() {
    cat >&2 <<'EOF'
usage: bash scripts/dev.sh app           install, create the demo profile once, start casedesk
       bash scripts/dev.sh test [ARGS]   install, start a private PostgreSQL, run pytest [ARGS]
EOF
}

# --- system packages ---------------------------------------------------------------------

# Prints those of the given Debian packages that are not installed, one a line.
missing_packages() {
    local installed p
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null \
        | awk '$2 == "installed" { print $1 }' || true)
    for p in "$@"; do
        grep -qxF "$p" <<<"$installed" || printf '%s\n' "$p"
    done
}

# Installs the missing ones when root on Debian; otherwise names them. Fails when some are
# still missing afterwards.
ensure_packages() {
    if ! have dpkg-query; then
        say "not a Debian system: make sure the equivalents of these are installed: $*"
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    if ! is_root || ! have apt-get; then
        say "missing system packages: ${missing[*]}"
        say "  install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
        return 1
    fi
    say "installing system packages: ${missing[*]}"
    local apt=(apt-get install -y -qq --no-install-recommends "${missing[@]}")
    # The package lists may be stale or absent (fresh container): refresh them only then.
    if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" >/dev/null
    fi
}

ensure_qt_packages() {
    if ! ensure_packages "${QT_PACKAGES[@]}"; then
        is_root && die "could not install the system packages Qt needs"
        say "continuing without them; Qt may fail to start"
    fi
}

# --- Python environment ------------------------------------------------------------------

install_hash() {
    cat "$ROOT/pyproject.toml" "$CONSTRAINTS" "$BUILD_CONSTRAINTS" | sha256sum | cut -d' ' -f1
}

ensure_venv() {
    local want
    want=$(install_hash)
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && "$VENV/bin/python" -c '' 2>/dev/null
    then
        return 0
    fi
    if ! "$VENV/bin/python" -c '' 2>/dev/null; then
        local python=${PYTHON:-python3}
        have "$python" || die "no $python found; set PYTHON=/path/to/python3.11"
        "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
            || die "casedesk needs Python 3.11 or newer, $python is $("$python" -V 2>&1);" \
                "set PYTHON=/path/to/python3.11"
        if ! "$python" -c 'import ensurepip' 2>/dev/null; then
            ensure_packages python3-venv || die "$python cannot create a venv (no ensurepip)"
        fi
        say "creating the virtual environment $VENV"
        "$python" -m venv --clear "$VENV"
    fi
    say "installing casedesk with pinned dependencies into .venv (a few minutes the first time)"
    local pip=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
    "${pip[@]}" -c "$BUILD_CONSTRAINTS" pip
    "${pip[@]}" -c "$CONSTRAINTS" --build-constraint "$BUILD_CONSTRAINTS" -e ".[regional,test]"
    printf '%s\n' "$want" >"$STAMP"
}

# --- app ---------------------------------------------------------------------------------

demo_profile_dir() {
    printf '%s\n' "${CASEDESK_DEMO_PROFILE:-${HOME:?HOME is not set}/.local/share/casedesk/demo}"
}

# Makes the demo profile once. It is built beside its final place and moved in when complete,
# so an interrupted run never leaves a half-filled profile behind.
ensure_demo_profile() {
    local profile=$1
    if [ -d "$profile" ] && [ -n "$(ls -A "$profile")" ]; then
        return 0
    fi
    local partial="$profile.partial"
    rm -rf "$partial"
    mkdir -p "$(dirname "$profile")"
    say "creating the demo profile in $profile ($DEMO_HOUSEHOLDS synthetic households)"
    "$VENV/bin/casedesk" demo --profile "$partial" --households "$DEMO_HOUSEHOLDS"
    rmdir "$profile" 2>/dev/null || true
    mv "$partial" "$profile"
}

cmd_app() {
    [ "$#" -eq 0 ] || { usage; exit 2; }
    ensure_qt_packages
    ensure_venv
    local profile
    profile=$(demo_profile_dir)
    if [ -n "${CASEDESK_PASSPHRASE:-}" ]; then
        say "the demo profile uses the passphrase in your CASEDESK_PASSPHRASE"
    else
        export CASEDESK_PASSPHRASE=$DEMO_PASSPHRASE
        say "the demo passphrase is '$DEMO_PASSPHRASE'"
    fi
    ensure_demo_profile "$profile"
    local app=("$VENV/bin/casedesk" --profile "$profile")
    say "demo profile: $profile"
    say "another profile: .venv/bin/casedesk --profile DIR"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        say "starting casedesk"
        exec "${app[@]}"
    fi
    say "there is no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window opens on a"
    say "  virtual screen that you cannot see. To look at the screens, render them to PNG files:"
    say "  CASEDESK_PASSPHRASE=$DEMO_PASSPHRASE .venv/bin/casedesk screenshots OUT --profile $profile"
    if have xvfb-run; then
        say "starting casedesk under xvfb-run (stop it with Ctrl+C)"
        exec xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb "${app[@]}"
    fi
    say "xvfb-run is missing: starting casedesk on Qt's offscreen platform (stop it with Ctrl+C)"
    exec env QT_QPA_PLATFORM=offscreen "${app[@]}"
}

# --- tests -------------------------------------------------------------------------------

PG_ROOT=""
PG_BIN=""

as_postgres() {
    # The server and initdb refuse to run as root; cd first because the postgres user may not
    # be allowed into the current directory (a clone in a private temp dir).
    (cd "$PG_ROOT" && runuser -u postgres -- "$@")
}

free_port() {
    "$VENV/bin/python" -c \
        'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_postgres() {
    [ -n "$PG_ROOT" ] || return 0
    if [ -f "$PG_ROOT/data/postmaster.pid" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -w -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_ROOT"
}

# Starts a throwaway cluster (trust auth, no fsync) on a free port and exports
# CASEDESK_TEST_PG. Fails, saying why, when that is not possible here.
start_postgres() {
    if [ -n "${CASEDESK_TEST_PG:-}" ]; then
        say "using the PostgreSQL server in CASEDESK_TEST_PG"
        return 0
    fi
    if ! is_root; then
        say "not root, so no private PostgreSQL cluster can be started"
        return 1
    fi
    ensure_packages postgresql || return 1
    PG_BIN=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null \
        | sort -V | tail -n 1)
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ] || ! id postgres >/dev/null 2>&1; then
        say "no PostgreSQL server binaries (or no postgres user) found"
        return 1
    fi
    PG_ROOT=$(mktemp -d /tmp/casedesk-pg.XXXXXX)
    trap stop_postgres EXIT
    chown postgres: "$PG_ROOT"
    if ! as_postgres "$PG_BIN/initdb" -D "$PG_ROOT/data" -U casedesk --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$PG_ROOT/initdb.log" 2>&1; then
        cat "$PG_ROOT/initdb.log" >&2
        say "initdb failed"
        return 1
    fi
    local port attempt
    for attempt in 1 2 3; do
        port=$(free_port)
        if as_postgres "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 60 \
            -o "-p $port -k $PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off" \
            start >/dev/null; then
            export CASEDESK_TEST_PG="postgresql+psycopg://casedesk@127.0.0.1:$port/postgres"
            say "PostgreSQL $("$PG_BIN/postgres" -V | awk '{ print $3 }') listens on" \
                "127.0.0.1:$port (private cluster in $PG_ROOT, removed at exit)"
            return 0
        fi
        say "PostgreSQL did not start on port $port (attempt $attempt)"
    done
    tail -n 20 "$PG_ROOT/server.log" >&2 || true
    return 1
}

cmd_test() {
    trap 'exit 130' INT
    trap 'exit 143' TERM
    ensure_qt_packages
    ensure_venv
    if ! start_postgres; then
        unset CASEDESK_TEST_PG
        say "the PostgreSQL tests are skipped"
    fi
    local code=0
    # --durations: every run shows its slowest tests, to keep the CI time in view.
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest --durations=10 "$@" || code=$?
    if [ "$code" -eq 5 ]; then
        say "pytest collected no tests; that counts as a failure"
        code=1
    fi
    exit "$code"
}

case "${1:-}" in
    app) shift; cmd_app "$@" ;;
    test) shift; cmd_test "$@" ;;
    -h | --help | help) usage ;;
    *) usage; exit 2 ;;
esac
