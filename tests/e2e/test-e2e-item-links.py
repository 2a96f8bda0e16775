#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 22, point 3): the sample's item 8, Other matters,
refers to itself by a link, "under agenda item [8](item:…)". On the Agenda
page its annotation shows "As Printed" with the item's current number;
after Move Up the window reads "agenda item 7", with the link in the
source unchanged. Link to Item then inserts a link from a menu of items,
and Link Numbers makes a number typed as text a link.
Driven through the accessibility bus only."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

OTHER_MATTERS = 'item:904050ab-6a10-4273-911e-07a99a39432d'


def number_of(app, title):
    """The number shown beside @title in the agenda tree."""
    tree = app.find('list', 'Agenda Items')
    for row in app.find_all('panel', root=tree):
        name = row.name or ''
        if name.endswith(' ' + title):
            return name[:-len(title) - 1]
    return None


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def printed(app):
    """What the window shows of the annotation as printed: the label after
    the heading “As Printed” (a label is named by its text)."""
    editor = app.find('filler', 'PlAnnotationEditor')
    names = [n.name or '' for n in app.find_all('label', root=editor)]
    return names[names.index('As Printed') + 1] if 'As Printed' in names[:-1] else ''


def source(app):
    return text_of(app.find('text', 'Annotation'))


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-item-links-')
    path = os.path.join(tmp, 'cop10.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.wait_for(lambda: number_of(app, 'Other matters') == '8', 'item 8')

        # Item 8 is below the visible rows: from item 1, End goes to item 9
        # and Up to item 8, the selection following the keyboard.
        tree = app.find('list', 'Agenda Items')
        app.pointer_click(app.find('label', 'Organizational matters', root=tree))
        app.key('End')
        app.key('Up')
        app.wait_for(lambda: 'under agenda item 8 have' in printed(app), 'item 8 as printed: ' + printed(app))
        assert 'item:' not in printed(app), printed(app)
        shots = os.environ.get('PLENARY_SHOTS')
        if shots:
            app.screenshot(os.path.join(shots, '23-link-as-printed-before.png'))

        app.click(app.find('push button', 'Move Up'))
        app.wait_for(lambda: number_of(app, 'Other matters') == '7', 'Other matters as item 7')
        app.wait_for(lambda: 'under agenda item 7 have' in printed(app),
                     'the annotation reads item 7: ' + printed(app))
        assert 'item 8' not in printed(app), printed(app)
        # The source keeps the link as typed: only the printed number moves.
        assert '[8](%s)' % OTHER_MATTERS in source(app), source(app)
        if shots:
            app.screenshot(os.path.join(shots, '23-link-as-printed-after-move.png'))

        # Link to Item: the menu lists the items by their current numbers,
        # and the link goes in at the cursor.
        app.focus(app.find('text', 'Annotation'))
        app.key('ctrl+End')
        app.type_text(' See also sub-item ')
        app.pointer_click(app.find('push button', 'Link to Item'))
        entry = app.find('menu item', '2 (d)', contains=True)
        if shots:
            app.screenshot(os.path.join(shots, '23-link-menu.png'))
        app.click(entry)
        app.wait_for(lambda: source(app).endswith('See also sub-item [2 (d)](item:10a3f27d-ba19-4285-a0bd-ad065f47df8c)'),
                     'the inserted link: ' + source(app))
        app.wait_for(lambda: printed(app).endswith('See also sub-item 2 (d)'), 'the link as printed: ' + printed(app))

        # A number typed as text: the editor offers agenda.number-in-text's
        # fix, which makes it a link.
        app.type_text(', and agenda item 3.')
        button = app.find('push button', 'Link Typed Item Numbers')
        if shots:
            app.screenshot(os.path.join(shots, '23-link-typed-number.png'))
        app.click(button)
        app.wait_for(lambda: 'agenda item [3](item:' in source(app), 'the typed number linked: ' + source(app))
        app.wait_for(lambda: not app.find_all('push button', 'Link Typed Item Numbers'), 'the fix offered no more')
        assert 'See also sub-item 2 (d), and agenda item 3.' in printed(app), printed(app)
        assert 'WARNING' not in app.app_output() and 'CRITICAL' not in app.app_output(), app.app_output()
    print('ok 1 - an item link shows the current number in the window')


if __name__ == '__main__':
    harness.main(run)
