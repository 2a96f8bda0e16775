#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 22, point 4): the two ways a secretariat's first day
ended in criticals, each taken to the end of the process, which must exit
0 without a warning or a critical (G_DEBUG=fatal-warnings, which the
harness gives the app, turns the first into a crash, and the harness
fails a test on any it printed):

1. a new session, edited and never saved, closed with Discard (four
   GObject criticals, "instance with invalid (NULL) class pointer");
2. the live mode used, closed, then the main window closed
   (gtk_widget_set_sensitive and gtk_label_set_label criticals)."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def windows(app):
    return app.application().childCount


def run_discard():
    print('1..1')
    with harness.App(args=[]) as app:
        app.click(app.find('push button', 'New Session'))
        # The short setup (issue 22, point 10), then the session.
        app.type_into(app.find('text', 'Body'), 'Conference of the Parties')
        app.type_into(app.find('text', 'First Day'), '2022-10-17')
        app.type_into(app.find('text', 'Last Day'), '2022-10-21')
        app.click(app.find('push button', 'Create'))
        app.click(app.find('push button', 'Add Item'))
        app.type_into(app.find('text', 'Title'), 'Opening of the session')
        app.key('ctrl+w')
        # The answer ends the app: no settle() after it.
        app.find('push button', 'Discard').queryAction().doAction(0)
        status = app.wait_exit()
        assert status == 0, 'exit status %s:\n%s' % (status, app.app_output())
        assert not app.problems(), '\n'.join(app.problems())
    print('ok 1 - a new session discarded: no critical, exit 0')


def run_live(close_live_first):
    """The live mode used (a statement started; marked spoken when the
    live window is closed first), then the main window closed."""
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-shutdown-')
    path = harness.sample_session(tmp, harness.DELEGATIONS_CSV)
    print('1..1')
    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.pointer_click(app.find('list item', 'Speakers'))
        app.pointer_click(app.find('list item', 'General discussion'))
        app.click(app.find('push button', 'Add Speaker'))
        app.find('text', 'Delegation')
        app.key('alt+d')
        app.type_text('France')
        app.settle(0.5)
        app.click(app.find('push button', 'Add Speaker to List'))
        app.wait_for(lambda: windows(app) == 1, 'the speaker dialog to close')
        app.click(app.find('push button', 'Live Mode'))
        app.wait_for(lambda: windows(app) >= 2, 'the live mode')
        app.find('label', 'Speaker 1 of 1')
        app.key('space')
        app.find('label', 'Time remaining', contains=True)
        if close_live_first:
            app.key('s')
            app.wait_for(lambda: app.find_all('label', 'No One Left to Speak', contains=True), 'the end of the list')
            app.key('ctrl+w')
            app.wait_for(lambda: windows(app) == 1, 'the live mode to close')
            app.key('ctrl+w', last=True)
        else:
            # The main window's close button, the live window still open
            # over it, its statement running.
            frames = [app.application().getChildAtIndex(i) for i in range(windows(app))]
            main = [w for w in frames if 'Live' not in w.name][0]
            app.find_all('push button', 'Close', root=main)[-1].queryAction().doAction(0)
        status = app.wait_exit()
        assert status == 0, 'exit status %s:\n%s' % (status, app.app_output())
        assert not app.problems(), '\n'.join(app.problems())
    print('ok 1 - the main window closed after the live mode (%s): no critical, exit 0'
          % ('closed first' if close_live_first else 'still open'))


def run_live_other_window():
    """The main window closed while its live window runs a statement, the
    app kept alive by a second window: the live window goes with its
    main window (it would otherwise outlive the pages it writes to), and
    the rest of the app's life prints nothing."""
    import subprocess
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-shutdown-')
    path = harness.sample_session(tmp, harness.DELEGATIONS_CSV)
    other = harness.sample_session(tmp, None, name='other.plenary')
    print('1..1')
    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.pointer_click(app.find('list item', 'Speakers'))
        app.pointer_click(app.find('list item', 'General discussion'))
        app.click(app.find('push button', 'Add Speaker'))
        app.find('text', 'Delegation')
        app.key('alt+d')
        app.type_text('France')
        app.settle(0.5)
        app.click(app.find('push button', 'Add Speaker to List'))
        app.wait_for(lambda: windows(app) == 1, 'the speaker dialog to close')
        app.click(app.find('push button', 'Live Mode'))
        app.wait_for(lambda: windows(app) == 2, 'the live mode')
        app.key('space')
        app.find('label', 'Time remaining', contains=True)
        sample = [app.application().getChildAtIndex(i) for i in range(windows(app))]
        sample = [w for w in sample if 'Live' not in w.name][0]
        # A second window, in the same process (the application is unique
        # on the test's session bus).
        subprocess.run([app.app_path, other], env=dict(os.environ, GSETTINGS_BACKEND='memory'), check=True,
                       timeout=60)
        app.wait_for(lambda: windows(app) == 3, 'a second main window')
        app.find_all('push button', 'Close', root=sample)[-1].queryAction().doAction(0)
        app.wait_for(lambda: windows(app) == 1, 'the sample’s window and its live window to close')
        app.settle(1.0)
        remaining = app.application().getChildAtIndex(0)
        app.find_all('push button', 'Close', root=remaining)[-1].queryAction().doAction(0)
        status = app.wait_exit()
        assert status == 0, 'exit status %s:\n%s' % (status, app.app_output())
        assert not app.problems(), '\n'.join(app.problems())
    print('ok 1 - the main window closed with its live window running, another window open: no critical')


CASES = {
    'discard': run_discard,
    'live-closed': lambda: run_live(True),
    'live-open': lambda: run_live(False),
    'live-other-window': run_live_other_window,
}


def harness_fails_on_problems():
    """The harness's end check itself: a critical or a warning in the
    app's output fails the test, and so does an exit on a signal (the
    abort G_DEBUG=fatal-warnings makes of the first one)."""
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-harness-')
    app = harness.App(app='/bin/true')
    app.stderr_path = os.path.join(tmp, 'stderr.log')
    cases = [('', None, False),
             ('(plenary:1): Gtk-CRITICAL **: 09:00:00.000: gtk_widget_set_sensitive: assertion failed\n', None, True),
             ('(plenary:1): GLib-GObject-WARNING **: instance with invalid (NULL) class pointer\n', 0, True),
             ('Gdk-Message: 09:00:00.000: a message is no problem\n', 0, False),
             ('', -5, True)]
    for output, ended, fails in cases:
        with open(app.stderr_path, 'w') as f:
            f.write(output)
        try:
            app._check_end(ended)
            failed = False
        except AssertionError:
            failed = True
        assert failed == fails, (output, ended)


def run():
    # Each case in a process and on a bus of its own (pyatspi binds to one).
    import subprocess
    failures = 0
    harness_fails_on_problems()
    print('ok - the harness fails a test on a warning, a critical or a signal')
    for case in CASES:
        env = dict(os.environ, PLENARY_SHUTDOWN_CASE=case)
        env.pop('PLENARY_E2E_BUS', None)
        child = subprocess.run([sys.executable, os.path.abspath(__file__)], env=env,
                               capture_output=True, text=True)
        if child.returncode != 0:
            failures += 1
            print('not ok - %s\n# %s' % (case, (child.stdout + child.stderr[-3000:]).replace('\n', '\n# ')))
        else:
            print('ok - %s' % case)
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    case = os.environ.get('PLENARY_SHUTDOWN_CASE')
    harness.main(CASES.get(case, run))
