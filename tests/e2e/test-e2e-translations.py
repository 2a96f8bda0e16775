#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 21, "Done when"): on the sample session, which holds
no translation, the Overview's findings say that the session has no
French version of its title; on the Translations page, French chosen,
the progress reads "French: 0 of N texts"; typing a French title into
the session title's version makes it "French: 1 of N texts", and the
Overview's translation.missing finding for the session no longer names
the title (the other fields still missing). Ctrl+S saves the version in
the record's i18n, against the hash of the original it translates."""

import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

TITLE_FR = 'Dixième session de la Conférence'


def session_missing_fields(app):
    """The fields the Overview's French translation.missing finding for
    the session names ("body, title and venue" → a list), or None."""
    for node in app.find_all(None, 'Session has no', contains=True):
        name = node.name or ''
        if '“fr”' not in name and 'French' not in name:
            continue
        m = re.search(r'version of the (.*?):', name)
        if m:
            return re.split(r', | and ', m.group(1))
    return None


def progress(app):
    for label in app.find_all('label', 'French: ', contains=True):
        m = re.match(r'French: (\d+) of (\d+) texts?', label.name or '')
        if m:
            return int(m.group(1)), int(m.group(2))
    return None


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-translations-')
    path = harness.sample_session(tmp)
    shots = os.environ.get('PLENARY_SCREENSHOTS')
    print('1..4')

    with harness.App(args=[path]) as app:
        app.find('list', 'Agenda Items')
        app.key('alt+1')
        fields = app.wait_for(lambda: session_missing_fields(app), 'the French finding of the session')
        assert 'title' in fields and len(fields) > 1, fields
        print('ok 1 - the Overview says the session has no French title')

        app.show_page(None, 'Translations')
        app.find('label', 'Translations')
        app.pointer_click(app.find('combo box', 'Language'))
        app.pointer_click(app.find(None, 'French'))
        done, total = app.wait_for(lambda: progress(app), 'the French progress')
        assert done == 0 and total > 1, (done, total)

        # Every control of the page has a name a screen reader can say.
        assert not app.nameless_controls(), app.nameless_controls()
        editor = app.find('text', 'French version: Session, title')
        app.type_into(editor, TITLE_FR)
        app.wait_for(lambda: progress(app) == (1, total), 'French: 1 of %d texts' % total)
        if shots:
            app.screenshot(os.path.join(shots, '21-translations-e2e.png'))
        print('ok 2 - a French title typed on the page counts in the progress')

        app.key('alt+1')
        app.wait_for(lambda: 'title' not in (session_missing_fields(app) or ['title']),
                     'the French finding without the title')
        left = session_missing_fields(app)
        assert left and 'title' not in left and len(left) == len(fields) - 1, (fields, left)
        print('ok 3 - translation.missing no longer names the French title')

        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')
        assert 'WARNING' not in app.app_output() and 'CRITICAL' not in app.app_output(), app.app_output()

    with open(path) as f:
        docs = json.load(f)['docs']
    session = next(d for d in docs if d['_id'] == 'session')
    version = session['i18n']['fr']['title']
    assert version['text'] == TITLE_FR, version
    assert len(version['source']) == 16, version
    print('ok 4 - the saved session holds the French title and its source')


if __name__ == '__main__':
    harness.main(run)
