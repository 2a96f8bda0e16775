#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 19, "Done when"): on the sample session with six
States parties imported by plenary-cli, five of them present with
credentials (written into the file as the Credentials page would) and
China absent, and a submitted draft resolution, open the vote dialog from
the Proposals page (Ctrl+T, Take Action…; Alt+P, Put to the Vote…) and
record a roll-call vote by keyboard alone: the State drawn by lot chosen
from its list (Space, Down, Down, Return), Alt+R to the call, each State's
answer typed as it is called (Y, N, A), a slip corrected with
Backspace, Record with Return, save with Ctrl+S. The saved file holds the
vote's ballots and the proposal's status and number; the `--what
decisions` export, read back with pdftotext, lists the States under in
favour, against and abstaining, and the outcome."""

import json
import os
import re
import subprocess
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

CSV = (
    "delegation,iso,name,function,rank,email\n"
    ",KEN,Amina Otieno,head,ambassador,a.otieno@example.org\n"
    ",FRA,Claire Martin,head,ambassador,c.martin@example.org\n"
    ",ARG,Lucia Fernandez,head,official,l.fernandez@example.org\n"
    ",NOR,Ola Nordmann,head,ambassador,o.nordmann@example.org\n"
    ",DZA,Amina Benali,head,ambassador,a.benali@example.org\n"
    ",CHN,Li Wei,head,ambassador,l.wei@example.org\n"
)

# Who votes and how: the officer types each answer as the State is called.
ANSWERS = {'Algeria': 'y', 'Argentina': 'n', 'France': 'y', 'Kenya': 'a', 'Norway': 'y'}
ENTITLED = sorted(ANSWERS)
PROPOSAL_ID = 'proposal:%s' % uuid.UUID('0d6f3f2a-8f5e-4c1e-9d7b-3c2f5a1e9b40')
SYMBOL = 'CTOC/COP/2020/L.3'
TITLE = 'Strengthening the implementation of the Convention'


def prepare(path):
    """Five States parties present with credentials; China stays absent
    (a party, not entitled), the draft resolution submitted to the
    plenary under item 2 (a). A conference of its own: the sample's other
    States parties are taken out, so that five present make the quorum
    (as test-vote-dialog's)."""
    with open(path) as f:
        session = json.load(f)
    kept = {'delegation:' + line.split(',')[1] for line in CSV.splitlines()[1:]}
    session['docs'] = [d for d in session['docs'] if d['type'] != 'delegation' or d['_id'] in kept]
    docs = session['docs']
    assert len([d for d in docs if d['type'] == 'delegation']) == 6, kept
    for d in list(docs):
        if d['type'] == 'delegation':
            d['category'] = 'state_party'
            d['present'] = d['name'] in ANSWERS
            iso = d['iso3']
            docs.append({'_id': 'credentials:%s' % iso, 'type': 'credentials', 'delegation': d['_id'],
                         'form': 'original', 'issuer': 'foreign_minister',
                         'received': '2020-10-11T10:00:00+02:00'})
    item = next(d for d in docs if d['type'] == 'item' and not d.get('instrument'))
    docs.append({'_id': PROPOSAL_ID, 'type': 'proposal', 'kind': 'draft_resolution', 'symbol': SYMBOL,
                 'title': TITLE, 'item': item['_id'], 'body': 'plenary', 'status': 'submitted',
                 'submitted': '2020-09-15T10:00:00+02:00', 'financial_implications': 'none',
                 'sponsors': [{'delegation': 'delegation:FRA', 'role': 'sponsor', 'on_behalf_of': None,
                               'joined': '2020-09-15T10:00:00+02:00', 'withdrawn': None}]})
    with open(path, 'w') as f:
        json.dump(session, f)


def calling(app):
    """The State called, from the dialog's "Kenya (3 of 5)" line."""
    for label in app.find_all('label', 'of %d)' % len(ENTITLED), contains=True):
        name = label.name
        if name.endswith(' of %d)' % len(ENTITLED)) and '(' in name:
            return name[:name.rindex(' (')]
    return None


def focused_name(app):
    for node in app._walk(app.application(), prune_hidden=True):
        try:
            if node.getState().contains(app.pyatspi.STATE_FOCUSED):
                return node.name
        except Exception:
            continue
    return None


def open_vote_dialog(app):
    app.pointer_click(app.find('list item', 'Proposals'))
    app.pointer_click(app.find('label', SYMBOL))
    # Ctrl+T, Take Action…; Alt+P, its "Put to the Vote…".
    app.find('push button', 'Take Action…')
    app.key('ctrl+t')
    app.find('push button', 'Put to the Vote…', contains=True)
    app.key('alt+p')
    app.find('push button', 'Record Outcome')


def pdf_text(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', '-raw', path, '-'],
                          capture_output=True, text=True, check=True).stdout


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-vote-')
    path = harness.sample_session(tmp, CSV)
    prepare(path)
    shots = os.environ.get('PLENARY_SCREENSHOTS')
    print('1..4')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        open_vote_dialog(app)

        # Keyboard alone from here. The dialog opens on the State drawn by
        # lot: Space opens the list of States, Down Down Return chooses
        # France (Algeria, Argentina, France...), Alt+R goes to the call.
        # The drop-down's button is named after its row (pl-accessible.c).
        assert focused_name(app) == 'Drawn by Lot', focused_name(app)
        app.key('space')
        app.wait_for(lambda: focused_name(app) == 'Algeria', 'the list of States open on Algeria')
        app.key('Down')
        app.key('Down')
        app.wait_for(lambda: focused_name(app) == 'France', 'France in the list')
        app.key('Return')
        app.wait_for(lambda: calling(app) == 'France', 'France first called')
        app.key('alt+r')
        first = calling(app)
        start = ENTITLED.index(first)
        order = ENTITLED[start:] + ENTITLED[:start]
        assert order == ['France', 'Kenya', 'Norway', 'Algeria', 'Argentina'], order
        # The State called is what a screen reader reads: the focused row.
        app.wait_for(lambda: (focused_name(app) or '').startswith('France, Not yet voted, 1 of 5'),
                     'France focused')

        called = []
        for i, state in enumerate(order):
            app.wait_for(lambda: calling(app) == state, '%s called (%d of 5)' % (state, i + 1))
            called.append(state)
            # The first answer is mistyped, then corrected with Backspace.
            if i == 0:
                app.key('y' if ANSWERS[state] != 'y' else 'n')
                app.wait_for(lambda: calling(app) == order[1], 'the next State called')
                app.key('BackSpace')
                app.wait_for(lambda: calling(app) == state, 'back to %s' % state)
            app.key(ANSWERS[state])
            if i == 2 and shots:
                app.screenshot(os.path.join(shots, '19-vote-roll-call.png'))
        assert called == order, called
        # Every control of the dialog has a name a screen reader can say.
        assert not app.nameless_controls(), app.nameless_controls()
        app.find('label', 'Yes 3 · No 1 · Abstentions 1 · Not yet voted 0', contains=True)
        app.find('label', 'Adopted')
        print('ok 1 - the roll call runs from the drawn State by keyboard alone')

        # Every State has answered: Record has the focus, Return records.
        app.wait_for(lambda: (focused_name(app) or '').startswith('Record Outcome'), 'Record focused')
        app.key('Return')
        app.wait_for(lambda: not app.find_all('push button', 'Record Outcome'), 'the dialog to close')
        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        assert 'WARNING' not in app.app_output() and 'CRITICAL' not in app.app_output(), app.app_output()
        print('ok 2 - Record closes the dialog and the session is saved')

    with open(path) as f:
        docs = json.load(f)['docs']
    names = {d['_id']: d['name'] for d in docs if d['type'] == 'delegation'}
    votes = [d for d in docs if d['type'] == 'vote']
    assert len(votes) == 1, votes
    vote = votes[0]
    assert vote['kind'] == 'roll_call' and vote['question'] == 'substance', vote
    assert vote['proposal'] == PROPOSAL_ID, vote
    assert vote['drawn'] == 'delegation:FRA', vote
    ballots = {names[k]: v for k, v in vote['ballots'].items()}
    expected = {'y': 'yes', 'n': 'no', 'a': 'abstain'}
    assert ballots == {state: expected[key] for state, key in ANSWERS.items()}, ballots
    proposal = next(d for d in docs if d['_id'] == PROPOSAL_ID)
    assert proposal['status'] == 'adopted', proposal
    assert proposal['adopted_as'] == '10/1', proposal
    assert proposal['action']['method'] == 'vote' and proposal['action']['vote'] == vote['_id'], proposal
    print('ok 3 - the saved file holds the ballots, the status and the number')

    pdf = os.path.join(tmp, 'decisions.pdf')
    result = subprocess.run([os.environ['PLENARY_CLI'], 'export', path, '--what', 'decisions',
                             '--format', 'pdf', '-o', pdf], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    text = ' '.join(pdf_text(pdf).split())
    assert 'Resolution 10/1. ' + TITLE in text, text
    assert 'Adopted by a roll-call vote of 3 to 1, with 1 abstention' in text, text
    lists = {}
    for label in ('In favour:', 'Against:', 'Abstaining:'):
        m = re.search(re.escape(label) + r' (.*?)\.', text)
        assert m, (label, text)
        lists[label] = m.group(1).split(', ')
    assert lists == {'In favour:': ['Algeria', 'France', 'Norway'], 'Against:': ['Argentina'],
                     'Abstaining:': ['Kenya']}, lists
    assert 'China' not in text, text
    print('ok 4 - the decisions export lists the States and the outcome')


if __name__ == '__main__':
    harness.main(run)
