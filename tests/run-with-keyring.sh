#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test in a D-Bus session of its own with a real, unlocked
# gnome-keyring (empty password) whose files live in a temporary home, so
# that libsecret is exercised without touching the user's keyring.
set -u
tmp=$(mktemp -d)
mkdir -p "$tmp/data" "$tmp/config" "$tmp/run"
chmod 700 "$tmp/run"
HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_RUNTIME_DIR=$tmp/run \
  dbus-run-session -- sh -c '
    eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)"
    export GNOME_KEYRING_CONTROL
    exec "$@"
  ' sh "$@"
status=$?
rm -rf "$tmp"
exit $status
