#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshot each page of the window with the sample open, the Export
dialog, and the start view (no session open, with recent sessions), under
Xvfb:
    tests/e2e/screenshots.py OUTPUT_DIR
(with PLENARY_APP and PLENARY_CLI set, as meson's test environment does).
Each image is cropped to the window (1100 x 720, its default size, at the
corner of the screen: Xvfb has no window manager). data/screenshots/ holds
copies for the AppStream metainfo."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

WINDOW = '1100x720+0+0'


def shoot(app, path):
    app.screenshot(path)
    subprocess.run(['convert', path, '-crop', WINDOW, '+repage', path], check=True)
    print(path)


def make_sample(tmp):
    path = os.path.join(tmp, 'ctoc-cop-10.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    return path


def session_shots(out):
    tmp = tempfile.mkdtemp(prefix='plenary-shots-')
    path = make_sample(tmp)
    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        for key, _title, name in harness.PAGES:
            app.show_page(key, harness.SIDEBAR_ROWS.get(name))
            app.settle(1.5)
            shoot(app, os.path.join(out, '%s-%s.png' % (key or 'x', name)))
        app.key('alt+2')
        app.settle(0.5)
        app.key('ctrl+e')
        app.find('push button', 'Export…')
        app.settle(1.0)
        shoot(app, os.path.join(out, 'export.png'))
        app.key('Escape')


def start_shot(out):
    """The start view, with three recent sessions (a keyfile GSettings
    backend holds them)."""
    home = tempfile.mkdtemp(prefix='plenary-shots-home-')
    sessions = os.path.join(home, 'Documents', 'Sessions')
    os.makedirs(sessions)
    recent = []
    for name in ('ctoc-cop-10.plenary', 'ctoc-cop-11.plenary', 'working-group-2025.plenary'):
        path = os.path.join(sessions, name)
        subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
        recent.append(path)
    settings = os.path.join(home, 'config', 'glib-2.0', 'settings')
    os.makedirs(settings)
    with open(os.path.join(settings, 'keyfile'), 'w') as f:
        f.write('[io/github/plenary/Plenary]\nrecent-files=%s\n'
                % repr(recent).replace('"', "'"))
    with harness.App(args=[], keep_home=home,
                     env={'GSETTINGS_BACKEND': 'keyfile'}) as app:
        app.find('push button', 'Open the Sample Session')
        app.settle(1.5)
        shoot(app, os.path.join(out, 'start.png'))


def run():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'screenshots')
    os.makedirs(out, exist_ok=True)
    # One application per process: pyatspi binds to the first bus, so the
    # start view is taken by a second run of this script.
    if os.environ.get('PLENARY_SHOTS_START') == '1':
        start_shot(out)
        return
    session_shots(out)
    env = dict(os.environ, PLENARY_SHOTS_START='1')
    env.pop('PLENARY_E2E_BUS', None)
    subprocess.run([sys.executable, os.path.abspath(__file__), out], env=env, check=True)


if __name__ == '__main__':
    harness.main(run)
