#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 18's first "done when", end to end: a staff window and a
delegate's window, two processes with two accounts, against a real
PouchDB Server started here.

The secretariat's session (the sample, with Kenya registered) is on the
server; the staff window is the clerk's synced file. The delegate of
Kenya joins from the start view with an invitation file and, on the
Speakers page, selects a list and asks for the floor for a registered
member (the dialog defaults to the selected list and offers only the
registered members). The staff window, on another page, counts the
request on its Speakers row (the notice's visible side; the desktop
notification itself is the notification service's) and shows it in the
requests pane, where staff accept it. The delegate's My Requests shows
"at position N" and the expected time. Staff decline a second request
with a reason the delegate reads; a third stays pending. Then the staff's
live mode starts the statement and the delegate's Now page shows the
current speaker and the countdown: the delay between the staff's click
and the delegate's label (the two processes' clocks, one machine) is
printed as a figure, not asserted.

Each application runs in its own process and D-Bus session (pyatspi
binds to the first bus it meets); the two drivers wait on each other
through marker files in the test's folder, never on time.

PLENARY_E2E_SHOTS=DIR keeps the screenshots in DIR."""

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DB = 'cop10'
SPEAKER = 'Wanjiru Kamau'
KEN_CSV = 'delegation,iso,name,function,rank,email\n,KEN,%s,head,minister,w.kamau@example.org\n' % SPEAKER
WAIT = 120


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sync_e2e = load_module('sync_e2e', os.path.join(HERE, 'test-e2e-sync.py'))
join_e2e = load_module('join_e2e', os.path.join(HERE, 'test-e2e-join.py'))


LIST = 'General discussion'   # the sample's second list: not the default one
REASON = 'The list is closed'
COUNTDOWN = re.compile(r'^\d+:\d\d left$')


# Markers: one driver writes, the other waits (bounded).

def mark(folder, name, value=None):
    with open(os.path.join(folder, name), 'w') as f:
        f.write(str(time.time() if value is None else value))


def read_mark(folder, name):
    with open(os.path.join(folder, name)) as f:
        return f.read()


def wait_mark(app, folder, name, timeout=WAIT):
    path = os.path.join(folder, name)
    return app.wait_for(lambda: os.path.exists(path), 'the other window: ' + name, timeout=timeout)


def shot(app, shots, name):
    path = os.path.join(shots, name)
    app.screenshot(path)
    print('# screenshot %s' % path)


def window_named(app, title):
    """The application's toplevel called @title (a dialog)."""
    root = app.application()
    for i in range(root.childCount):
        child = root.getChildAtIndex(i)
        if child is not None and child.name == title:
            return child
    return None


def dialog_with(app, role, name):
    """The toplevel, other than the main window, holding a @role @name."""
    root = app.application()
    for i in range(root.childCount):
        child = root.getChildAtIndex(i)
        if child is not None and not (child.name or '').endswith('— Plenary') and app.find_all(role, name, root=child):
            return child
    return None


def labels(app, root=None):
    return [n.name or '' for n in app.find_all('label', root=root)]


def label_containing(app, text, root=None):
    return next((t for t in labels(app, root) if text in t), None)


def speakers_row(app):
    return app.find('list item', 'Speakers')


def pending_description(app):
    """What the Speakers row says to screen readers of the requests
    waiting (its count)."""
    description = speakers_row(app).description or ''
    return description if 'wait' in description else None


def select_list(app, title):
    row = app.wait_for(lambda: next((n for n in app.find_all('list item', title, contains=True)
                                     if n.name != 'Speakers'), None), 'the list “%s”' % title)
    app.pointer_click(row)


def phase_staff(url, home, shots, folder, staff_path):
    """The clerk's window: the request counted on the Speakers row while
    on another page, shown in the requests pane, accepted; a second one
    declined with a reason; the live mode starts the statement."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    # The clerk's password from PLENARY_PASSWORD (which stands in for the
    # keyring): storing it with secret-tool raced the keyring's start at
    # times. The delegate's goes through the keyring, as joining does.
    with harness.App(args=[staff_path], keep_home=home, env={'PLENARY_PASSWORD': 'clerk-pw'}) as app:
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the staff window up to date', timeout=WAIT)
        # On the Agenda (the default page), not on Speakers.
        app.find('label', 'Agenda')
        assert pending_description(app) is None, pending_description(app)
        mark(folder, 'staff-ready')

        # The notice: the Speakers row counts the request, on any page.
        wait_mark(app, folder, 'delegate-requested-1')
        said = app.wait_for(lambda: pending_description(app), 'the Speakers row to count the request',
                            timeout=WAIT)
        assert said.startswith('1 request'), said
        assert '1' in labels(app), labels(app)
        mark(folder, 'staff-counted', said)
        shot(app, shots, '18-e2e-staff-notice-count.png')

        # The requests pane of the list asked for; accept.
        app.pointer_click(speakers_row(app))
        select_list(app, LIST)
        accept = app.find('push button', 'Accept Kenya', timeout=WAIT)
        shot(app, shots, '18-e2e-staff-request.png')
        app.click(accept)
        app.wait_for(lambda: not app.find_all('push button', 'Accept Kenya'), 'the request answered')
        app.wait_for(lambda: pending_description(app) is None, 'the count gone once answered')
        mark(folder, 'staff-accepted')

        # The second request: declined, with a reason.
        wait_mark(app, folder, 'delegate-requested-2')
        app.click(app.find('push button', 'Decline Kenya', timeout=WAIT))
        dialog = app.wait_for(lambda: dialog_with(app, 'text', 'Reason'), 'the dialog asking the reason')
        app.type_into(app.find('text', 'Reason', root=dialog), REASON, replace=False)
        app.click(app.find('push button', 'Decline', root=dialog))
        app.wait_for(lambda: not app.find_all('push button', 'Decline Kenya'), 'the request declined')
        mark(folder, 'staff-declined')

        # The third stays pending; the live mode runs the list.
        wait_mark(app, folder, 'delegate-requested-3')
        app.find('push button', 'Accept Kenya', timeout=WAIT)
        app.click(app.find('push button', 'Live Mode'))
        app.find('label', 'Speaker 1 of 1')
        wait_mark(app, folder, 'delegate-on-now')
        start = app.find('push button', 'Start or Pause')
        clicked = time.time()
        app.click(start)
        mark(folder, 'staff-started', clicked)
        wait_mark(app, folder, 'delegate-done', timeout=WAIT + 60)
        shot(app, shots, '18-e2e-staff-live.png')
        assert 'CRITICAL' not in app.app_output(), app.app_output()


def request_in_dialog(app, folder, n):
    """The Request to Speak dialog: on the selected list, for a registered
    member (the only one Kenya has), with the registration's rank."""
    dialog = app.wait_for(lambda: window_named(app, 'Request to Speak'), 'the Request to Speak dialog')
    app.wait_for(lambda: label_containing(app, LIST, root=dialog), 'the selected list in the dialog')
    app.wait_for(lambda: label_containing(app, SPEAKER, root=dialog), 'the registered member in the dialog')
    assert not app.find_all('text', root=dialog), 'the dialog takes no typed name'
    app.click(app.find('push button', 'Request', root=dialog))
    app.wait_for(lambda: window_named(app, 'Request to Speak') is None, 'the dialog closed')
    mark(folder, 'delegate-requested-%d' % n)


def wait_countdown(app):
    return next((t for t in labels(app) if COUNTDOWN.match(t)), None)


def phase_delegate(url, home, shots, folder, invitation):
    """The delegate joins with the invitation, asks for the floor three
    times (one accepted, one declined, one pending), and follows the room
    on Now."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[], keep_home=home) as app:
        app.click(app.find('push button', 'Join a Session…'))
        join_e2e.open_invitation_with_chooser(app, invitation)
        join_e2e.join(app, 'ken-pw')
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the delegate’s copy up to date', timeout=WAIT)
        mark(folder, 'delegate-joined')
        app.find('label', 'Nothing Under Way')   # Now, before the live mode

        wait_mark(app, folder, 'staff-ready')
        app.pointer_click(speakers_row(app))
        select_list(app, LIST)
        app.wait_for(lambda: app.find_all('label', LIST), 'the list shown')
        # The page's own button, by pointer.
        app.pointer_click(app.find('push button', 'Request to Speak'))
        request_in_dialog(app, folder, 1)
        app.wait_for(lambda: label_containing(app, 'Waiting for the secretariat'), 'the request pending')

        wait_mark(app, folder, 'staff-accepted')
        accepted = app.wait_for(lambda: label_containing(app, 'Accepted, at position'),
                                'My Requests: accepted, at its position', timeout=WAIT)
        assert accepted.startswith('Accepted, at position 1'), accepted
        assert 'expected' in accepted and 'at about' in accepted, accepted
        mark(folder, 'delegate-accepted', accepted)
        shot(app, shots, '18-e2e-delegate-speakers-accepted.png')

        # The same button from the keyboard (it kept the focus): Return
        # reaches an enabled button on a read-only page.
        app.key('Return')
        request_in_dialog(app, folder, 2)
        wait_mark(app, folder, 'staff-declined')
        declined = app.wait_for(lambda: label_containing(app, 'Declined: ' + REASON),
                                'My Requests: declined, with the reason', timeout=WAIT)
        mark(folder, 'delegate-declined', declined)

        # From another page, Shift+Ctrl+R: the Speakers page's list still.
        app.pointer_click(app.find('list item', 'Agenda'))
        app.key('ctrl+shift+r')
        request_in_dialog(app, folder, 3)
        app.pointer_click(speakers_row(app))
        app.wait_for(lambda: label_containing(app, 'Waiting for the secretariat'), 'the third request pending')
        shot(app, shots, '18-e2e-delegate-speakers-my-requests.png')
        for page in ('Agenda', 'Officers', 'Participants'):
            app.pointer_click(app.find('list item', page))
            app.settle(0.5)
            shot(app, shots, '18-e2e-delegate-%s.png' % page.lower())

        # Now: the current speaker and the countdown, as the live mode
        # starts the statement. Polled tightly (no settle) to time it.
        app.pointer_click(app.find('list item', 'Now'))
        app.find('label', 'Nothing Under Way')
        mark(folder, 'delegate-on-now')
        deadline = time.time() + WAIT
        seen = None
        while time.time() < deadline:
            app.check_alive()
            try:
                found = labels(app)
            except Exception:
                found = []
            countdown = next((t for t in found if COUNTDOWN.match(t)), None)
            if countdown is not None and 'Kenya' in found:
                seen = time.time()
                break
            time.sleep(0.01)
        assert seen is not None, 'Now never showed the speaker and the countdown\n' + app.dump()
        poll = time.time()
        labels(app)
        poll = time.time() - poll
        wait_mark(app, folder, 'staff-started')
        latency = seen - float(read_mark(folder, 'staff-started'))
        mark(folder, 'latency', '%.3f %.3f' % (latency, poll))
        # It counts down: a later reading differs.
        app.wait_for(lambda: (wait_countdown(app) or countdown) != countdown, 'the countdown ticking', timeout=10)
        shot(app, shots, '18-e2e-delegate-now.png')
        app.pointer_click(speakers_row(app))
        app.wait_for(lambda: label_containing(app, 'Accepted, speaking now'), 'My Requests: speaking now')
        shot(app, shots, '18-e2e-delegate-speakers-speaking.png')
        assert 'CRITICAL' not in app.app_output(), app.app_output()
        mark(folder, 'delegate-done')


PHASES = {'staff': phase_staff, 'delegate': phase_delegate}


def phase_command(name, *args):
    env = dict(os.environ)
    for var in ('PLENARY_E2E_BUS', 'DBUS_SESSION_BUS_ADDRESS', 'GNOME_KEYRING_CONTROL', 'G_DEBUG',
                'PLENARY_PASSWORD'):
        env.pop(var, None)
    return [sys.executable, os.path.abspath(__file__), '--phase', name] + list(args), env


def run():
    if len(sys.argv) > 1 and sys.argv[1] == '--phase':
        PHASES[sys.argv[2]](*sys.argv[3:])
        return

    if shutil.which('gnome-keyring-daemon') is None or shutil.which('secret-tool') is None:
        print('# SKIP no gnome-keyring or secret-tool')
        sys.exit(harness.EXIT_SKIP)

    print('1..7')
    sys.stdout.flush()
    server_class = sync_e2e.load_server_class()
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-delegate-')
    shots = os.environ.get('PLENARY_E2E_SHOTS') or os.path.join(tmp, 'shots')
    os.makedirs(shots, exist_ok=True)
    folder = os.path.join(tmp, 'markers')
    os.makedirs(folder)

    server = server_class()
    staff_proc = None
    try:
        admin = {'PLENARY_PASSWORD': 'secret'}
        r = join_e2e.cli('server-setup', server.url, DB, '--user', 'admin', env=admin)
        assert r.returncode == 0, r.stderr
        for name, role, extra in (('clerk', 'secretariat', []), ('ken', 'delegate', ['--delegation', 'KEN'])):
            r = join_e2e.cli('server-user', server.url, DB, name, '--role', role, *extra, '--user', 'admin',
                             env=dict(admin, PLENARY_NEW_PASSWORD=name + '-pw'))
            assert r.returncode == 0, r.stderr

        staff_path = harness.sample_session(tmp, KEN_CSV, name='staff.plenary')
        r = join_e2e.cli('sync', staff_path, '--server', server.url, '--database', DB, '--user', 'clerk',
                         env={'PLENARY_PASSWORD': 'clerk-pw'})
        assert r.returncode == 0, r.stdout + r.stderr
        deadline = time.time() + 60
        while server.request('GET', DB + '-delegates/session')[0] != 200:
            assert time.time() < deadline, 'the session never reached the delegates’ database'
            time.sleep(0.2)
        invitation = os.path.join(tmp, 'cop10-ken.plenary-invite')
        print('# the invitation: %s' % join_e2e.write_invitation(server.url, 'ken', invitation))

        staff_home = os.path.join(tmp, 'home-staff')
        delegate_home = os.path.join(tmp, 'home-delegate')
        os.makedirs(staff_home)
        os.makedirs(delegate_home)
        command, env = phase_command('staff', server.url, staff_home, shots, folder, staff_path)
        staff_proc = subprocess.Popen(command, env=env)
        command, env = phase_command('delegate', server.url, delegate_home, shots, folder, invitation)
        delegate = subprocess.run(command, env=env, timeout=900)
        def ok(n, marker, text):
            assert os.path.exists(os.path.join(folder, marker)), 'not reached: ' + text
            print('ok %d - %s' % (n, text))
        ok(1, 'delegate-joined', 'the delegate joins from the start view with the invitation file')
        ok(2, 'delegate-requested-1', 'the delegate requests the floor on the selected list for a registered member')
        ok(3, 'staff-counted', 'the staff window shows the new request on another page (%s)'
           % read_mark(folder, 'staff-counted'))
        ok(4, 'staff-accepted', 'staff accept it from the requests pane')
        ok(5, 'delegate-accepted', 'My Requests shows the position and expected time (“%s”)'
           % read_mark(folder, 'delegate-accepted'))
        ok(6, 'delegate-declined', 'a declined request shows the reason; Return and Shift+Ctrl+R reach Request')
        ok(7, 'latency', 'Now shows the current speaker and the countdown once the live mode starts the statement')
        latency, poll = (float(x) for x in read_mark(folder, 'latency').split())
        print('# latency: %.2f s from the staff’s click on Start to the delegate’s Now showing it '
              '(one reading of the delegate’s window takes %.2f s)' % (latency, poll))
        assert delegate.returncode == 0, 'the delegate’s window failed'
        assert staff_proc.wait(timeout=300) == 0, 'the staff window failed'
        staff_proc = None
    finally:
        if staff_proc is not None:
            staff_proc.terminate()
            staff_proc.wait(timeout=30)
        server.stop()
        if not os.environ.get('PLENARY_E2E_SHOTS'):
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    harness.main(run)
