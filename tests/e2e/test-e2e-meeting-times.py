#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 22, point 8): on the Organization of Work page a
meeting's start is changed in place, by keyboard through its time picker
(Alt+Down in the From field, Up on the hour, Escape), with no Set Times
button; the meeting's heading follows, one Undo takes it back, and the
saved file holds the time chosen. Driven through the accessibility bus
only."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-meeting-times-')
    path = os.path.join(tmp, 'cop10.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    with open(path) as f:
        docs = json.load(f)['docs']
    meetings = sorted((d for d in docs if d['type'] == 'meeting'),
                      key=lambda d: (d['date'], d['start']))
    first = meetings[0]
    later = '%02d:%s' % (int(first['start'][:2]) + 1, first['start'][3:])
    assert later < first['end'], (first, later)
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.key('alt+3')           # Organization of Work
        start = app.find('text', 'Meeting Start')
        app.find('label', '%s–%s' % (first['start'], first['end']))
        assert not app.find_all('push button', 'Set Times'), 'a separate Set Times step'
        app.find('push button', 'Meeting Start: Choose a time')

        app.focus(start)
        app.key('alt+Down')        # the time picker
        app.find('spin button', 'Hour')
        app.key('Up')              # one hour later
        app.key('Escape')          # closing the picker changes the meeting
        heading = '%s–%s' % (later, first['end'])
        app.wait_for(lambda: app.find_all('label', heading), 'the meeting to start at ' + later)

        app.click(app.find('push button', 'Undo'))
        app.wait_for(lambda: app.find_all('label', '%s–%s' % (first['start'], first['end'])),
                     'the start taken back in one step')
        app.click(app.find('push button', 'Redo'))
        app.wait_for(lambda: app.find_all('label', heading), 'the start redone')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output

    with open(path) as f:
        saved = {d['_id']: d for d in json.load(f)['docs']}
    meeting = saved[first['_id']]
    assert (meeting['date'], meeting['start'], meeting['end']) == (first['date'], later, first['end']), meeting
    print('ok 1 - a meeting\'s start changed in place through its time picker, one undo step')


if __name__ == '__main__':
    harness.main(run)
