#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshot each page of the window with the sample open, under Xvfb:
    tests/e2e/screenshots.py OUTPUT_DIR
(with PLENARY_APP and PLENARY_CLI set, as meson's test environment does)."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

# The sidebar's pages in order: Alt+1…9, Alt+0 show them.
PAGES = [('1', 'overview'), ('2', 'agenda'), ('3', 'schedule'), ('4', 'deadlines'),
         ('5', 'documents'), ('6', 'participants'), ('7', 'credentials'), ('8', 'bureau'),
         ('9', 'speakers'), ('0', 'settings')]


def run():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'screenshots')
    os.makedirs(out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='plenary-shots-')
    path = os.path.join(tmp, 'ctoc-cop-10.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    # One application per process: pyatspi binds to the first bus.
    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        for key, name in PAGES:
            app.key('alt+' + key)
            app.settle(1.5)
            app.screenshot(os.path.join(out, '%s-%s.png' % (key, name)))
            print(os.path.join(out, '%s-%s.png' % (key, name)))


if __name__ == '__main__':
    harness.main(run)
