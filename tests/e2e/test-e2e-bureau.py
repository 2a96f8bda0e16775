#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: the Bureau page (issue 7). A session with fifteen State
delegations (made with plenary-cli: new --sample, import-delegations);
nominate States to the ten seats through the page, reading the findings
beside the seats through the accessibility bus as they appear and clear;
a signatory that is not a party, a State in two seats, an election that
undo takes back; save, and plenary-cli check --json has no bureau.*
finding left. Screenshots of the page empty, partly filled and complete
go to $PLENARY_SCREENSHOTS when it is set."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

CSV = """delegation,iso,name,function,rank,email
,DZA,Amina Benali,head,ambassador,a.benali@example.org
,BEN,Koffi Adjovi,head,ambassador,k.adjovi@example.org
,COG,Jean Mabiala,head,official,j.mabiala@example.org
,IND,Priya Raman,head,ambassador,p.raman@example.org
,KHM,Sokha Chan,head,official,s.chan@example.org
,CHN,Li Wei,head,ambassador,l.wei@example.org
,ALB,Elira Hoxha,head,ambassador,e.hoxha@example.org
,BGR,Ivan Petrov,head,ambassador,i.petrov@example.org
,RUS,Olga Ivanova,head,ambassador,o.ivanova@example.org
,ARG,Lucia Fernandez,head,ambassador,l.fernandez@example.org
,BRA,Paulo Souza,head,ambassador,p.souza@example.org
,BOL,Ana Quispe,head,official,a.quispe@example.org
,AUT,Anna Gruber,head,ambassador,a.gruber@example.org
,FRA,Claire Martin,head,ambassador,c.martin@example.org
,AND,Marc Puig,head,official,m.puig@example.org
"""

# Seat → State: every group's two officers from States parties to all
# four instruments (data/states.csv), so the slate meets every rule.
SLATE = [
    ('President', 'Algeria'),
    ('Vice-President 1', 'Benin'),
    ('Vice-President 2', 'India'),
    ('Vice-President 3', 'Cambodia'),
    ('Vice-President 4', 'Albania'),
    ('Vice-President 5', 'Bulgaria'),
    ('Vice-President 6', 'Argentina'),
    ('Vice-President 7', 'Brazil'),
    ('Vice-President 8', 'Austria'),
    ('Rapporteur', 'France'),
]


def cli(*args):
    result = subprocess.run([os.environ['PLENARY_CLI']] + list(args), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result


def seat_findings(app, seat):
    """The messages shown beside @seat."""
    found = app.find_all('list', 'Findings about ' + seat)
    return [n.name for n in app.find_all('label', root=found[0])] if found else []


def summary(app):
    return next((n for n in app.texts() if ' of 10 nominated' in (n or '')), None)


def exact(app, role, name):
    return [n for n in app.find_all(role) if n.name == name]


def nominee(app, seat):
    """The State shown on the seat's chooser."""
    button = exact(app, 'push button', 'State for ' + seat)
    labels = app.texts(root=button[0]) if button else []
    return labels[0] if labels else None


def nominate(app, seat, state):
    app.click(app.find('push button', 'State for ' + seat))
    # The chooser lists the seat's group's States parties; typing finds
    # any State (a signatory such as Congo is found only so).
    app.find(None, 'Search States')
    app.type_text(state)
    app.click(app.find('push button', state))
    app.wait_for(lambda: nominee(app, seat) == state, '%s nominated to %s' % (state, seat))


def wait_finding(app, seat, text, present=True):
    app.wait_for(lambda: any(text in f for f in seat_findings(app, seat)) == present,
                 'a finding with “%s” %s %s' % (text, 'beside' if present else 'gone from', seat))


def shot(app, name):
    folder = os.environ.get('PLENARY_SCREENSHOTS')
    if folder:
        os.makedirs(folder, exist_ok=True)
        app.settle(1.0)
        app.screenshot(os.path.join(folder, 'bureau-%s.png' % name))


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-bureau-')
    path = os.path.join(tmp, 'cop10.plenary')
    csv = os.path.join(tmp, 'states.csv')
    with open(csv, 'w') as f:
        f.write(CSV)
    cli('new', '--sample', path)
    cli('import-delegations', path, csv)
    print('1..1')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        # The sidebar row, by its label: the page's Alt+number depends on
        # which pages exist.
        app.pointer_click(app.find('label', 'Bureau'))
        app.wait_for(lambda: summary(app) and summary(app).startswith('0 of 10 nominated'), 'the empty slate')
        wait_finding(app, 'President', 'is vacant')
        shot(app, 'empty')

        # A signatory that is not a party cannot hold a seat (rule 22) ...
        nominate(app, 'Vice-President 1', 'Congo')
        wait_finding(app, 'Vice-President 1', 'Congo is not a State party')
        wait_finding(app, 'Vice-President 1', 'is vacant', present=False)
        # ... and the finding clears when the group nominates a party.
        nominate(app, 'Vice-President 1', 'Benin')
        wait_finding(app, 'Vice-President 1', 'Congo', present=False)

        # A State holds one office at a time.
        nominate(app, 'President', 'Algeria')
        nominate(app, 'Vice-President 4', 'Albania')
        nominate(app, 'Vice-President 5', 'Albania')
        wait_finding(app, 'Vice-President 5', 'already holds')
        nominate(app, 'Vice-President 5', 'Bulgaria')
        wait_finding(app, 'Vice-President 5', 'already holds', present=False)
        app.wait_for(lambda: summary(app).startswith('4 of 10 nominated'), 'four seats nominated')
        shot(app, 'partial')

        for seat, state in SLATE:
            if nominee(app, seat) != state:
                nominate(app, seat, state)
        app.wait_for(lambda: summary(app) == '10 of 10 nominated, all rules met', 'the complete slate')
        for seat, _ in SLATE:
            assert seat_findings(app, seat) == [], (seat, seat_findings(app, seat))
        assert app.find_all('image', 'Warning') == [] and app.find_all('image', 'Error') == []

        # The President's name, typed in its field. Opening the seat's
        # chooser scrolls the seat into view; Escape closes it.
        app.click(app.find('push button', 'State for President'))
        app.find(None, 'Search States')
        app.key('Escape')
        app.wait_for(lambda: not app.find_all(None, 'Search States'), 'the chooser closed')
        app.pointer_click(app.find('text', 'Representative for President'))
        app.type_text('Amina Benali')
        app.settle(1.0)

        # Electing a State not marked present is refused by rule 22 (the
        # officers come from the States parties present); undo takes the
        # election back as one step.
        app.click(app.find('push button', 'Record election of President'))
        wait_finding(app, 'President', 'not present')
        app.click(app.find('push button', 'Undo'))
        wait_finding(app, 'President', 'not present', present=False)
        app.wait_for(lambda: summary(app) == '10 of 10 nominated, all rules met', 'the slate after undo')
        shot(app, 'complete')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        output = app.app_output()
        assert 'WARNING' not in output and 'CRITICAL' not in output, output

    check = subprocess.run([os.environ['PLENARY_CLI'], 'check', path, '--json'],
                           capture_output=True, text=True)
    assert check.returncode in (0, 1), check.stderr + check.stdout
    findings = json.loads(check.stdout)
    bureau = [f for f in findings if f['code'].startswith('bureau.')]
    assert bureau == [], bureau

    with open(path) as f:
        docs = {d['_id']: d for d in json.load(f)['docs']}
    president = docs['officer:president']
    assert president['delegation'] == 'delegation:DZA', president
    assert president['person'] == 'Amina Benali', president
    assert president['status'] == 'nominated', president
    for seat, state in SLATE:
        officer = next(d for d in docs.values() if d['type'] == 'officer' and
                       d['seat'] == {'President': 'president', 'Rapporteur': 'rapporteur'}.get(
                           seat, 'vice_president-' + seat.split()[-1]))
        assert docs[officer['delegation']]['name'] == state, (seat, officer)
    print('ok 1 - a slate nominated on the Bureau page meets rule 22 in the saved file')


if __name__ == '__main__':
    harness.main(run)
