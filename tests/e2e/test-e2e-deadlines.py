#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 9): on the Deadlines page, give the seed's
exceptional draft-resolutions deadline back to its rule, set it by hand
again, add a manual deadline and see it among the Overview's next
deadlines; export the calendar through the file dialog of Export
Calendar… and read the iCalendar file and the saved session."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

DRAFTS = 'Submission of draft resolutions'
MANUAL = 'Registration of delegations'


def unfold(ics):
    """RFC 5545 3.1: a line break followed by a space continues the line."""
    return ics.replace('\r\n ', '').replace('\n ', '')


def open_menu(app, name):
    """A GtkMenuButton shows AT-SPI itself and its inner toggle button,
    both named: press the inner one."""
    app.find('push button', name)
    app.click(app.find_all('push button', name)[-1])


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-deadlines-')
    path = os.path.join(tmp, 'cop10.plenary')
    ics = os.path.join(tmp, 'calendar.ics')
    cli = os.environ['PLENARY_CLI']
    subprocess.run([cli, 'new', '--sample', path], check=True)
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.key('alt+4')           # Deadlines
        revert = 'Compute “%s” from Its Rule' % DRAFTS
        app.click(app.find('push button', revert))
        app.wait_for(lambda: not app.find_all('push button', revert), 'the deadline computed again')

        # By hand again: the popover's field has the focus.
        open_menu(app, 'Set Date of “%s”' % DRAFTS)
        app.key('ctrl+a')
        app.type_text('2020-09-21 18:00')
        app.key('Return')
        app.wait_for(lambda: app.find_all('push button', revert), 'the deadline set by hand')

        open_menu(app, 'Add Deadline…')
        app.type_text(MANUAL)
        app.key('Tab')
        app.type_text('2031-01-15 12:00')
        app.key('Tab')
        app.type_text('decision 9/1')
        app.key('Return')
        app.find('push button', 'Delete “%s”' % MANUAL)

        app.key('alt+1')           # Overview: the next deadline
        next_list = app.find('list', 'Next Deadlines')
        app.wait_for(lambda: app.find_all('list item', MANUAL, root=next_list, contains=True),
                     'the manual deadline among the next ones')

        app.key('alt+3')           # Organization of Work
        app.click(app.find('push button', 'Export Calendar…'))
        name = app.find('text', 'Name:')
        app.type_into(name, ics)
        app.key('Return')
        app.wait_for(lambda: os.path.exists(ics), 'the exported calendar')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output

    with open(path) as f:
        docs = json.load(f)['docs']
    drafts = next(d for d in docs if d['type'] == 'deadline' and d['title'] == DRAFTS)
    assert (drafts['due'], drafts['origin'], drafts['basis']) == \
        ('2020-09-21T18:00:00+02:00', 'manual', 'draft_resolutions'), drafts
    manual = next(d for d in docs if d['type'] == 'deadline' and d['title'] == MANUAL)
    assert (manual['due'], manual['origin'], manual['rule']) == \
        ('2031-01-15T12:00:00+01:00', 'manual', 'decision 9/1'), manual

    with open(ics, newline='') as f:
        calendar = unfold(f.read())
    n_meetings = sum(1 for d in docs if d['type'] == 'meeting')
    n_deadlines = sum(1 for d in docs if d['type'] == 'deadline')
    assert calendar.count('BEGIN:VEVENT') == n_meetings + n_deadlines, calendar
    assert 'Europe/Vienna' in calendar and 'BEGIN:VTIMEZONE' in calendar, calendar
    assert MANUAL in calendar, calendar
    print('ok 1 - deadlines set by hand, computed, added, and exported as a calendar')


if __name__ == '__main__':
    harness.main(run)
