#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 22, point 10): New Session asks a short setup; a
field in error is named and nothing is created; the previous session's
file fills the fields and carries its settings and foreseen agenda over."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-new-session-')
    previous = harness.sample_session(tmp)
    print('1..2')

    with harness.App(args=[]) as app:
        app.click(app.find('push button', 'New Session'))
        app.find('text', 'Body')
        app.click(app.find('push button', 'Create'))
        app.find('label', 'Body: say which body meets', contains=True)
        assert not app.find_all('list item', 'Agenda'), 'a session was created'
        print('ok 1 - an empty body is named and nothing is created')

        app.click(app.find('push button', 'Choose the Previous Session’s File'))
        app.key('ctrl+l')
        app.type_text(previous)
        app.key('Return')
        app.wait_for(lambda: app.find_all('label', os.path.basename(previous)),
                     'the previous session read into the setup')
        app.type_into(app.find('text', 'First Day'), '2022-10-17')
        app.type_into(app.find('text', 'Last Day'), '2022-10-21')
        app.click(app.find('push button', 'Create'))
        app.wait_for(lambda: app.find_all('label', 'Eleventh session'), "the new session's title")
        app.show_page('2', 'Agenda')
        app.wait_for(lambda: app.find_all('label', 'Opening of the eleventh session of the Conference',
                                          contains=True),
                     'the agenda carried over, its ordinals moved on')
        assert app.find_all('label', 'Provisional agenda for the twelfth session', contains=True)
    print('ok 2 - the previous session fills the setup and carries its agenda over')


if __name__ == '__main__':
    harness.main(run)
