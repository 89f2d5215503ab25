#!/bin/sh
# Runs CMD with a private, unlocked Secret Service (gnome-keyring) on the D-Bus session that
# dbus-run-session made for it, so keyring tests never touch the user's own keyring.
# Usage: dbus-run-session -- sh .ci/with-secret-service.sh CMD...
# The keyring's files live in a fresh temporary folder (XDG_DATA_HOME for the daemon only);
# CMD gets FOOTPRINT_SECRET_SERVICE=1 and the caller's XDG_DATA_HOME back.
set -eu
CALLER_DATA_HOME="${XDG_DATA_HOME-}"
KR_TMP="$(mktemp -d)"
mkdir -p "$KR_TMP/data"; mkdir -m 700 "$KR_TMP/run"
XDG_DATA_HOME="$KR_TMP/data" XDG_RUNTIME_DIR="$KR_TMP/run" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 <<PW &
${KR_PASSWORD:-throwaway-test-password}
PW
GKD_PID=$!
trap 'kill "$GKD_PID" 2>/dev/null || true; wait "$GKD_PID" 2>/dev/null || true; rm -rf "$KR_TMP"' EXIT INT TERM
i=0   # wait until org.freedesktop.secrets has an owner on this bus (at most about 5 s)
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    i=$((i+1)); [ "$i" -le 50 ] || { echo "the secret service did not come up" >&2; exit 1; }; sleep 0.1
done
if [ -n "$CALLER_DATA_HOME" ]; then export XDG_DATA_HOME="$CALLER_DATA_HOME"; else unset XDG_DATA_HOME; fi
export FOOTPRINT_SECRET_SERVICE=1
"$@"
