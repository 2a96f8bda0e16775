#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 18's "done when", end to end: a staff window and a delegate's
window, two processes with two accounts, against a real PouchDB Server
started here.

The secretariat's session (the sample, with Kenya registered) is on the
server; the staff window (the clerk's synced file) shows the Speakers
page. The delegate of Kenya joins from the start view with an invitation
file, asks for the floor, the staff window shows the request and accepts
it, and the accepted speaker comes back to the delegate's copy.

Each application runs in its own process and D-Bus session (pyatspi
binds to the first bus it meets); the two drivers wait on each other
through marker files in the test's folder, never on time.

Parts of the issue this test cannot check yet are reported as SKIP with
the part of the work they wait for: the desktop notice to staff and the
request for a *registered member* on the *selected* list ("floor"); My
Requests with position and expected time, and Now with the current
speaker and countdown ("dview").

PLENARY_E2E_SHOTS=DIR keeps the screenshots in DIR."""

import importlib.util
import json
import os
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


# Markers: one driver writes, the other waits (bounded).

def mark(folder, name):
    with open(os.path.join(folder, name), 'w') as f:
        f.write(str(time.time()))


def wait_mark(app, folder, name, timeout=WAIT):
    path = os.path.join(folder, name)
    return app.wait_for(lambda: os.path.exists(path), 'the other window: ' + name, timeout=timeout)


def shot(app, shots, name):
    path = os.path.join(shots, name)
    app.screenshot(path)
    print('# screenshot %s' % path)


def phase_staff(url, home, shots, folder, staff_path):
    """The clerk's window on the Speakers page: the request arrives and
    is accepted."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with open(staff_path) as f:
        canonical = json.load(f)['sync']['server']
    subprocess.run(['secret-tool', 'store', '--label=Plenary test', 'xdg:schema',
                    'io.github.plenary.Plenary.Sync.Password', 'server', canonical, 'user', 'clerk'],
                   input='clerk-pw', text=True, check=True, timeout=20)
    with harness.App(args=[staff_path], keep_home=home) as app:
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the staff window up to date', timeout=WAIT)
        app.pointer_click(app.find('list item', 'Speakers'))
        mark(folder, 'staff-ready')

        refused = os.path.join(folder, 'delegate-refused')
        accept = app.wait_for(lambda: (app.find_all('push button', 'Accept Kenya') or [None])[0]
                              or os.path.exists(refused), 'the request (or its refusal)', timeout=WAIT)
        if accept is True:
            return
        mark(folder, 'staff-saw-request')
        shot(app, shots, '18-join-e2e-staff-request.png')
        app.click(accept)
        app.wait_for(lambda: not app.find_all('push button', 'Accept Kenya'), 'the request answered')
        mark(folder, 'staff-accepted')
        wait_mark(app, folder, 'delegate-done', timeout=WAIT + 60)
        assert 'CRITICAL' not in app.app_output(), app.app_output()


def phase_delegate(url, home, shots, folder, invitation):
    """The delegate joins with the invitation, asks for the floor, and
    sees the answer come back."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[], keep_home=home) as app:
        app.click(app.find('push button', 'Join a Session…'))
        join_e2e.open_invitation_with_chooser(app, invitation)
        join_e2e.join(app, 'ken-pw')
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the delegate’s copy up to date', timeout=WAIT)
        shot(app, shots, '18-join-e2e-joined.png')
        mark(folder, 'delegate-joined')

        wait_mark(app, folder, 'staff-ready')
        # Today's Request to Speak… (main menu); "floor" makes it a button
        # on the lists of speakers with the registered members to choose.
        app.key('ctrl+shift+r')
        app.find('text', 'Speaker’s Name', contains=True)
        app.key('alt+s')
        app.type_text(SPEAKER)
        app.click(app.find('push button', 'Request'))
        mark(folder, 'delegate-requested')

        # The server refuses a request that names no registered member
        # (core18's rule); today's dialog names none until "floor" merges.
        saw = os.path.join(folder, 'staff-saw-request')
        app.wait_for(lambda: os.path.exists(saw) or app.find_all('label', 'Sync Error'),
                     'the staff window to see the request, or the server to refuse it', timeout=WAIT)
        if not os.path.exists(saw):
            shot(app, shots, '18-join-e2e-request-refused.png')
            mark(folder, 'delegate-refused')
            return
        wait_mark(app, folder, 'staff-accepted')

        def speaker_in_copy():
            folder_copies = join_e2e.copies_folder(home)
            for name in join_e2e.files_in_copies(home):
                if not name.endswith('.plenary'):
                    continue
                try:
                    with open(os.path.join(folder_copies, name)) as f:
                        docs = json.load(f)['docs']
                except (OSError, ValueError):
                    continue
                if any(d.get('type') == 'speaker' and d.get('person') == SPEAKER for d in docs):
                    return True
            return None
        app.wait_for(speaker_in_copy, 'the accepted speaker in the delegate’s copy', timeout=WAIT)
        shot(app, shots, '18-join-e2e-accepted.png')
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
        assert os.path.exists(os.path.join(folder, 'delegate-joined')), 'the delegate did not join'
        print('ok 1 - the delegate joins from the start view with the invitation file')
        assert delegate.returncode == 0, 'the delegate’s window failed'
        assert staff_proc.wait(timeout=300) == 0, 'the staff window failed'
        staff_proc = None
        if os.path.exists(os.path.join(folder, 'delegate-refused')):
            print('ok 2 # SKIP the server refused the request: it names no registered member '
                  '(today’s Request to Speak; waits for “floor”)')
            print('ok 3 # SKIP staff accept the request (waits for “floor”)')
        else:
            assert os.path.exists(os.path.join(folder, 'staff-saw-request')), 'the staff window never saw it'
            print('ok 2 - the request reaches the staff window')
            print('ok 3 - staff accept, and the accepted speaker comes back to the delegate’s copy')
        print('ok 4 # SKIP the request names a registered member on the selected list (waits for “floor”)')
        print('ok 5 # SKIP the staff window shows the notice of the new request (waits for “floor”)')
        print('ok 6 # SKIP My Requests shows the position and expected time (waits for “dview”)')
        print('ok 7 # SKIP Now shows the current speaker and countdown within a second (waits for “dview”)')
    finally:
        if staff_proc is not None:
            staff_proc.terminate()
            staff_proc.wait(timeout=30)
        server.stop()
        if not os.environ.get('PLENARY_E2E_SHOTS'):
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    harness.main(run)
