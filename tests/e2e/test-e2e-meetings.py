#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 20, "Done when"): on the sample session with nine
States parties imported by plenary-cli, the Meetings page opens the first
planned plenary meeting (Open Meeting), the attendance is ticked through
the accessibility bus below one third of the States parties (one of
nine: three are needed to open, rule 41), the meetings.quorum finding
appears on the meeting in words, and ticking two more clears it. The
saved file holds the meeting held, its opening time and the three States
present."""

import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

STATES = ['Algeria', 'Argentina', 'Brazil', 'China', 'France', 'Kenya', 'Mexico', 'Norway', 'Senegal']
ISO = {'Algeria': 'DZA', 'Argentina': 'ARG', 'Brazil': 'BRA', 'China': 'CHN', 'France': 'FRA', 'Kenya': 'KEN',
       'Mexico': 'MEX', 'Norway': 'NOR', 'Senegal': 'SEN'}
CSV = 'delegation,iso,name,function,rank,email\n' + ''.join(
    ',%s,Head of %s,head,ambassador,head@%s.example.org\n' % (ISO[s], s, ISO[s].lower()) for s in STATES)

# The finding, in words (pl-check-meetings.c).
QUORUM_WORDS = 'fewer than the 3 needed to open the meeting'


def prepare(path):
    """The imported delegations are States parties to the Convention, and
    the only ones: the sample's other 181 States parties are taken out, so
    that a third of the parties is a few delegations ticked (a conference
    of its own, as in test-widgets' meetings page)."""
    with open(path) as f:
        session = json.load(f)
    kept = {'delegation:' + ISO[s] for s in STATES}
    session['docs'] = [d for d in session['docs'] if d['type'] != 'delegation' or d['_id'] in kept]
    assert len([d for d in session['docs'] if d['type'] == 'delegation']) == len(STATES)
    for d in session['docs']:
        if d['type'] == 'delegation':
            d['category'] = 'state_party'
    with open(path, 'w') as f:
        json.dump(session, f)


def quorum_line(app, present):
    return app.find('label', '%d of %d States parties present' % (present, len(STATES)), contains=True)


def tick(app, state):
    """By keyboard, as an officer at the rostrum would: Ctrl+F to the
    search field, the State's name, Tab to its row, Space ticks it."""
    app.key('ctrl+f')
    app.key('ctrl+a')
    app.type_text(state)
    app.find('check box', state)
    app.key('Tab')
    # The search has filtered the list: its first row, the State's, has the focus.
    app.wait_for(lambda: focused_name(app) == state, '%s focused' % state)
    app.key('space')


def focused_name(app):
    for node in app._walk(app.application(), prune_hidden=True):
        try:
            if node.getState().contains(app.pyatspi.STATE_FOCUSED):
                return node.name
        except Exception:
            continue
    return None


def finding_shown(app):
    return app.find_all('label', QUORUM_WORDS, contains=True)


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-meetings-')
    path = harness.sample_session(tmp, CSV)
    prepare(path)
    shots = os.environ.get('PLENARY_SCREENSHOTS')
    print('1..4')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.show_page(None, 'Meetings')
        app.find('list', 'Meetings')
        # The first planned plenary meeting of the session.
        app.pointer_click(app.find('list item', 'Plenary, 12:00–14:00, Planned', contains=True))
        app.pointer_click(app.find('push button', 'Open Meeting'))
        app.find('label', 'In Progress')
        app.find('label', 'Plenary, 1st meeting')
        quorum_line(app, 0)
        assert not app.nameless_controls(), app.nameless_controls()
        print('ok 1 - Open Meeting holds the first plenary meeting')

        # One of nine: below one third.
        tick(app, 'Kenya')
        quorum_line(app, 1)
        app.wait_for(lambda: finding_shown(app), 'the meetings.quorum finding')
        if shots:
            app.screenshot(os.path.join(shots, '20-meetings-quorum.png'))
        print('ok 2 - attendance below one third shows the quorum finding in words')

        # Three of nine: the meeting may open.
        tick(app, 'Algeria')
        quorum_line(app, 2)
        tick(app, 'Norway')
        quorum_line(app, 3)
        app.wait_for(lambda: not finding_shown(app), 'the quorum finding to clear')
        print('ok 3 - enough States parties present clear it')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        assert 'WARNING' not in app.app_output() and 'CRITICAL' not in app.app_output(), app.app_output()

    with open(path) as f:
        docs = json.load(f)['docs']
    held = [d for d in docs if d['type'] == 'meeting' and d.get('status') == 'held']
    assert len(held) == 1, held
    meeting = held[0]
    assert meeting.get('opened_at') and not meeting.get('closed_at'), meeting
    names = {d['_id']: d['name'] for d in docs if d['type'] == 'delegation'}
    assert sorted(names[i] for i in meeting['present']) == ['Algeria', 'Kenya', 'Norway'], meeting
    print('ok 4 - the saved file holds the meeting held and the three present')


if __name__ == '__main__':
    harness.main(run)
