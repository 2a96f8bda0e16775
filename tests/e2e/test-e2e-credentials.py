#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 6): open the sample, which registers the 190 States
parties (issue 22); add two other States from the reference list on the
Participants page (ticked together), open Austria's credentials, record a
copy and then the original, and see through AT-SPI the status go from
Missing to Provisional to In due form and the progress count from 0 to 1
of 190; save, and check with plenary-cli that the Bureau's report lists
Austria among the formal credentials in due form, and the file holds the
original."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

STATE = 'Austria'


def label_shown(app, text):
    return bool(app.find_all('label', text))


def record(app, form, received):
    """Pick the form, type the time received, press Record Receipt."""
    app.click(app.find('push button', form))
    app.focus(app.find('text', 'Date and Time Received'))
    app.key('ctrl+a')
    app.key('BackSpace')
    app.type_text(received)
    app.click(app.find('push button', 'Record Receipt'))


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-credentials-')
    path = os.path.join(tmp, 'cop10.plenary')
    out = os.path.join(tmp, 'credentials.md')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    print('1..2')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')

        # Participants: the sample's 190 States parties.
        app.pointer_click(app.find('list item', 'Participants'))
        app.wait_for(lambda: label_shown(app, '190 delegations, 0 present, 0 members'), 'the summary')
        app.click(app.find('push button', 'Add State…'))

        # Escape in the search closes Add State and adds nothing, even with
        # a State ticked (issue 22, point 8).
        app.focus(app.find('entry', 'Search States'))
        app.type_text('Tuvalu')
        app.key('Return')
        app.find('push button', 'Add 1 State')
        app.type_text('Sol')
        app.key('Escape')
        app.wait_for(lambda: not app.find_all('entry', 'Search States'), 'Add State to close')
        assert label_shown(app, '190 delegations, 0 present, 0 members'), app.dump()
        app.click(app.find('push button', 'Add State…'))

        # The reference list, less the States in the session, searched as
        # you type; States are ticked, then added at once.
        app.focus(app.find('entry', 'Search States'))
        app.type_text(STATE)
        app.settle(0.5)
        assert not app.find_all('check box', 'Choose ' + STATE), 'Austria is offered again'
        app.key('ctrl+a')
        app.key('BackSpace')
        app.type_text('Papua')
        app.settle(0.5)
        assert not app.find_all('check box', 'Choose Tuvalu'), 'the search did not filter'
        app.pointer_click(app.find('check box', 'Choose Papua New Guinea'))
        app.focus(app.find('entry', 'Search States'))
        app.key('ctrl+a')
        app.key('BackSpace')
        app.type_text('Solomon')
        app.pointer_click(app.find('check box', 'Choose Solomon Islands'))
        app.click(app.find('push button', 'Add 2 States'))
        app.wait_for(lambda: label_shown(app, '192 delegations, 0 present, 0 members'), 'the summary')

        # Austria's credentials, from the Credentials page.
        app.pointer_click(app.find('list item', 'Credentials'))
        app.pointer_click(app.find('label', STATE))

        # Credentials: missing, then provisional, then in due form.
        app.wait_for(lambda: label_shown(app, '0 of 190 in due form'), 'the progress 0 of 190')
        app.wait_for(lambda: label_shown(app, 'Missing'), 'the status Missing')
        record(app, 'Copy', '2020-10-09 10:00')
        app.wait_for(lambda: label_shown(app, 'Provisional'), 'the status Provisional')
        assert label_shown(app, '0 of 190 in due form'), app.dump()
        record(app, 'Original', '2020-10-10 11:30')
        app.wait_for(lambda: label_shown(app, 'In due form'), 'the status In due form')
        app.wait_for(lambda: label_shown(app, '1 of 190 in due form'), 'the progress 1 of 190')
        print('ok 1 - the status and the progress follow a copy and then the original')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output

    result = subprocess.run([os.environ['PLENARY_CLI'], 'export', path, '--what', 'credentials',
                             '--format', 'md', '-o', out], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with open(out) as f:
        report = f.read()
    sections = report.split('\n### ')
    due = next(s for s in sections if s.startswith('A. '))
    information = next(s for s in sections if s.startswith('B. '))
    assert STATE in due, due
    assert STATE not in information, information
    assert '| Formal credentials in due form | 1 |' in report, report

    with open(path) as f:
        docs = json.load(f)['docs']
    credentials = next(d for d in docs if d['_id'] == 'credentials:AUT')
    assert credentials['form'] == 'original', credentials
    assert credentials['delegation'] == 'delegation:AUT', credentials
    assert credentials['received'].startswith('2020-10-10T11:30:00+02:00'), credentials
    print('ok 2 - the saved report lists %s among the credentials in due form' % STATE)


if __name__ == '__main__':
    harness.main(run)
