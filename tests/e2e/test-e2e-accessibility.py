#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: every control has an accessible name (issue 10). On the
sample session with five delegations, each page of the sidebar is shown
and every control the accessibility bus shows on it (anything focusable,
or with the role of a control: buttons, toggles, check boxes, entries,
combo boxes, spin buttons, sliders, switches, links, menu and list items)
must have a non-empty name, which is what a screen reader reads and what
the end-to-end tests find controls by. Scroll panes are left out: GTK
makes a scrolled window focusable for scrolling, and it is no control.
The shortcuts window too."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

CONTROL_ROLES = {'push button', 'toggle button', 'check box', 'radio button', 'text', 'password text',
                 'combo box', 'spin button', 'slider', 'switch', 'link', 'menu item', 'list item',
                 'page tab', 'tree item'}


def nameless_controls(app):
    found = []
    for node in app._walk(app.application(), prune_hidden=True):
        try:
            role = node.getRoleName()
            focusable = node.getState().contains(app.pyatspi.STATE_FOCUSABLE)
            name = (node.name or '').strip()
            parent = node.parent
            where = '%s “%s”' % (parent.getRoleName(), parent.name) if parent is not None else ''
        except Exception:  # gone while we looked
            continue
        if role == 'scroll pane' or name:
            continue
        if focusable or role in CONTROL_ROLES:
            found.append('%s in %s' % (role, where))
    return found


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-a11y-')
    path = harness.sample_session(tmp, harness.DELEGATIONS_CSV)

    print('1..%d' % (len(harness.PAGES) + 1))
    failures = 0
    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        for number, (key, title, _name) in enumerate(harness.PAGES, 1):
            app.key('alt+' + key)
            app.settle(1.0)
            app.find('label', title)
            nameless = nameless_controls(app)
            if nameless:
                failures += 1
                print('not ok %d - %s: controls without a name:\n# %s'
                      % (number, title, '\n# '.join(sorted(set(nameless)))))
            else:
                print('ok %d - %s: every control is named' % (number, title))
            sys.stdout.flush()

        # The shortcuts window (Ctrl+?) is built when first asked for, so
        # no toplevel that was never shown is left for GTK 4.8's AT-SPI
        # root to hand out (see show_shortcuts_action() in pl-window.c),
        # and it shows the accelerators it looks up through the window
        # (F10 is only the main menu's).
        number = len(harness.PAGES) + 1
        assert app.application().childCount == 1, app.application().childCount
        app.key('ctrl+shift+slash')         # Ctrl+?
        app.find('label', 'Keyboard shortcuts')
        app.find('label', 'F10')
        app.wait_for(lambda: app.application().childCount == 2, 'the shortcuts window')
        nameless = nameless_controls(app)
        app.key('Escape')
        app.wait_for(lambda: app.application().childCount == 1, 'the shortcuts window to close')
        if nameless:
            failures += 1
            print('not ok %d - shortcuts window: controls without a name:\n# %s'
                  % (number, '\n# '.join(sorted(set(nameless)))))
        else:
            print('ok %d - shortcuts window: opened with Ctrl+?, accelerators shown, every control named'
                  % number)
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    harness.main(run)
