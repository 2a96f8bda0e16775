#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: Export… from the window (issue 4, item 3). Open the sample,
press Ctrl+E, choose French as the document's language, press Export…,
type a file name in the save dialog, and find the PDF written, in
French, with a notification that offers to open it. Then export into
/proc, where no file can be made, and see the error naming the file. Keyboard
and the accessibility bus only."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def pdf_text(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'],
                          capture_output=True, text=True, check=True).stdout


def export_to(app, target, language_steps=0):
    app.key('ctrl+e')
    app.find('push button', 'Export…')
    app.settle(0.5)
    if language_steps:
        app.key('alt+l')                  # the Language row's mnemonic
        app.settle(0.5)
        for _ in range(language_steps):
            app.key('Down')
        app.key('Return')
        app.settle(0.5)
    app.key('ctrl+Return')                # Export…: the save dialog
    app.find('push button', 'Save', timeout=20)
    app.settle(0.5)
    app.key('ctrl+a')
    app.type_text(target)
    app.key('Return')


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-export-')
    path = os.path.join(tmp, 'cop10.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    target = os.path.join(tmp, 'agenda-fr.pdf')
    print('1..2')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')

        # English, Français, ...: one step down is French.
        export_to(app, target, language_steps=1)
        app.wait_for(lambda: os.path.exists(target), 'the exported PDF', timeout=30)
        app.find('label', 'Exported “agenda-fr.pdf”', timeout=20)
        app.find('push button', 'Open')
        text = pdf_text(target)
        assert 'CTOC/COP/2020/1' in text, text[:400]
        assert 'octobre 2020' in text, 'the French date is missing:\n' + text[:800]
        print('ok 1 - exported from the window, in French, with a toast to open it')

        # A folder where no file can be made, even by root (the save
        # dialog takes it, the write fails): an error that names the file,
        # in the same window after a successful export. (Session 2 saw a
        # GLib critical from GTK here about one run in six; it did not
        # come back in 64 runs of session 4, see the README.)
        nowhere = '/proc/plenary-agenda.pdf'
        export_to(app, nowhere)
        app.find('label', 'Could Not Export the Document', timeout=30)
        app.find('label', nowhere, contains=True)
        assert not os.path.exists(nowhere)
        assert sorted(os.listdir(tmp)) == ['agenda-fr.pdf', 'cop10.plenary'], os.listdir(tmp)
        app.key('Return')
        app.settle(1)
        print('ok 2 - a failed export names the file and writes nothing')

        # The session itself is untouched by exporting.
        assert subprocess.run([os.environ['PLENARY_CLI'], 'check', path],
                              capture_output=True).returncode in (0, 1)


if __name__ == '__main__':
    harness.main(run)
