#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: Print… from the window (issue 4, item 3). Open the sample,
press Ctrl+P, pick the "Print to File" printer with the keyboard, print,
and read the PDF it wrote back with pdftotext: the agenda's items are
there, as in the exported PDF, and the print dialog has its Document tab.
Keyboard and the accessibility bus only."""

import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def pdf_text(path):
    out = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'],
                         capture_output=True, text=True, check=True).stdout
    return re.sub(r'\s+', ' ', out)


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-print-')
    path = os.path.join(tmp, 'cop10.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    exported = os.path.join(tmp, 'exported.pdf')
    subprocess.run([os.environ['PLENARY_CLI'], 'export', path, '--what', 'agenda',
                    '--format', 'pdf', '-o', exported], check=True)
    # "Print to File" writes output.pdf in the app's working folder.
    os.chdir(tmp)
    printed = os.path.join(tmp, 'output.pdf')
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.key('ctrl+p')
        dialog = app.find('dialog', 'Print')
        app.find('label', 'Document', root=dialog)    # the report's tab
        app.settle(1.0)
        app.key('Tab')             # from the tabs to the list of printers
        app.key('Down')            # "Print to File", the only one here
        app.settle(0.5)
        app.key('alt+p')           # _Print
        app.wait_for(lambda: os.path.exists(printed) and os.path.getsize(printed) > 0,
                     'the printed PDF', timeout=30)
        app.settle(1.0)

    text = pdf_text(printed)
    reference = pdf_text(exported)
    for needle in ('CTOC/COP/2020/1', 'Organizational matters',
                   'Opening of the tenth session of the Conference',
                   'Adoption of the report of the Bureau on credentials'):
        assert needle in text, needle
    assert text == reference, 'the printed pages differ from the PDF export'
    print('ok 1 - printed to a file from the window, the same text as the PDF export')


if __name__ == '__main__':
    harness.main(run)
