#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 19's "done when" for co-sponsors, end to end: a staff window and
a delegate's window, two processes with two accounts, against a real
PouchDB Server started here.

The secretariat's session (the sample, with Kenya and Mexico registered,
and three proposals of Mexico's: L.3 and L.5 submitted, L.4 a draft) is on
the server; the staff window is the clerk's synced file. The delegate of
Kenya joins with an invitation file and, on the delegate's Proposals page,
sees the two submitted proposals and not the draft (the server's filter),
and co-sponsors L.3 and L.5 with the rows' Co-sponsor buttons. The
requests reach the staff's Co-sponsorship Requests (on the secretariat's
Proposals page), where staff accept L.3's and decline L.5's with a
reason. The delegate then reads its delegation among L.3's co-sponsors
and the reason beside L.5.

Each application runs in its own process and D-Bus session; the two
drivers wait on each other through marker files, never on time.

PLENARY_E2E_SHOTS=DIR keeps the screenshots in DIR."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DB = 'cop10'
CSV = ('delegation,iso,name,function,rank,email\n'
       ',KEN,Wanjiru Kamau,head,minister,w.kamau@example.org\n'
       ',MEX,Ana Torres,head,ambassador,a.torres@example.org\n')
WAIT = 120
L3 = 'CTOC/COP/2020/L.3'
L4 = 'CTOC/COP/2020/L.4'
L5 = 'CTOC/COP/2020/L.5'
REASON = 'The sponsors closed the list'


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sync_e2e = load_module('sync_e2e', os.path.join(HERE, 'test-e2e-sync.py'))
join_e2e = load_module('join_e2e', os.path.join(HERE, 'test-e2e-join.py'))
delegate_e2e = load_module('delegate_e2e', os.path.join(HERE, 'test-e2e-delegate.py'))
mark, read_mark, wait_mark = delegate_e2e.mark, delegate_e2e.read_mark, delegate_e2e.wait_mark
shot, labels, label_containing = delegate_e2e.shot, delegate_e2e.labels, delegate_e2e.label_containing
dialog_with = delegate_e2e.dialog_with


def add_proposals(path):
    """Three proposals of Mexico's under the first agenda item with a
    number: two submitted, one draft."""
    with open(path) as f:
        data = json.load(f)
    item = next(d['_id'] for d in data['docs'] if d['type'] == 'item' and d.get('parent') is None)
    sponsors = [{'delegation': 'delegation:MEX', 'role': 'sponsor', 'on_behalf_of': None,
                 'joined': '2020-09-18T10:00:00Z', 'withdrawn': None}]
    for symbol, title, status in ((L3, 'Strengthening international cooperation', 'submitted'),
                                  (L4, 'A draft not yet submitted', 'draft'),
                                  (L5, 'Firearms and their parts', 'submitted')):
        data['docs'].append({'_id': 'proposal:' + str(uuid.uuid4()), 'type': 'proposal',
                             'kind': 'draft_resolution', 'symbol': symbol, 'title': title, 'item': item,
                             'body': 'plenary', 'sponsors': sponsors,
                             'submitted': None if status == 'draft' else '2020-09-18T10:00:00Z',
                             'status': status})
    with open(path, 'w') as f:
        json.dump(data, f)


def requests_widget(app):
    return app.find(None, 'Co-sponsorship Requests', timeout=WAIT)


def phase_staff(url, home, shots, folder, staff_path):
    """The clerk's window: the requests shown in Co-sponsorship Requests
    on the Proposals page; L.3's accepted, L.5's declined with a reason."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[staff_path], keep_home=home, env={'PLENARY_PASSWORD': 'clerk-pw'}) as app:
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the staff window up to date', timeout=WAIT)
        app.pointer_click(app.find('list item', 'Proposals'))
        # Shown while a request waits: none yet.
        assert not app.find_all(None, 'Co-sponsorship Requests'), 'requests shown before any was made'
        mark(folder, 'staff-ready')

        wait_mark(app, folder, 'delegate-requested')
        requests_widget(app)
        accept = app.find('push button', 'Accept Kenya for ' + L3, timeout=WAIT)
        app.find('push button', 'Decline Kenya for ' + L5, timeout=WAIT)
        shot(app, shots, '19-cosponsor-staff-requests.png')
        app.click(accept)
        app.wait_for(lambda: not app.find_all('push button', 'Accept Kenya for ' + L3), 'the request accepted')

        app.click(app.find('push button', 'Decline Kenya for ' + L5))
        dialog = app.wait_for(lambda: dialog_with(app, 'text', 'Reason'), 'the dialog asking the reason')
        shot(app, shots, '19-cosponsor-staff-decline.png')
        app.type_into(app.find('text', 'Reason', root=dialog), REASON, replace=False)
        app.click(app.find('push button', 'Decline', root=dialog))
        app.wait_for(lambda: not app.find_all('push button', 'Decline Kenya for ' + L5), 'the request declined')
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the answers on the server', timeout=WAIT)
        mark(folder, 'staff-answered')
        wait_mark(app, folder, 'delegate-done', timeout=WAIT + 60)
        shot(app, shots, '19-cosponsor-staff-answered.png')
        assert 'CRITICAL' not in app.app_output(), app.app_output()


def row_state(app, text):
    return label_containing(app, text)


def phase_delegate(url, home, shots, folder, invitation):
    """Kenya's delegate joins, co-sponsors L.3 and L.5 from the Proposals
    page, and reads the answers there."""
    sync_e2e.start_keyring(home) or sys.exit('no gnome-keyring')
    with harness.App(args=[], keep_home=home) as app:
        app.click(app.find('push button', 'Join a Session…'))
        join_e2e.open_invitation_with_chooser(app, invitation)
        join_e2e.join(app, 'ken-pw')
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the delegate’s copy up to date', timeout=WAIT)
        mark(folder, 'delegate-joined')

        app.pointer_click(app.find('list item', 'Proposals'))
        app.find('push button', 'Co-sponsor ' + L3, timeout=WAIT)
        # The draft is the secretariat's alone.
        assert not app.find_all('push button', 'Co-sponsor ' + L4), 'the draft reached the delegate'
        assert not label_containing(app, L4), 'the draft reached the delegate'
        assert label_containing(app, 'Sponsors: Mexico'), labels(app)
        shot(app, shots, '19-cosponsor-delegate-proposals.png')

        wait_mark(app, folder, 'staff-ready')
        app.pointer_click(app.find('push button', 'Co-sponsor ' + L3))
        app.wait_for(lambda: row_state(app, 'waiting for the secretariat'), 'the request pending')
        app.pointer_click(app.find('push button', 'Co-sponsor ' + L5))
        app.wait_for(lambda: len([t for t in labels(app) if 'waiting for the secretariat' in t]) == 2,
                     'both requests pending')
        app.find('push button', 'Withdraw the request to co-sponsor ' + L3)
        app.wait_for(lambda: app.find_all('label', 'Up to Date'), 'the requests on the server', timeout=WAIT)
        shot(app, shots, '19-cosponsor-delegate-pending.png')
        mark(folder, 'delegate-requested')

        wait_mark(app, folder, 'staff-answered', timeout=WAIT + 60)
        app.wait_for(lambda: row_state(app, 'Your delegation co-sponsors it'), 'L.3 co-sponsored', timeout=WAIT)
        app.wait_for(lambda: row_state(app, 'Co-sponsors: Kenya'), 'Kenya among the co-sponsors', timeout=WAIT)
        app.wait_for(lambda: row_state(app, 'Declined: ' + REASON), 'L.5 declined with the reason', timeout=WAIT)
        # Declined, it may ask again; co-sponsoring, it no longer asks.
        app.find('push button', 'Co-sponsor ' + L5)
        assert not app.find_all('push button', 'Co-sponsor ' + L3)
        shot(app, shots, '19-cosponsor-delegate-answered.png')
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

    print('1..5')
    sys.stdout.flush()
    server_class = sync_e2e.load_server_class()
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-cosponsor-')
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

        staff_path = harness.sample_session(tmp, CSV, name='staff.plenary')
        add_proposals(staff_path)
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
        ok(1, 'delegate-joined', 'the delegate joins with the invitation file')
        ok(2, 'delegate-requested', 'the delegate’s Proposals page shows the submitted proposals only, and '
           'Co-sponsor makes a request for its own delegation that the server takes')
        ok(3, 'staff-ready', 'the staff window shows the Co-sponsorship Requests on its Proposals page')
        ok(4, 'staff-answered', 'staff accept one request and decline the other with a reason')
        ok(5, 'delegate-done', 'the delegate sees its delegation among the co-sponsors, and the reason')
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
