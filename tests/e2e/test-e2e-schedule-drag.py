#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 9), with the pointer: drag an unscheduled item from
the item list onto a meeting's entry (it takes that entry's place), drag
an entry back to the item list (it leaves the meeting), undo; save and
read the file. The sample is changed first so that item 5 is in no
meeting. Pointer events go through XTEST, as a person's would."""

import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

MEETING = 'Monday 12 October 2020, 12:00–14:00, Plenary'


def center(app, node):
    ext = node.queryComponent().getExtents(app.pyatspi.WINDOW_COORDS)
    return ext.x + ext.width // 2, ext.y + ext.height // 2


def drag(app, source, target):
    """Press on @source, move in steps (GTK starts a drag past a
    threshold), release on @target."""
    (x0, y0), (x1, y1) = center(app, source), center(app, target)
    reg = app.pyatspi.Registry
    reg.generateMouseEvent(x0, y0, 'abs')
    time.sleep(0.2)
    reg.generateMouseEvent(x0, y0, 'b1p')
    time.sleep(0.2)
    for i in range(1, 21):
        reg.generateMouseEvent(x0 + (x1 - x0) * i // 20, y0 + (y1 - y0) * i // 20, 'abs')
        time.sleep(0.05)
    time.sleep(0.3)
    reg.generateMouseEvent(x1, y1, 'b1r')
    app.settle(1.0)


def entries(app):
    return [r.name for r in app.find_all('list item', root=app.find('list', 'Items of ' + MEETING))]


def item_list(app):
    return app.find('list', 'Agenda Items to Schedule')


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-schedule-drag-')
    path = os.path.join(tmp, 'cop10.plenary')
    cli = os.environ['PLENARY_CLI']
    subprocess.run([cli, 'new', '--sample', path], check=True)
    with open(path) as f:
        session = json.load(f)
    items = {d['_id']: d for d in session['docs'] if d['type'] == 'item'}
    item5 = next(i for i, d in items.items() if d['title'] == 'Technical assistance')
    for doc in session['docs']:
        if doc['type'] == 'meeting':
            doc['entries'] = [e for e in doc['entries'] if e['item'] != item5]
    with open(path, 'w') as f:
        json.dump(session, f)
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.key('alt+3')           # Organization of Work
        unscheduled = app.find('list item', '5 Technical assistance, not scheduled', root=item_list(app))
        before = entries(app)
        assert before[2] == '1 (c) Adoption of the agenda and organization of work', before

        # Onto the entry 1 (c): the item takes its place.
        drag(app, unscheduled, app.find('list item', before[2], root=app.find('list', 'Items of ' + MEETING)))
        app.wait_for(lambda: entries(app)[2:4] == ['5 Technical assistance', before[2]], 'the dropped item')
        app.find('list item', '5 Technical assistance', root=item_list(app))
        # Out of agenda order: the meeting says so (schedule.order).
        app.find('label', '(schedule.order)', contains=True)

        # Back to the item list: it leaves the meeting.
        drag(app, app.find('list item', '5 Technical assistance', root=app.find('list', 'Items of ' + MEETING)),
             app.find('list item', '2 (a) Organized Crime Convention', root=item_list(app)))
        app.wait_for(lambda: entries(app) == before, 'the entry taken off')
        app.find('list item', '5 Technical assistance, not scheduled', root=item_list(app))

        # Undo puts it back where it was dropped.
        app.click(app.find('push button', 'Undo'))
        app.wait_for(lambda: '5 Technical assistance' in entries(app), 'the removal undone')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output

    with open(path) as f:
        docs = json.load(f)['docs']
    meeting = next(d for d in docs if d['type'] == 'meeting'
                   and d['date'] == '2020-10-12' and d['start'] == '12:00')
    assert [e['item'] for e in meeting['entries']].index(item5) == 2, meeting['entries']
    check = subprocess.run([cli, 'check', path, '--json'], capture_output=True, text=True)
    codes = [f['code'] for f in json.loads(check.stdout)]
    assert 'agenda.unscheduled' not in codes and 'schedule.order' in codes, codes
    print('ok 1 - items are dragged onto a meeting and back, undoably')


if __name__ == '__main__':
    harness.main(run)
