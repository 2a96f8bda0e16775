#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, against a real PouchDB Server started here: set up the
server with plenary-cli server-setup, configure the account in
Preferences (the password goes to a real gnome-keyring started in this
test's own D-Bus session), connect the sample session (an upload), see
"Up to Date", retitle an item in the window and find it on the server,
retitle it on the server and see the window follow; then a conflict made
on both sides, resolved with Keep Mine in the Conflicts dialog; then a
delegate's account, whose window is read-only and whose request to speak
reaches the server. Driven through the accessibility bus only.

PLENARY_E2E_SHOTS=DIR keeps the screenshots (Preferences, the header
bar's state, the Conflicts dialog, the delegate's window) in DIR."""

import base64
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DB = 'cop10'
ITEM = 'item:cf26f74f-503d-4d8d-bfd8-c3d80bc6eff7'   # item 1 of the sample
OLD_TITLE = 'Organizational matters'
WINDOW_TITLE = 'Organizational and procedural matters'
SERVER_TITLE = 'Organization of the session'
MINE_TITLE = 'Adoption of the agenda and organization of work'
THEIRS_TITLE = 'Procedural questions'
REFUSED_TITLE = 'Opening of the session'
LATE_TITLE = 'Organization of work'
SAVED_TITLE = 'Organizational matters and election of officers'


def load_server_class():
    """The PouchDB Server of test-sync-cli.py (node, a free loopback port,
    a fresh config and data folder, stopped by PID)."""
    spec = importlib.util.spec_from_file_location('sync_cli', os.path.join(HERE, '..', 'test-sync-cli.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Server


def start_keyring(home):
    """A real, unlocked gnome-keyring with its files in @home (as
    tests/run-with-keyring.sh does); False if there is none."""
    if shutil.which('gnome-keyring-daemon') is None:
        return False
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, 'data'),
               XDG_RUNTIME_DIR=os.path.join(home, 'runtime'))
    for sub in ('data', 'runtime'):
        os.makedirs(os.path.join(home, sub), exist_ok=True)
    os.chmod(os.path.join(home, 'runtime'), 0o700)
    out = subprocess.run(['gnome-keyring-daemon', '--unlock', '--components=secrets', '--daemonize'],
                         input='\n', capture_output=True, text=True, env=env, timeout=20)
    for line in out.stdout.splitlines():
        if '=' in line:
            name, value = line.split('=', 1)
            os.environ[name] = value
    return out.returncode == 0


def server_doc(server, doc_id, user='admin', password='secret'):
    status, doc = server.request('GET', '%s/%s' % (DB, urllib.request.quote(doc_id, safe='')),
                                 user=user, password=password)
    return doc if status == 200 else None


def put_doc(server, doc):
    status, answer = server.request('PUT', '%s/%s' % (DB, urllib.request.quote(doc['_id'], safe='')), doc)
    assert status in (200, 201), (status, answer)
    return answer


def number_of(app, title):
    tree = app.find('list', 'Agenda Items')
    for row in app.find_all('panel', root=tree):
        name = row.name or ''
        if name.endswith(' ' + title):
            return name[:-len(title) - 1]
    return None


def open_sync_state(app, label):
    """Open the sync state's popover. GTK 4.8 exposes a menu button as a
    node without actions around the toggle button that has them."""
    def find():
        for node in app.find_all(name=label):
            if node.getRoleName() not in ('toggle button', 'push button'):
                continue
            for candidate in app._walk(node):
                try:
                    if candidate.queryAction().nActions > 0:
                        return candidate
                except NotImplementedError:
                    continue
        return None
    app.click(app.wait_for(find, 'the sync state button “%s”' % label))


def shot(app, shots, name):
    path = os.path.join(shots, name)
    app.screenshot(path)
    print('# screenshot %s' % path)


def fill_preferences(app, url, user, password):
    app.key('ctrl+comma')
    app.find('text', 'Server Address')
    # The rows' mnemonics: Server _Address, _Database, _User Name, _Password.
    for combo, text in (('alt+a', url), ('alt+d', DB), ('alt+u', user), ('alt+p', password)):
        if text is None:
            continue
        app.key(combo)
        app.key('ctrl+a')
        app.key('BackSpace')
        app.type_text(text)


class Remote:
    """The server as a phase process sees it: its URL and admin access."""

    def __init__(self, url):
        self.url = url

    def request(self, method, path, body=None, user='admin', password='secret'):
        req = urllib.request.Request(self.url + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
        req.add_header('Content-Type', 'application/json')
        req.add_header('Accept', 'application/json')
        token = base64.b64encode(('%s:%s' % (user, password)).encode()).decode()
        req.add_header('Authorization', 'Basic ' + token)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b'null')


def app_env(home, password):
    """The keyring if there is one, else PLENARY_PASSWORD (say which)."""
    if start_keyring(home):
        return {}
    print('# no gnome-keyring: PLENARY_PASSWORD stands in for the keyring')
    return {'PLENARY_PASSWORD': password}


def phase_connect(server, path, home, shots):
    """Preferences, Connect, Up to Date; an edit each way."""
    with harness.App(args=[path], env=app_env(home, 'clerk-pw'), keep_home=home) as app:
        app.find('list', 'Agenda Items')
        fill_preferences(app, server.url, 'clerk', 'clerk-pw')
        app.key('alt+t')
        app.wait_for(lambda: app.find_all('label', 'Connected as clerk', contains=True),
                     'the connection test to succeed')
        shot(app, shots, 'sync-preferences.png')
        app.key('Escape')
        app.settle(0.5)

        app.key('ctrl+shift+e')      # Connect Session to Server…
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the state “Up to Date”', timeout=60)
        doc = app.wait_for(lambda: server_doc(server, ITEM), 'item 1 on the server')
        assert doc['title'] == OLD_TITLE, doc
        shot(app, shots, 'sync-header-up-to-date.png')

        # The state's popover says what it means and for which account.
        open_sync_state(app, 'Up to Date')
        app.find('label', 'This copy and the server agree', contains=True)
        app.find('label', 'clerk on the database “%s”' % DB, contains=True)
        shot(app, shots, 'sync-state-popover.png')
        app.key('Escape')

        app.key('alt+t')             # the item editor's Title
        app.key('ctrl+a')
        app.type_text(WINDOW_TITLE)
        app.wait_for(lambda: (server_doc(server, ITEM) or {}).get('title') == WINDOW_TITLE,
                     'the window’s title on the server', timeout=30)
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'up to date after the push')
        print('ok 1 - a title edited in the window arrives on the server')

        doc = server_doc(server, ITEM)
        doc['title'] = SERVER_TITLE
        put_doc(server, doc)
        app.wait_for(lambda: number_of(app, SERVER_TITLE) == '1', 'the server’s title in the window',
                     timeout=30)
        print('ok 2 - a title edited on the server appears in the window')
        app.key('ctrl+s')
        app.settle(1.0)
        assert 'CRITICAL' not in app.app_output(), app.app_output()


def phase_conflict(server, path, home, shots):
    """The same title changed in the file and on the server."""
    with harness.App(args=[path], env=app_env(home, 'clerk-pw'), keep_home=home) as app:
        app.find('list', 'Agenda Items')
        app.wait_for(lambda: app.find_all('label', 'Conflicts (1)'), 'the state “Conflicts (1)”', timeout=60)
        app.wait_for(lambda: number_of(app, THEIRS_TITLE) == '1', 'the server’s value shown meanwhile')
        shot(app, shots, 'sync-header-conflicts.png')
        app.key('ctrl+shift+k')
        keep = app.find('push button', 'Keep Mine', contains=True)
        assert app.find_all('label', MINE_TITLE) and app.find_all('label', THEIRS_TITLE), app.dump()
        shot(app, shots, 'sync-conflicts-dialog.png')
        # Every control of the dialog named (test-e2e-accessibility.py
        # checks the other dialogs; this one needs a server).
        nameless = app.nameless_controls()
        assert not nameless, 'the Conflicts dialog: controls without a name:\n' + '\n'.join(nameless)
        app.click(keep)
        app.find('label', 'No Conflicts')
        app.key('Escape')
        app.wait_for(lambda: (server_doc(server, ITEM) or {}).get('title') == MINE_TITLE,
                     'the kept value on the server', timeout=30)
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'up to date after resolving')
        print('ok 3 - a conflict is shown with both values and Keep Mine sends mine')

        # The clerk's role is taken away on the server: the next edit is
        # refused, said plainly, not retried, and kept in the file.
        status, user = server.request('GET', '_users/org.couchdb.user:clerk')
        assert status == 200, user
        user['roles'] = ['delegate']
        status, answer = server.request('PUT', '_users/org.couchdb.user:clerk', user)
        assert status in (201, 202), answer
        app.key('alt+t')
        app.key('ctrl+a')
        app.type_text(REFUSED_TITLE)
        app.wait_for(lambda: app.find_all('label', 'Sync Error'), 'the state “Sync Error”', timeout=30)
        open_sync_state(app, 'Sync Error')
        # No longer a member of the secretariat's database: the server
        # refuses the write there, or (after a new login) in the
        # delegates' database, by its rules.
        app.wait_for(lambda: (app.find_all('label', 'A delegate may only create requests to speak', contains=True)
                              or app.find_all('label', 'not authorized', contains=True)),
                     'the server’s refusal in the sync state')
        shot(app, shots, 'sync-state-refused.png')
        app.key('Escape')
        app.settle(3.0)
        assert app.find_all('label', 'Sync Error'), 'the refusal was retried away'
        assert server_doc(server, ITEM)['title'] == MINE_TITLE
        app.key('ctrl+s')
        app.settle(1.0)
        with open(path) as f:
            kept = [d for d in json.load(f)['docs'] if d['_id'] == ITEM][0]
        assert kept['title'] == REFUSED_TITLE, kept
        print('ok 4 - a write the server refuses is reported and the edit is kept')


def phase_delegate(server, path, home, shots):
    """The server's session in a new window, read-only, with Request to
    Speak."""
    with harness.App(args=[], env=app_env(home, 'ken-pw'), keep_home=home) as app:
        app.find('push button', 'New Session')
        fill_preferences(app, server.url, 'ken', 'ken-pw')
        app.key('alt+t')
        app.wait_for(lambda: app.find_all('label', 'A delegate’s account', contains=True),
                     'the delegate’s roles in the connection test')
        app.key('Escape')
        app.settle(0.5)
        app.key('ctrl+shift+e')
        # A delegate's pages (issue 18), not the secretariat's greyed out.
        app.find('label', 'Delegation of', contains=True, timeout=60)
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the delegate’s copy up to date', timeout=60)
        app.key('alt+2')             # Agenda
        app.wait_for(lambda: app.find_all('label', '1. ' + MINE_TITLE), 'the server’s agenda in the delegate’s window')
        assert not app.find_all('push button', 'Add Item'), 'a delegate’s window offers Add Item'
        shot(app, shots, 'sync-delegate-window.png')

        app.key('ctrl+shift+r')      # Request to Speak…
        # The speaker is one of Kenya's registered members, not typed.
        app.find('label', 'Ms. Wanjiru')
        app.find('label', 'Head of delegation, Minister')
        shot(app, shots, 'sync-request-to-speak.png')
        app.click(app.find('push button', 'Request'))

        def request_on_server():
            status, answer = server.request('GET', DB + '/_all_docs?include_docs=true')
            found = [r['doc'] for r in answer.get('rows', [])
                     if r['doc'].get('type') == 'speaker_request'] if status == 200 else []
            return found or None
        requests = app.wait_for(request_on_server, 'the request to speak on the server', timeout=30)
        assert requests[0]['delegation'] == 'delegation:KEN', requests
        assert requests[0]['requested_by'] == 'ken', requests
        assert requests[0]['person'] == 'Ms. Wanjiru', requests
        assert requests[0]['member'] == 'ken-1', requests
        assert requests[0]['rank'] == 'minister', requests
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the delegate up to date after the request')

        # The local copy autosaves within a second of the edit: wait for it
        # on disk before the application is closed (a busy machine is slow).
        def request_in_copy():
            folder = os.path.join(home, 'data', 'plenary', 'sessions')
            for name in os.listdir(folder) if os.path.isdir(folder) else []:
                if name.endswith('.plenary'):
                    try:
                        with open(os.path.join(folder, name)) as f:
                            if any(d.get('type') == 'speaker_request' for d in json.load(f)['docs']):
                                return True
                    except (OSError, ValueError):
                        pass
            return None
        app.wait_for(request_in_copy, 'the request saved in the local copy', timeout=30)
        assert 'CRITICAL' not in app.app_output(), app.app_output()
        print('ok 5 - a delegate’s window is read-only and a request to speak reaches the server')


def window_count(app):
    return len([c for c in app.application() if c is not None and c.getRoleName() == 'frame'])


def local_copies(home):
    folder = os.path.join(home, 'data', 'plenary', 'sessions')
    return [c for c in os.listdir(folder) if c.endswith('.plenary')] if os.path.isdir(folder) else []


def syncing_again(app):
    return not app.find_all('label', 'Not Syncing') and app.find_all('label', 'Up to Date')


def retitle_and_check(app, server, title):
    app.key('alt+t')             # the item editor's Title
    app.key('ctrl+a')
    app.type_text(title)
    app.wait_for(lambda: (server_doc(server, ITEM) or {}).get('title') == title,
                 'the window’s title on the server', timeout=30)


def phase_reuse(server, path, home, shots):
    """A file bound to the server, opened before its password was stored;
    the password then stored by another program, and "Connect Session to
    Server…": the open file starts syncing, no second window or copy."""
    if not start_keyring(home):
        print('ok 6 # SKIP no gnome-keyring')
        return
    with harness.App(args=[path], env={}, keep_home=home) as app:
        app.find('list', 'Agenda Items')
        app.wait_for(lambda: app.find_all('label', 'Not Syncing'), 'the state “Not Syncing”', timeout=30)
        with open(path) as f:
            canonical = json.load(f)['sync']['server']
        subprocess.run(['secret-tool', 'store', '--label=Plenary test', 'xdg:schema',
                        'io.github.plenary.Plenary.Sync.Password', 'server', canonical, 'user', 'clerk'],
                       input='clerk-pw', text=True, check=True, timeout=20)
        fill_preferences(app, server.url, 'clerk', None)
        app.key('Escape')
        app.settle(0.5)
        app.key('ctrl+shift+e')      # Connect Session to Server…
        app.wait_for(lambda: syncing_again(app), 'the open file syncing', timeout=60)
        app.settle(1.0)
        assert window_count(app) == 1, app.dump()
        assert local_copies(home) == [], local_copies(home)
        retitle_and_check(app, server, LATE_TITLE)
        print('ok 6 - connecting a file already bound to the database starts its sync, no second copy')


def phase_late(server, path, home, shots):
    """A file bound to the server, opened before its password was stored;
    the password saved in Preferences: the file starts syncing."""
    if not start_keyring(home):
        print('ok 7 # SKIP no gnome-keyring')
        return
    with harness.App(args=[path], env={}, keep_home=home) as app:
        app.find('list', 'Agenda Items')
        app.wait_for(lambda: app.find_all('label', 'Not Syncing'), 'the state “Not Syncing”', timeout=30)
        fill_preferences(app, server.url, 'clerk', 'clerk-pw')
        app.key('Escape')            # closing Preferences keeps the password
        app.wait_for(lambda: syncing_again(app), 'the file syncing once its password is saved', timeout=60)
        retitle_and_check(app, server, SAVED_TITLE)
        assert window_count(app) == 1, app.dump()
        assert local_copies(home) == [], local_copies(home)
        print('ok 7 - saving the account’s password starts the open file’s sync')


PHASES = {'connect': phase_connect, 'conflict': phase_conflict, 'delegate': phase_delegate,
          'reuse': phase_reuse, 'late': phase_late}


def run_phase(name, server_url, path, home, shots):
    """One application per process (pyatspi binds to the first bus): each
    phase is this script again, in a D-Bus session of its own."""
    env = dict(os.environ)
    env.pop('PLENARY_E2E_BUS', None)
    env.pop('DBUS_SESSION_BUS_ADDRESS', None)
    env.pop('GNOME_KEYRING_CONTROL', None)
    # pyatspi's own GLib warnings (a cache not ready on a new bus) are not
    # the app's: the harness gives the app G_DEBUG=fatal-warnings itself.
    env.pop('G_DEBUG', None)
    result = subprocess.run([sys.executable, os.path.abspath(__file__), '--phase', name,
                             server_url, path, home, shots], env=env, timeout=400)
    assert result.returncode == 0, 'phase %s failed' % name


def run():
    if len(sys.argv) > 1 and sys.argv[1] == '--phase':
        name, url, path, home, shots = sys.argv[2:7]
        harness.App.KEYCODES.setdefault('comma', 59)
        PHASES[name](Remote(url), path, home, shots)
        return

    print('1..7')
    sys.stdout.flush()
    server_class = load_server_class()
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-sync-')
    shots = os.environ.get('PLENARY_E2E_SHOTS') or os.path.join(tmp, 'shots')
    os.makedirs(shots, exist_ok=True)
    home = os.path.join(tmp, 'home')
    os.makedirs(home)

    server = server_class()
    try:
        env = dict(os.environ, PLENARY_PASSWORD='secret')
        setup = subprocess.run([os.environ['PLENARY_CLI'], 'server-setup', server.url, DB, '--user', 'admin'],
                               capture_output=True, text=True, env=env)
        assert setup.returncode == 0, setup.stderr
        for name, password, roles in (('clerk', 'clerk-pw', ['secretariat']),
                                      ('ken', 'ken-pw', ['delegate', 'delegation:KEN'])):
            status, answer = server.request('PUT', '_users/org.couchdb.user:' + name,
                                            {'name': name, 'password': password, 'roles': roles, 'type': 'user'})
            assert status in (201, 202), answer

        path = os.path.join(tmp, 'cop10.plenary')
        subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
        # Kenya (the sample registers it, without members), with the
        # member its delegate asks the floor for.
        with open(path) as f:
            data = json.load(f)
        kenya = next(d for d in data['docs'] if d['_id'] == 'delegation:KEN')
        assert kenya['members'] == [], kenya
        kenya['members'] = [{'id': 'ken-1', 'name': 'Ms. Wanjiru', 'function': 'head', 'rank': 'minister'}]
        with open(path, 'w') as f:
            json.dump(data, f)

        run_phase('connect', server.url, path, home, shots)
        # A copy bound to the server and in step with it, for the files
        # opened before their password is stored (issue 16, point 6).
        bound = os.path.join(tmp, 'bound.plenary')
        shutil.copyfile(path, bound)

        # A conflict: the same title changed here (in the file, as an edit
        # made offline) and on the server.
        with open(path) as f:
            data = json.load(f)
        assert data['sync']['database'] == DB, data.get('sync')
        for d in data['docs']:
            if d['_id'] == ITEM:
                d['title'] = MINE_TITLE
        with open(path, 'w') as f:
            json.dump(data, f)
        doc = server_doc(server, ITEM)
        doc['title'] = THEIRS_TITLE
        put_doc(server, doc)
        run_phase('conflict', server.url, path, home, shots)

        run_phase('delegate', server.url, path, home, shots)

        # The clerk is staff again (phase_conflict made them a delegate).
        status, user = server.request('GET', '_users/org.couchdb.user:clerk')
        user['roles'] = ['secretariat']
        status, answer = server.request('PUT', '_users/org.couchdb.user:clerk', user)
        assert status in (201, 202), answer
        for name in ('reuse', 'late'):
            copy = os.path.join(tmp, name + '.plenary')
            shutil.copyfile(bound, copy)
            fresh_home = os.path.join(tmp, 'home-' + name)
            os.makedirs(fresh_home)
            run_phase(name, server.url, copy, fresh_home, shots)

        # The delegate's copy is a file under the data folder, with the
        # request and the roles that make it read-only even offline.
        folder = os.path.join(home, 'data', 'plenary', 'sessions')
        copies = [c for c in os.listdir(folder) if not c.endswith('~')]
        assert len(copies) == 1 and copies[0].endswith('-%s.plenary' % DB), copies
        with open(os.path.join(folder, copies[0])) as f:
            copy = json.load(f)
        assert copy['sync']['roles'] == ['delegate', 'delegation:KEN'], copy['sync']
        assert copy['sync']['user'] == 'ken', copy['sync']
        assert any(d['type'] == 'speaker_request' for d in copy['docs'])
        assert 'password' not in json.dumps(copy['sync']).lower()
    finally:
        server.stop()
        if not os.environ.get('PLENARY_E2E_SHOTS'):
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    harness.main(run)
