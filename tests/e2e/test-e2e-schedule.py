#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 9): add an item on the Agenda page, find it marked as
in no meeting (agenda.unscheduled) on the Organization of work page,
assign it to a meeting by keyboard (select it, Ctrl+M, choose the
meeting), see the mark clear, undo and redo, save; then prove with
plenary-cli that agenda.unscheduled is gone and that the exported annex
lists the item under that meeting. Driven through the accessibility bus
only."""

import datetime
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

NEW_ITEM = '2 New item'
UNSCHEDULED = NEW_ITEM + ', not scheduled'


def meeting_label(meeting):
    """The page's name of a meeting (pl-schedule-page.c, meeting_label)."""
    day = datetime.date.fromisoformat(meeting['date'])
    body = {'plenary': 'Plenary', 'committee_of_the_whole': 'Committee of the Whole'}.get(
        meeting['body'], 'Other')
    text = '%s %d %s, %s–%s, %s' % (day.strftime('%A'), day.day, day.strftime('%B %Y'),
                                     meeting['start'], meeting['end'], body)
    if meeting.get('title'):
        text += ': ' + meeting['title']
    return text


def item_rows(app, name):
    return app.find_all('list item', name, root=app.find('list', 'Agenda Items to Schedule'))


def annex_rows(markdown, day_heading):
    """The annex table's rows under @day_heading, up to the next day."""
    rows, inside = [], False
    for line in markdown.splitlines():
        if not line.startswith('|'):
            inside = False
            continue
        cells = [c.strip() for c in line.strip('|').split('|')]
        if cells[0].startswith('**'):
            inside = cells[0] == '**%s**' % day_heading
            continue
        if inside:
            rows.append(cells)
    return rows


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-schedule-')
    path = os.path.join(tmp, 'cop10.plenary')
    cli = os.environ['PLENARY_CLI']
    subprocess.run([cli, 'new', '--sample', path], check=True)
    with open(path) as f:
        docs = json.load(f)['docs']
    # The Wednesday morning meeting of the sample's annex, which takes up
    # item 3 (item 4 once the new item 2 is added).
    target = next(d for d in docs if d['type'] == 'meeting'
                  and d['date'] == '2020-10-14' and d['start'] == '12:00')
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        # Item 1 is selected: the new item comes after it, as item 2.
        app.click(app.find('push button', 'Add Item'))
        app.settle(0.5)

        app.key('alt+3')           # Organization of Work
        app.wait_for(lambda: item_rows(app, UNSCHEDULED), 'the new item marked as unscheduled')

        app.focus(item_rows(app, UNSCHEDULED)[0])   # selects the row
        app.wait_for(lambda: app.find_all('label', 'Selected: ' + NEW_ITEM), 'the selection')
        app.key('ctrl+m')          # Assign to Meeting…
        app.click(app.find('push button', meeting_label(target)))

        app.wait_for(lambda: item_rows(app, NEW_ITEM) and not item_rows(app, UNSCHEDULED),
                     'the unscheduled mark to clear')
        items = app.find('list', 'Items of ' + meeting_label(target))
        names = [r.name for r in app.find_all('list item', root=items)]
        assert names[:1] == [NEW_ITEM], names

        # One undo step takes the assignment back, redo restores it.
        app.click(app.find('push button', 'Undo'))
        app.wait_for(lambda: item_rows(app, UNSCHEDULED), 'the assignment undone')
        app.click(app.find('push button', 'Redo'))
        app.wait_for(lambda: item_rows(app, NEW_ITEM), 'the assignment redone')

        # The entry's note, kept on Enter.
        app.type_into(app.find('text', 'Note on 2'), 'introduction')
        app.key('Return')
        app.settle(0.5)

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        app.settle(0.5)
        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output

    check = subprocess.run([cli, 'check', path, '--json'], capture_output=True, text=True)
    assert check.returncode in (0, 1), check.stderr + check.stdout
    codes = [f['code'] for f in json.loads(check.stdout)]
    assert 'agenda.unscheduled' not in codes, codes

    out = os.path.join(tmp, 'agenda.md')
    subprocess.run([cli, 'export', path, '--what', 'agenda', '--format', 'md', '-o', out], check=True)
    with open(out) as f:
        markdown = f.read()
    rows = annex_rows(markdown, 'Wednesday, 14 October')
    # The meeting's first row carries its time; the new item 2 comes first,
    # in agenda order, before the former item 3, now 4.
    assert rows[0][:2] == ['12 noon–2 p.m.', '2'] and rows[0][2].startswith('New item'), rows
    assert rows[1][1] == '4', rows

    with open(path) as f:
        docs = {d['_id']: d for d in json.load(f)['docs']}
    entries = docs[target['_id']]['entries']
    new_item = next(d for d in docs.values() if d['type'] == 'item' and d['title'] == 'New item')
    assert entries[0] == {'item': new_item['_id'], 'note': 'introduction'}, entries
    print('ok 1 - an item assigned on the Organization of work page is in the exported annex')


if __name__ == '__main__':
    harness.main(run)
