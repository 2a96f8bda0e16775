#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: on the sample session with delegations imported by
plenary-cli import-delegations, edit the general discussion's group limit,
add speakers through the Speakers page and see the derived order (the
minister before the ambassador who asked earlier), the mark on a request
made after the list closed, accept a delegate's pending request (a
`speaker_request` record, as sync brings it) into its derived place, run
the live mode through two speakers with the countdown read over AT-SPI,
and find the recorded durations in the saved file. Time is a fake clock
(PLENARY_FAKE_CLOCK_FILE), advanced by writing a file: no test sleeps
through a statement."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

CSV = (
    "Delegation,ISO code,Member name,Function,Rank,E-mail\n"
    "Austria,AUT,Anna Huber,Head of delegation,Ambassador,anna.huber@bmeia.gv.at\n"
    "Mexico,MEX,Luz Ortega,head,minister,lortega@sre.gob.mx\n"
    "France,FRA,Claire Martin,head,ambassador,claire.martin@diplomatie.gouv.fr\n"
    "Kenya,KEN,Amina Otieno,head,official,a.otieno@mfa.go.ke\n"
)


def add_request(path):
    """A delegate's request to speak, as sync would bring it."""
    with open(path) as f:
        session = json.load(f)
    general = next(d for d in session['docs']
                   if d['type'] == 'speaker_list' and d['title'] == 'General discussion')
    session['docs'].append({
        '_id': 'speaker_request:0d4c6f6e-5b55-4f7e-9a83-9c1d0e9c7a11', 'type': 'speaker_request',
        'list': general['_id'], 'delegation': 'delegation:KEN', 'person': 'Amina Otieno',
        'rank': 'official', 'on_behalf_of': 'delegation:KEN',
        'requested_at': '2020-09-05T09:30:00+02:00', 'requested_by': 'ken.delegate'})
    with open(path, 'w') as f:
        json.dump(session, f)


def set_clock(path, seconds):
    with open(path + '.tmp', 'w') as f:
        f.write('%g' % seconds)
    os.replace(path + '.tmp', path)


def speaker_rows(app):
    table = app.find('tree table', 'Speakers')
    return [n.name for n in app.find_all('label', 'Speaker ', root=table, contains=True)
            if n.name.startswith('Speaker ') and ':' in n.name]


def add_speaker(app, delegation, requested_at):
    app.click(app.find('push button', 'Add Speaker'))
    app.find('text', 'Delegation')
    app.key('alt+d')
    app.type_text(delegation)
    app.settle(0.5)
    app.key('alt+q')
    app.key('ctrl+a')
    app.type_text(requested_at)
    app.settle(0.5)
    app.click(app.find('push button', 'Add Speaker to List'))
    app.wait_for(lambda: not app.find_all('push button', 'Add Speaker to List'), 'the dialog to close')


def countdown(app):
    labels = app.find_all('label', 'Time remaining', contains=True) + \
        app.find_all('label', 'Over time by', contains=True)
    return labels[0].name if labels else None


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-speakers-')
    path = os.path.join(tmp, 'cop10.plenary')
    csv = os.path.join(tmp, 'registration.csv')
    clock = os.path.join(tmp, 'clock')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    with open(csv, 'w') as f:
        f.write(CSV)
    subprocess.run([os.environ['PLENARY_CLI'], 'import-delegations', path, csv], check=True,
                   stdout=subprocess.DEVNULL)
    add_request(path)
    set_clock(clock, 0)
    print('1..4')

    with harness.App(args=[path], env={'PLENARY_FAKE_CLOCK_FILE': clock}) as app:
        app.find('list', 'Agenda Items')
        # By name, not Alt+number: the sidebar grows as pages are added.
        app.pointer_click(app.find('list item', 'Speakers'))
        app.pointer_click(app.find('list item', 'General discussion'))
        app.find('label', 'General discussion')

        # Edit the list: five minutes for a statement on behalf of a group.
        app.click(app.find('push button', 'Edit List'))
        app.find('spin button', 'Time Limit for a Group in Minutes', contains=True)
        app.key('alt+g')
        app.key('ctrl+a')
        app.type_text('5')
        app.click(app.find('push button', 'Save List'))
        app.wait_for(lambda: app.find_all('label', '3:00 per statement, 5:00 for a group', contains=True),
                     'the new group limit in the header')

        # The ambassador asks first, the minister a day later.
        add_speaker(app, 'Austria', '2020-09-01 10:00')
        app.wait_for(lambda: speaker_rows(app) == ['Speaker 1: Austria, Anna Huber'], 'the first speaker')
        add_speaker(app, 'Mexico', '2020-09-02 10:00')
        app.wait_for(lambda: speaker_rows(app) == ['Speaker 1: Mexico, Luz Ortega',
                                                   'Speaker 2: Austria, Anna Huber'],
                     'the minister before the earlier ambassador')
        # Both fit in the item's first meeting, Monday 12 October.
        assert len(app.find_all('label', 'Mon 12 Oct 1', contains=True)) == 2, app.dump()
        print('ok 1 - the derived order puts the minister first')

        # A request after the list closed (noon, 9 October, Vienna) is
        # listed, last, and marked (speakers.closed).
        add_speaker(app, 'FRA', '2020-10-10 09:00')
        app.wait_for(lambda: speaker_rows(app)[2:] == ['Speaker 3: France, Claire Martin'], 'the late speaker')
        app.find('label', 'Asked after the list closed')

        # Kenya's delegate asked on 5 September: accepted, the request
        # becomes a speaker in its derived place, before the late request.
        app.find('label', '1 Request from Delegates')
        app.click(app.find('push button', 'Accept Kenya'))
        app.wait_for(lambda: speaker_rows(app) == ['Speaker 1: Mexico, Luz Ortega',
                                                   'Speaker 2: Austria, Anna Huber',
                                                   'Speaker 3: Kenya, Amina Otieno',
                                                   'Speaker 4: France, Claire Martin'],
                     'the accepted request in its place')
        assert not app.find_all('label', '1 Request from Delegates'), app.dump()
        print('ok 2 - a delegate’s request accepted takes its derived place')
        app.screenshot(os.path.join(tmp, 'speakers-page.png'))

        # The live mode, on the fake clock.
        app.click(app.find('push button', 'Live Mode'))
        app.wait_for(lambda: countdown(app) == 'Time remaining 3:00', 'the countdown at the limit')
        app.find('label', 'Speaker 1 of 4')
        app.find('label', 'Next: Austria, Anna Huber')
        app.find('label', 'Limit 3:00')
        app.key('space')
        set_clock(clock, 100)
        app.wait_for(lambda: countdown(app) == 'Time remaining 1:20', 'the countdown at 1:20')
        set_clock(clock, 170)
        app.wait_for(lambda: countdown(app) == 'Time remaining 0:10', 'the countdown at 0:10')
        app.find('label', '10 seconds left')
        app.screenshot(os.path.join(tmp, 'live-warning.png'))
        app.key('s')
        app.wait_for(lambda: app.find_all('label', 'Speaker 2 of 4'), 'the second speaker')
        app.wait_for(lambda: countdown(app) == 'Time remaining 3:00', 'a fresh countdown')
        app.key('space')
        set_clock(clock, 370)
        app.wait_for(lambda: countdown(app) == 'Over time by 0:20', 'the overtime')
        app.screenshot(os.path.join(tmp, 'live-overtime.png'))
        app.key('s')
        app.wait_for(lambda: app.find_all('label', 'Speaker 3 of 4'), 'the third speaker')
        app.find('label', 'Kenya')
        print('ok 3 - the live mode ran two speakers on the countdown')
        # Escape leaves full screen only (issue 22); Ctrl+W closes, without
        # a question: no statement runs.
        app.key('Escape')
        app.settle(0.5)
        app.find('label', 'Speaker 3 of 4')
        app.key('ctrl+w')
        app.wait_for(lambda: not app.find_all('label', 'Speaker 3 of 4'), 'the live mode closed')
        app.wait_for(lambda: app.find_all('label', 'Spoken, 2:50'), 'the recorded time on the page')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        assert 'WARNING' not in app.app_output() and 'CRITICAL' not in app.app_output(), app.app_output()

    with open(path) as f:
        docs = json.load(f)['docs']
    speakers = {d['person']: d for d in docs if d['type'] == 'speaker'}
    assert speakers['Luz Ortega']['status'] == 'spoken', speakers
    assert speakers['Luz Ortega']['duration_s'] == 170, speakers
    assert speakers['Anna Huber']['status'] == 'spoken', speakers
    assert speakers['Anna Huber']['duration_s'] == 200, speakers
    assert speakers['Anna Huber']['delegation'] == 'delegation:AUT', speakers
    assert speakers['Luz Ortega']['rank'] == 'minister', speakers
    lists = {d['title']: d for d in docs if d['type'] == 'speaker_list'}
    assert lists['General discussion']['group_time_limit_s'] == 300, lists
    assert lists['General discussion']['time_limit_s'] == 180, lists
    assert speakers['Claire Martin']['status'] == 'listed', speakers
    assert 'duration_s' not in speakers['Claire Martin'] or not speakers['Claire Martin']['duration_s'], speakers
    assert speakers['Amina Otieno']['requested_at'] == '2020-09-05T09:30:00+02:00', speakers
    # Accepted, the request stays, marked, for the delegate to see.
    requests = [d for d in docs if d['type'] == 'speaker_request']
    assert len(requests) == 1 and requests[0]['status'] == 'accepted', requests
    assert requests[0]['speaker'] == speakers['Amina Otieno']['_id'], requests
    assert speakers['Amina Otieno']['rank'] == 'official', speakers
    print('ok 4 - the durations are in the saved file (170 s, 200 s)')
    print('# screenshots in %s' % tmp)


if __name__ == '__main__':
    harness.main(run)
