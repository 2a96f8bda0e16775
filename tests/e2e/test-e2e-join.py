#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 18, joining: end to end, against a real PouchDB Server started
here (as test-e2e-sync.py does), driven through the accessibility bus.

The secretariat's session is on the server (plenary-cli server-setup,
server-user, sync); a delegate of Kenya joins from the start view with
the invitation `plenary-cli invite` made: a wrong password first, said plainly
next to the password and nothing kept (no copy, no keyring item), then
the right one, and the window shows the delegate's copy, read-only. An
invitation opened as a file (as from the file manager) fills in the
dialog; an account of no delegation and a server that cannot be reached
are said plainly too. Then "Discard This Copy and Download Again"
restores a copy edited by hand (its refused edit, a "Sync Error"), the
old file kept beside it; and joining again over a damaged copy (not
JSON any more) sets it aside and downloads anew.

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
ITEM = 'item:cf26f74f-503d-4d8d-bfd8-c3d80bc6eff7'   # item 1 of the sample
SERVER_TITLE = 'Organizational matters'
EDITED_TITLE = 'Edited on this laptop only'


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sync_e2e = load_module('sync_e2e', os.path.join(HERE, 'test-e2e-sync.py'))


def cli(*args, env=None):
    return subprocess.run([os.environ['PLENARY_CLI']] + list(args), capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})))


def write_invitation(url, user, path):
    """The secretariat's invitation, as `plenary-cli invite` makes it."""
    made = cli('invite', url, DB, user, '-o', path)
    assert made.returncode == 0 and os.path.exists(path), made.stderr
    return 'plenary-cli invite'


def copies_folder(home):
    return os.path.join(home, 'data', 'plenary', 'sessions')


def files_in_copies(home):
    folder = copies_folder(home)
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


def keyring_items(user):
    out = subprocess.run(['secret-tool', 'search', '--all', 'xdg:schema',
                          'io.github.plenary.Plenary.Sync.Password', 'user', user],
                         capture_output=True, text=True, timeout=20)
    return [line for line in (out.stdout + out.stderr).splitlines() if line.startswith('secret')]


def shot(app, shots, name):
    path = os.path.join(shots, name)
    app.screenshot(path)
    print('# screenshot %s' % path)


def retype(app, combo, text):
    """The row with the mnemonic @combo, emptied and typed into."""
    app.key(combo)
    app.key('ctrl+a')
    app.key('BackSpace')
    if text:
        app.type_text(text)


def open_invitation_with_chooser(app, invitation):
    """Open Invitation…, then the file chooser's location typed in."""
    app.click(app.find('push button', 'Open Invitation…'))
    app.find('label', 'Plenary Invitations', timeout=30)   # the chooser's filter
    app.key('ctrl+l')
    app.type_text(invitation)
    app.key('Return')
    app.wait_for(lambda: app.find_all('label', 'Invitation to the session “%s”' % DB),
                 'the invitation read into the dialog')


def join(app, password):
    """The password typed, then Enter (the start view's "Join a Session…"
    would answer to a search for a button "Join"). The click first: with
    no window manager the keyboard goes where the pointer is, and the
    file chooser left it over the main window."""
    app.pointer_click(app.find('text', 'Password'))
    retype(app, 'alt+p', password)
    app.key('Return')


def assert_clean(app):
    assert 'CRITICAL' not in app.app_output() and 'WARNING' not in app.app_output(), app.app_output()


def phase_join(url, home, shots, invitation, copy_name):
    """From the start view: the invitation, a wrong password, the right one."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[], keep_home=home) as app:
        app.click(app.find('push button', 'Join a Session…'))
        app.find('text', 'Server Address')
        shot(app, shots, '18-join-dialog-empty.png')
        open_invitation_with_chooser(app, invitation)
        app.find('label', 'For “ken” at %s' % url)
        shot(app, shots, '18-join-dialog-invitation.png')

        join(app, 'not-the-password')
        app.find('label', 'The user name or the password is wrong.', timeout=30)
        shot(app, shots, '18-join-wrong-password.png')
        assert files_in_copies(home) == [], files_in_copies(home)
        assert keyring_items('ken') == [], keyring_items('ken')
        print('ok 1 - a wrong password is said next to the password, and nothing is kept')

        join(app, 'ken-pw')
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the delegate’s copy up to date', timeout=90)
        assert not app.find_all('text', 'Server Address'), 'the dialog stayed open'
        # Whose copy, in the subtitle (dview): the sample registers Kenya,
        # so its name, not its code.
        app.find('label', 'Delegation of Kenya')
        shot(app, shots, '18-join-delegate-window.png')
        # The copy, and the backup ("~") its first save leaves.
        assert [n for n in files_in_copies(home) if not n.endswith('~')] == [copy_name], files_in_copies(home)
        with open(os.path.join(copies_folder(home), copy_name)) as f:
            copy = json.load(f)
        assert copy['sync']['user'] == 'ken', copy['sync']
        assert 'delegation:KEN' in copy['sync']['roles'], copy['sync']
        assert not any(d['type'] in ('credentials', 'contact') for d in copy['docs'])
        assert 'ken-pw' not in json.dumps(copy)
        assert len(keyring_items('ken')) == 1, keyring_items('ken')
        assert_clean(app)
        print('ok 2 - the right password joins: the delegate’s copy, read-only, the password in the keyring')


def phase_invite_file(url, home, shots, invitation):
    """The invitation opened as a file; an account of no delegation; a
    server that cannot be reached."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[invitation], keep_home=home) as app:
        app.find('label', 'Invitation to the session “%s”' % DB, timeout=30)
        app.find('label', 'For “visitor” at %s' % url)
        print('ok 3 - an invitation opened as a file opens Join a Session filled in')

        join(app, 'visitor-pw')
        app.find('label', 'This account is not a delegate of any delegation', contains=True, timeout=30)
        shot(app, shots, '18-join-not-a-delegate.png')
        print('ok 4 - an account of no delegation is told so')

        retype(app, 'alt+a', 'http://127.0.0.1:9/')
        join(app, 'visitor-pw')
        app.find('label', 'The server cannot be reached', contains=True, timeout=30)
        shot(app, shots, '18-join-unreachable.png')
        assert files_in_copies(home) == [], files_in_copies(home)
        assert keyring_items('visitor') == [], keyring_items('visitor')
        nameless = app.nameless_controls()
        assert not nameless, 'Join a Session: controls without a name:\n' + '\n'.join(nameless)
        assert_clean(app)
        print('ok 5 - a server that cannot be reached is said next to the address; nothing is kept')


def phase_discard(url, home, shots, copy_path):
    """A copy edited by hand: refused, then discarded and downloaded again."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[copy_path], keep_home=home) as app:
        app.wait_for(lambda: app.find_all('label', 'Sync Error'), 'the refused edit (“Sync Error”)', timeout=60)
        shot(app, shots, '18-join-copy-in-trouble.png')
        app.key('ctrl+shift+g')
        app.find('label', 'Discard This Copy and Download Again?', timeout=30)
        app.find('label', 'The changes the server refused are lost.', contains=True)
        shot(app, shots, '18-join-discard-confirm.png')
        app.click(app.find('push button', 'Discard and Download'))
        app.wait_for(lambda: app.find_all('label', 'Downloaded again', contains=True),
                     'the new copy’s window', timeout=60)
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the new copy up to date', timeout=60)
        shot(app, shots, '18-join-downloaded-again.png')
        frames = [c for c in app.application() if c is not None and c.getRoleName() == 'frame']
        assert len(frames) == 1, app.dump()
        assert_clean(app)

    with open(copy_path) as f:
        fresh = json.load(f)
    item = [d for d in fresh['docs'] if d['_id'] == ITEM][0]
    assert item['title'] == SERVER_TITLE, item
    folder = os.path.dirname(copy_path)
    aside = [n for n in os.listdir(folder) if n.startswith(os.path.basename(copy_path) + '.discarded-')]
    assert len(aside) == 1, os.listdir(folder)
    with open(os.path.join(folder, aside[0])) as f:
        kept = json.load(f)
    assert [d for d in kept['docs'] if d['_id'] == ITEM][0]['title'] == EDITED_TITLE
    print('ok 6 - Discard This Copy and Download Again restores the server’s copy and keeps the old file')


def phase_damaged(url, home, shots, invitation, copy_path):
    """A copy that is not JSON any more: opening it says to join again,
    and joining again sets it aside."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[copy_path], keep_home=home) as app:
        app.find('label', 'Join the session again', contains=True, timeout=30)
        shot(app, shots, '18-join-damaged-copy.png')
        app.key('Escape')
        app.wait_for(lambda: not app.find_all('label', 'Join the session again', contains=True),
                     'the message closed')
        app.click(app.find('push button', 'Join a Session…'))
        app.find('text', 'Server Address')
        open_invitation_with_chooser(app, invitation)
        join(app, 'ken-pw')
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the copy downloaded anew', timeout=90)
        assert_clean(app)
    with open(copy_path) as f:
        fresh = json.load(f)
    assert fresh['sync']['user'] == 'ken'
    folder = os.path.dirname(copy_path)
    damaged = [n for n in os.listdir(folder) if '.discarded-' in n and open(os.path.join(folder, n)).read() == '{ not json']
    assert len(damaged) == 1, os.listdir(folder)
    print('ok 7 - a damaged copy says to join again, and joining again sets it aside and downloads anew')


PHASES = {'join': phase_join, 'invite-file': phase_invite_file, 'discard': phase_discard,
          'damaged': phase_damaged}


def run_phase(name, *args):
    """One application per process (pyatspi binds to the first bus)."""
    env = dict(os.environ)
    for var in ('PLENARY_E2E_BUS', 'DBUS_SESSION_BUS_ADDRESS', 'GNOME_KEYRING_CONTROL', 'G_DEBUG',
                'PLENARY_PASSWORD'):
        env.pop(var, None)
    result = subprocess.run([sys.executable, os.path.abspath(__file__), '--phase', name] + list(args),
                            env=env, timeout=500)
    assert result.returncode == 0, 'phase %s failed' % name


def run():
    if len(sys.argv) > 1 and sys.argv[1] == '--phase':
        harness.App.KEYCODES.setdefault('comma', 59)
        PHASES[sys.argv[2]](*sys.argv[3:])
        return

    if shutil.which('gnome-keyring-daemon') is None or shutil.which('secret-tool') is None:
        print('# SKIP no gnome-keyring or secret-tool: joining keeps the password in the keyring')
        sys.exit(harness.EXIT_SKIP)

    print('1..7')
    sys.stdout.flush()
    server_class = sync_e2e.load_server_class()
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-join-')
    shots = os.environ.get('PLENARY_E2E_SHOTS') or os.path.join(tmp, 'shots')
    os.makedirs(shots, exist_ok=True)

    server = server_class()
    try:
        admin = {'PLENARY_PASSWORD': 'secret'}
        r = cli('server-setup', server.url, DB, '--user', 'admin', env=admin)
        assert r.returncode == 0, r.stderr
        for name, role, extra in (('clerk', 'secretariat', []), ('ken', 'delegate', ['--delegation', 'KEN'])):
            r = cli('server-user', server.url, DB, name, '--role', role, *extra, '--user', 'admin',
                    env=dict(admin, PLENARY_NEW_PASSWORD=name + '-pw'))
            assert r.returncode == 0, r.stderr
        # An account that belongs to no delegation (made by hand: server-user
        # gives every account a role).
        status, answer = server.request('PUT', '_users/org.couchdb.user:visitor',
                                        {'name': 'visitor', 'password': 'visitor-pw', 'roles': [],
                                         'type': 'user'})
        assert status in (201, 202), answer

        staff = os.path.join(tmp, 'staff.plenary')
        assert cli('new', '--sample', staff).returncode == 0
        r = cli('sync', staff, '--server', server.url, '--database', DB, '--user', 'clerk',
                env={'PLENARY_PASSWORD': 'clerk-pw'})
        assert r.returncode == 0, r.stdout + r.stderr
        # The server replicates the public records to the delegates' copy.
        deadline = time.time() + 60
        while server.request('GET', DB + '-delegates/session')[0] != 200:
            assert time.time() < deadline, 'the session never reached the delegates’ database'
            time.sleep(0.2)

        invitation = os.path.join(tmp, 'cop10-ken.plenary-invite')
        print('# the invitation: %s' % write_invitation(server.url, 'ken', invitation))
        visitor_invitation = os.path.join(tmp, 'cop10-visitor.plenary-invite')
        write_invitation(server.url, 'visitor', visitor_invitation)
        port = server.url.rstrip('/').rsplit(':', 1)[1]
        copy_name = '127.0.0.1-%s-%s.plenary' % (port, DB)

        home = os.path.join(tmp, 'home')
        os.makedirs(home)
        run_phase('join', server.url, home, shots, invitation, copy_name)

        visitor_home = os.path.join(tmp, 'home-visitor')
        os.makedirs(visitor_home)
        run_phase('invite-file', server.url, visitor_home, shots, visitor_invitation)

        # The delegate's copy edited by hand: the server refuses the edit.
        copy_path = os.path.join(copies_folder(home), copy_name)
        with open(copy_path) as f:
            data = json.load(f)
        for d in data['docs']:
            if d['_id'] == ITEM:
                d['title'] = EDITED_TITLE
        with open(copy_path, 'w') as f:
            json.dump(data, f)
        run_phase('discard', server.url, home, shots, copy_path)

        with open(copy_path, 'w') as f:
            f.write('{ not json')
        run_phase('damaged', server.url, home, shots, invitation, copy_path)
    finally:
        server.stop()
        if not os.environ.get('PLENARY_E2E_SHOTS'):
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    harness.main(run)
