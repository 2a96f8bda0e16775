#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: a seat's choosers on the Bureau page (issue 22, point 6).
For an African seat, the State chooser lists the African States parties,
present first, and finds any other State by name; the representative is
chosen from the chosen State's registered members, the head of delegation
first, then by rank, or typed. Screenshots of both choosers go to
$PLENARY_SCREENSHOTS when it is set."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

# Algeria's head of delegation is registered last, its minister after an
# official: the chooser orders them, not the registration.
CSV = """delegation,iso,name,function,rank,email
,DZA,Karim Haddad,adviser,official,k.haddad@example.org
,DZA,Nadia Saidi,representative,minister,n.saidi@example.org
,DZA,Amina Benali,head,ambassador,a.benali@example.org
,BEN,Koffi Adjovi,head,ambassador,k.adjovi@example.org
,ZAF,Thandi Nkosi,head,ambassador,t.nkosi@example.org
,COG,Jean Mabiala,head,official,j.mabiala@example.org
,FRA,Claire Martin,head,ambassador,c.martin@example.org
,CHN,Li Wei,head,ambassador,l.wei@example.org
"""

# Marked present in the file before the window opens (the Participants
# page's switch); Benin, like every other State party the sample
# registers, is not yet present.
PRESENT = ('delegation:DZA', 'delegation:ZAF', 'delegation:FRA', 'delegation:CHN')


def cli(*args):
    result = subprocess.run([os.environ['PLENARY_CLI']] + list(args), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result


def shot(app, name):
    folder = os.environ.get('PLENARY_SCREENSHOTS')
    if folder:
        os.makedirs(folder, exist_ok=True)
        app.settle(1.0)
        app.screenshot(os.path.join(folder, 'bureau-%s.png' % name))


def listed_states(app):
    """The States the open chooser shows, in order (the rows a search
    leaves out are hidden, so not read)."""
    return [n.name for n in app.find_all('push button', root=app.find('list', 'States'))]


def nominee(app, seat):
    button = [n for n in app.find_all('push button') if n.name == 'State for ' + seat]
    labels = app.texts(root=button[0]) if button else []
    return labels[0] if labels else None


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-bureau-choosers-')
    path = os.path.join(tmp, 'cop10.plenary')
    csv = os.path.join(tmp, 'states.csv')
    with open(csv, 'w') as f:
        f.write(CSV)
    cli('new', '--sample', path)
    cli('import-delegations', path, csv)
    with open(path) as f:
        data = json.load(f)
    for doc in data['docs']:
        if doc['_id'] in PRESENT:
            doc['present'] = True
    with open(path, 'w') as f:
        json.dump(data, f)
    african = [d['name'] for d in data['docs'] if d.get('type') == 'delegation'
               and d.get('regional_group') == 'african' and d.get('category') == 'state_party']
    assert len(african) == 52, african
    print('1..2')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.pointer_click(app.find('label', 'Bureau'))
        app.find('push button', 'State for Vice-President 1')

        # Vice-President 1 is the African States' seat: their States
        # parties present first (Algeria, South Africa), then those not
        # yet present; France, China and Congo (a signatory) by search.
        app.click(app.find('push button', 'State for Vice-President 1'))
        app.find(None, 'Search States')
        app.wait_for(lambda: listed_states(app), 'the listed States')
        shot(app, 'state-chooser')
        listed = listed_states(app)
        # Every African State party of the sample, the present ones
        # first, then the others by name.
        assert listed[:5] == ['Algeria', 'South Africa', 'Angola', 'Benin', 'Botswana'], listed
        assert sorted(listed) == sorted(african), (listed, african)
        assert app.nameless_controls() == [], app.nameless_controls()
        app.type_text('Fra')
        app.wait_for(lambda: listed_states(app) == ['France'], 'France found by search')
        shot(app, 'state-search')
        app.key('ctrl+a')
        app.key('BackSpace')
        app.type_text('Congo')
        # The search goes beyond the group's parties: the Democratic
        # Republic of the Congo (a party of the group) first, then Congo
        # (a signatory).
        app.wait_for(lambda: listed_states(app) == ['Democratic Republic of the Congo', 'Congo'],
                     'both Congos found by search')
        app.type_text('x')
        app.find('label', 'No State matches “Congox”.')
        assert listed_states(app) == []
        app.key('ctrl+a')
        app.key('BackSpace')
        app.wait_for(lambda: listed_states(app) == listed, 'the group again')
        app.click(app.find('push button', 'Algeria'))
        app.wait_for(lambda: nominee(app, 'Vice-President 1') == 'Algeria', 'Algeria nominated')
        print('ok 1 - an African seat lists the African States parties present first')

        # The representative: Algeria's members, head first, then by rank.
        app.click(app.find('push button', 'Choose representative for Vice-President 1'))
        items = app.wait_for(lambda: [n.name for n in app.find_all('menu item')
                                      if n.name in ('Amina Benali', 'Nadia Saidi', 'Karim Haddad')],
                             "Algeria's members")
        shot(app, 'representative-chooser')
        assert items == ['Amina Benali', 'Nadia Saidi', 'Karim Haddad'], items
        assert app.nameless_controls() == [], app.nameless_controls()
        assert not app.find_all('menu item', 'Claire Martin')
        app.click(app.find('menu item', 'Nadia Saidi'))
        app.wait_for(lambda: not app.find_all('menu item', 'Nadia Saidi'), 'the menu closed')
        shot(app, 'representative-chosen')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')

    with open(path) as f:
        docs = {d['_id']: d for d in json.load(f)['docs']}
    officer = docs['officer:vice_president-1']
    assert officer['delegation'] == 'delegation:DZA', officer
    assert officer['person'] == 'Nadia Saidi', officer
    print("ok 2 - the representative is chosen from the State's members, head first, then by rank")


if __name__ == '__main__':
    harness.main(run)
