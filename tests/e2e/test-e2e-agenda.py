#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: open the sample, add an item and a sub-item, retitle them,
move the item up and see the numbers change, attach a document by symbol,
undo and redo, save; then prove with plenary-cli and the JSON that each
change landed. Driven through the accessibility bus only."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ITEM_TITLE = 'Commemoration of the twentieth anniversary'
SUB_TITLE = 'High-level segment'
SYMBOL = 'CTOC/COP/2020/5'


def number_of(app, title):
    """The number shown beside @title in the agenda tree."""
    tree = app.find('list', 'Agenda Items')
    for row in app.find_all('panel', root=tree):
        name = row.name or ''
        if name.endswith(' ' + title):
            return name[:-len(title) - 1]
    return None


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-agenda-')
    path = os.path.join(tmp, 'cop10.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.wait_for(lambda: number_of(app, 'Organizational matters') == '1', 'item 1')
        assert number_of(app, 'Opening of the tenth session of the Conference') == '1 (a)'

        # Item 1 is selected: a new item comes after it, as item 2.
        app.click(app.find('push button', 'Add Item'))
        app.wait_for(lambda: number_of(app, 'New item') == '2', 'the new item as item 2')
        assert number_of(app, 'Review of the implementation of the United Nations Convention '
                              'against Transnational Organized Crime and the Protocols thereto') in ('3', None)

        app.key('alt+t')          # the Title field's mnemonic
        app.key('ctrl+a')
        app.type_text(ITEM_TITLE)
        app.wait_for(lambda: number_of(app, ITEM_TITLE) == '2', 'the retitled item')

        # Move it up: it becomes item 1 and the old item 1 becomes 2.
        app.click(app.find('push button', 'Move Up'))
        app.wait_for(lambda: number_of(app, ITEM_TITLE) == '1', 'the moved item as item 1')
        app.wait_for(lambda: number_of(app, 'Organizational matters') == '2', 'old item 1 as item 2')
        assert number_of(app, 'Opening of the tenth session of the Conference') == '2 (a)'

        app.click(app.find('push button', 'Add Sub-item'))
        app.wait_for(lambda: number_of(app, 'New sub-item') == '1 (a)', 'the sub-item 1 (a)')
        app.key('alt+t')
        app.key('ctrl+a')
        app.type_text(SUB_TITLE)
        app.wait_for(lambda: number_of(app, SUB_TITLE) == '1 (a)', 'the retitled sub-item')

        # Attach a document by its symbol.
        app.key('alt+y')
        app.type_text(SYMBOL)
        app.settle(1.0)
        app.key('Escape')          # close the completion popup, if shown
        app.click(app.find('push button', 'Add Document'))
        app.find('push button', 'Remove ' + SYMBOL)

        # Undo takes the document back, redo restores it.
        app.click(app.find('push button', 'Undo'))
        app.wait_for(lambda: not app.find_all('push button', 'Remove ' + SYMBOL), 'the document undone')
        app.click(app.find('push button', 'Redo'))
        app.find('push button', 'Remove ' + SYMBOL)

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        assert 'WARNING' not in app.app_output() and 'CRITICAL' not in app.app_output(), app.app_output()

    check = subprocess.run([os.environ['PLENARY_CLI'], 'check', path, '--json'],
                           capture_output=True, text=True)
    # The new item is in no meeting yet: agenda.unscheduled is right about
    # it, and it is the only error.
    assert check.returncode in (0, 1), check.stderr + check.stdout
    findings = json.loads(check.stdout)
    errors = [f for f in findings if f['severity'] == 'error']
    assert [f['code'] for f in errors] in ([], ['agenda.unscheduled']), findings

    with open(path) as f:
        docs = json.load(f)['docs']
    items = [d for d in docs if d['type'] == 'item']
    top = sorted((d for d in items if d.get('parent') is None), key=lambda d: d['position'])
    assert top[0]['title'] == ITEM_TITLE, [t['title'] for t in top]
    assert top[1]['title'] == 'Organizational matters', [t['title'] for t in top]
    subs = [d for d in items if d.get('parent') == top[0]['_id']]
    assert [s['title'] for s in subs] == [SUB_TITLE], subs
    document = next(d for d in docs if d['type'] == 'document' and d['symbol'] == SYMBOL)
    assert [e['document'] for e in subs[0]['documents']] == [document['_id']], subs[0]
    print('ok 1 - agenda edits land in the saved file')


if __name__ == '__main__':
    harness.main(run)
