#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: every control has an accessible name (issues 10 and 17).
On the sample session (its 190 States parties, five of them with
members), each page of the sidebar is
shown, then every dialog, editor pane and window the pages open: the
agenda item editor, Export, Preferences, Add State and the delegation
editor it leads to, Add Organization, the credentials editor, the
speaker and list dialogs, the live mode, the shortcuts window; and, in a
second run of this script (pyatspi binds to one bus), the start view, and
in a third, each page of a delegate's window (issue 18).
Every control the accessibility bus shows there (anything focusable, or
with the role of a control: buttons, toggles, check boxes, entries, combo
boxes, spin buttons, sliders, switches, links, menu and list items) must
have a non-empty name, which is what a screen reader reads and what the
end-to-end tests find controls by (App.nameless_controls()). Scroll panes
are left out: GTK makes a scrolled window focusable for scrolling, and it
is no control. The Conflicts dialog needs a server: test-e2e-sync.py
checks it the same way."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


class Report:
    """One TAP line per view."""

    def __init__(self, total):
        self.number = 0
        self.failures = 0
        print('1..%d' % total)
        sys.stdout.flush()

    def check(self, app, what):
        self.number += 1
        nameless = app.nameless_controls()
        if nameless:
            self.failures += 1
            print('not ok %d - %s: controls without a name:\n# %s' % (self.number, what, '\n# '.join(nameless)))
        else:
            print('ok %d - %s: every control is named' % (self.number, what))
        sys.stdout.flush()


def windows(app):
    return app.application().childCount


def close_with_escape(app, what):
    app.key('Escape')
    app.wait_for(lambda: windows(app) == 1, what + ' to close')


def open_window(app, action, what):
    """Press @action (a key combination, or a button to click) and wait
    for a second window."""
    if isinstance(action, str):
        app.key(action)
    else:
        app.click(action)
    app.wait_for(lambda: windows(app) == 2, what)
    app.settle(1.0)


# The views after the pages: name, and how many.
VIEWS = ['the agenda item editor', 'the shortcuts window', 'the Export dialog', 'Preferences',
         'Add State', 'the delegation editor', 'Add Organization', 'the credentials editor',
         'the Speakers page with a list shown', 'the speaker dialog', 'the list dialog', 'the live mode',
         'the proposal editor', 'Take Action']


def run_start_view():
    """The second run: the start view (no file given)."""
    report = Report(1)
    with harness.App(args=[]) as app:
        app.find('push button', 'Open the Sample Session')
        app.settle(1.0)
        report.check(app, 'the start view')
    sys.exit(1 if report.failures else 0)


# A delegate's sidebar (issue 18): Alt+N and the page's title.
DELEGATE_PAGES = [('1', 'Now'), ('2', 'Agenda'), ('3', 'Proposals'), ('4', 'Speakers'), ('5', 'Officers'),
                  ('6', 'Participants')]


def run_delegate_view():
    """The third run: a delegate's copy (its roles kept in the file, the
    server out of reach) shows a delegate's pages."""
    import json
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-a11y-delegate-')
    path = harness.sample_session(tmp, harness.DELEGATIONS_CSV)
    with open(path) as f:
        data = json.load(f)
    # A submitted proposal (issue 19): its row offers Co-sponsor.
    data['docs'].append({'_id': 'proposal:6f1c8f4e-2a57-4c1e-9d0b-3f8e2b7a9c10', 'type': 'proposal',
                         'kind': 'draft_resolution', 'symbol': 'CTOC/COP/2020/L.3',
                         'title': 'Strengthening international cooperation', 'status': 'submitted',
                         'sponsors': [{'delegation': 'delegation:DZA', 'role': 'sponsor', 'on_behalf_of': None,
                                       'joined': '2020-09-18T10:00:00Z', 'withdrawn': None}]})
    # Port 9 (discard) refuses: the copy stays offline, a delegate's.
    data['sync'] = {'server': 'http://127.0.0.1:9/', 'database': 'cop10-delegates', 'user': 'fra',
                    'last_seq': None, 'records': {}, 'conflicts': [], 'roles': ['delegate', 'delegation:FRA']}
    with open(path, 'w') as f:
        json.dump(data, f)

    report = Report(len(DELEGATE_PAGES))
    with harness.App(args=[path], env={'PLENARY_PASSWORD': 'not-used'}) as app:
        app.find('label', 'Delegation of France')
        for key, title in DELEGATE_PAGES:
            app.key('alt+' + key)
            app.settle(1.0)
            app.find('list item', title)
            report.check(app, "a delegate's " + title)
        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output
    sys.exit(1 if report.failures else 0)


def run_in_child(report, variable, what):
    """Runs this script again with @variable set: a process and a bus of
    its own."""
    env = dict(os.environ, **{variable: '1'})
    env.pop('PLENARY_E2E_BUS', None)
    child = subprocess.run([sys.executable, os.path.abspath(__file__)], env=env, capture_output=True, text=True)
    lines = [line for line in child.stdout.splitlines() if not line.startswith('1..')]
    report.number += 1
    if child.returncode != 0:
        report.failures += 1
        text = '\n'.join(lines) or child.stderr.strip()[-3000:]
        print('not ok %d - %s\n# %s' % (report.number, what, text.replace('\n', '\n# ')))
    else:
        print('ok %d - %s: every control is named' % (report.number, what))
    sys.stdout.flush()


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-a11y-')
    path = harness.sample_session(tmp, harness.DELEGATIONS_CSV)

    report = Report(len(harness.PAGES) + len(harness.RECORD_PAGES) + len(VIEWS) + 2)
    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        for key, title, name in harness.PAGES + harness.RECORD_PAGES:
            app.show_page(key, harness.SIDEBAR_ROWS.get(name))
            app.settle(1.0)
            app.find('label', title)
            report.check(app, title)

        # The agenda item editor, beside the agenda: the first item is
        # selected when the session opens.
        app.key('alt+2')
        app.find('text', 'Title')
        app.settle(0.5)
        report.check(app, VIEWS[0])

        # The shortcuts window (Ctrl+?) is built when first asked for, so
        # no toplevel that was never shown is left for GTK 4.8's AT-SPI
        # root to hand out (see show_shortcuts_action() in pl-window-actions.c),
        # and it shows the accelerators it looks up through the window
        # (F10 is only the main menu's).
        assert windows(app) == 1, windows(app)
        app.key('ctrl+shift+slash')         # Ctrl+?
        app.find('label', 'Keyboard shortcuts')
        app.find('label', 'F10')
        app.wait_for(lambda: windows(app) == 2, 'the shortcuts window')
        report.check(app, VIEWS[1])
        close_with_escape(app, 'the shortcuts window')

        open_window(app, 'ctrl+e', 'the Export dialog')
        app.find('push button', 'Export…')
        report.check(app, VIEWS[2])
        close_with_escape(app, 'the Export dialog')

        open_window(app, 'ctrl+comma', 'Preferences')
        report.check(app, VIEWS[3])
        close_with_escape(app, 'Preferences')

        # Participants: Add State, then the editor of the State added.
        app.pointer_click(app.find('list item', 'Participants'))
        open_window(app, app.find('push button', 'Add State…'), 'Add State')
        app.find('entry', 'Search States')
        report.check(app, VIEWS[4])
        app.focus(app.find('entry', 'Search States'))
        # The sample registers every State party: Add State offers the
        # others, such as Tuvalu.
        app.type_text('Tuvalu')
        app.settle(0.5)
        # Enter ticks the State found, Enter again adds what is ticked.
        app.key('Return')
        app.find('push button', 'Add 1 State')
        app.key('Return')
        app.wait_for(lambda: windows(app) == 1, 'Add State to close')
        # Tuvalu, no party, takes part as an observer: no credentials.
        app.wait_for(lambda: app.find_all('text', 'Delegation Name'), 'the delegation editor')
        app.settle(0.5)
        report.check(app, VIEWS[5])

        open_window(app, app.find('push button', 'Add Organization…'), 'Add Organization')
        report.check(app, VIEWS[6])
        app.click(app.find('push button', 'Cancel'))
        app.wait_for(lambda: windows(app) == 1, 'Add Organization to close')

        # The credentials editor, one click from a State party's
        # delegation editor.
        app.pointer_click(app.find('label', 'Algeria'))
        app.click(app.find('push button', 'Edit Credentials'))
        app.find('text', 'Date and Time Received')
        app.settle(0.5)
        report.check(app, VIEWS[7])

        # Speakers: a list shown, its dialogs and the live mode.
        app.pointer_click(app.find('list item', 'Speakers'))
        app.pointer_click(app.find('list item', 'General discussion'))
        app.find('push button', 'Edit List')
        app.settle(0.5)
        report.check(app, VIEWS[8])

        # A speaker added through the dialog: the live mode needs one.
        open_window(app, app.find('push button', 'Add Speaker'), 'the speaker dialog')
        app.find('text', 'Delegation')
        report.check(app, VIEWS[9])
        app.key('alt+d')
        app.type_text('France')
        app.settle(0.5)
        app.click(app.find('push button', 'Add Speaker to List'))
        app.wait_for(lambda: windows(app) == 1, 'the speaker dialog to close')

        open_window(app, app.find('push button', 'Edit List'), 'the list dialog')
        app.find('push button', 'Save List')
        report.check(app, VIEWS[10])
        close_with_escape(app, 'the list dialog')

        open_window(app, app.find('push button', 'Live Mode'), 'the live mode')
        report.check(app, VIEWS[11])
        # Escape leaves full screen only (issue 22); Ctrl+W closes.
        app.key('ctrl+w')
        app.wait_for(lambda: windows(app) == 1, 'the live mode to close')

        # Proposals: a new proposal in its editor, then Take Action.
        app.pointer_click(app.find('list item', 'Proposals'))
        app.click(app.find('push button', 'New Proposal'))
        app.find('push button', 'Revise…')
        app.settle(0.5)
        report.check(app, VIEWS[12])
        open_window(app, app.find('push button', 'Take Action…'), 'Take Action')
        report.check(app, VIEWS[13])
        close_with_escape(app, 'Take Action')

        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output

    # The start view and a delegate's window, each in a process of its
    # own, on a bus of its own.
    run_in_child(report, 'PLENARY_A11Y_START_VIEW', 'the start view')
    run_in_child(report, 'PLENARY_A11Y_DELEGATE', "a delegate's window")
    sys.exit(1 if report.failures else 0)


if __name__ == '__main__':
    if os.environ.get('PLENARY_A11Y_START_VIEW') == '1':
        harness.main(run_start_view)
    elif os.environ.get('PLENARY_A11Y_DELEGATE') == '1':
        harness.main(run_delegate_view)
    else:
        harness.main(run)
