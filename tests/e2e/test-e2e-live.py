#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end (issue 22, point 1): the live mode keeps a running
statement. On the sample with three speakers on the general discussion
and a fake clock (PLENARY_FAKE_CLOCK_FILE, advanced by writing a file):
Escape does not close the live window; the room display shows the
speaker, the countdown and the next speakers without the operator's
controls; closing the live window during a statement asks, and "Keep
Counting" closes it with the statement still running in the session's
room state, so the window opened again finds the elapsed time still
counting; "Pause" closes it paused, and the window opened again shows it
paused at its time. Every wait is for a condition."""

import json
import os
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

SPEAKERS = [('delegation:FRA', 'Claire Martin', 'ambassador', '2020-09-01T10:00:00+02:00'),
            ('delegation:DZA', 'Amina Benali', 'ambassador', '2020-09-02T10:00:00+02:00'),
            ('delegation:ARG', 'Lucia Fernandez', 'official', '2020-09-03T10:00:00+02:00')]


def add_speakers(path):
    with open(path) as f:
        session = json.load(f)
    general = next(d for d in session['docs']
                   if d['type'] == 'speaker_list' and d['title'] == 'General discussion')
    for delegation, person, rank, at in SPEAKERS:
        session['docs'].append({'_id': 'speaker:%s' % uuid.uuid4(), 'type': 'speaker', 'list': general['_id'],
                                'delegation': delegation, 'person': person, 'rank': rank,
                                'requested_at': at, 'status': 'listed'})
    with open(path, 'w') as f:
        json.dump(session, f)


def set_clock(path, seconds):
    with open(path + '.tmp', 'w') as f:
        f.write('%g' % seconds)
    os.replace(path + '.tmp', path)


def frames(app):
    return [app.application().getChildAtIndex(i) for i in range(app.application().childCount)]


def frame(app, name):
    found = [f for f in frames(app) if f is not None and name in (f.name or '')]
    return found[0] if found else None


def countdown(app, root):
    if root is None:
        return None
    labels = app.find_all('label', 'Time remaining', root=root, contains=True) + \
        app.find_all('label', 'Over time by', root=root, contains=True)
    return labels[0].name if labels else None


def live(app):
    return frame(app, '— Live')


def close_live(app):
    """The title bar's Close button of the live window."""
    buttons = app.find_all('push button', 'Close', root=live(app))
    buttons[-1].queryAction().doAction(0)
    app.settle()


def open_live(app):
    main = frame(app, 'Plenary')
    app.click(app.find('push button', 'Live Mode', root=main))
    return app.wait_for(lambda: live(app), 'the live window')


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-live-')
    path = harness.sample_session(tmp, harness.DELEGATIONS_CSV)
    add_speakers(path)
    clock = os.path.join(tmp, 'clock')
    set_clock(clock, 0)
    shots = os.environ.get('PLENARY_SHOTS')
    print('1..5')

    with harness.App(args=[path], env={'PLENARY_FAKE_CLOCK_FILE': clock}) as app:
        app.find('list', 'Agenda Items')
        app.pointer_click(app.find('list item', 'Speakers'))
        app.pointer_click(app.find('list item', 'General discussion'))
        window = open_live(app)
        app.wait_for(lambda: countdown(app, live(app)) == 'Time remaining 3:00', 'the countdown at the limit')

        # Escape leaves full screen, and nothing else.
        app.key('Escape')
        app.settle(1.0)
        assert live(app) is not None, 'Escape closed the live window'
        print('ok 1 - Escape does not close the live window')

        app.key('space')
        set_clock(clock, 10)
        app.wait_for(lambda: countdown(app, live(app)) == 'Time remaining 2:50', 'the countdown at 2:50')

        # The room display: the speaker, the countdown, the next speakers,
        # and none of the operator's controls.
        app.click(app.find('push button', 'Room Display', root=window))
        room = app.wait_for(lambda: frame(app, 'Room Display'), 'the room display')
        app.wait_for(lambda: countdown(app, room) == 'Time remaining 2:50', 'the room display’s countdown')
        app.find('label', 'France', root=room)
        app.find('label', 'Claire Martin', root=room)
        app.find('label', 'Next Speakers', root=room)
        app.find('label', 'Algeria, Amina Benali', root=room)
        app.find('label', 'Argentina, Lucia Fernandez', root=room)
        controls = [b.name for b in app.find_all('push button', root=room)]
        for name in ('Start', 'Pause', 'Next', 'Previous', 'Spoken', 'Withdrawn', 'Full Screen'):
            assert not any(name in c for c in controls), controls
        set_clock(clock, 12)
        app.wait_for(lambda: countdown(app, room) == 'Time remaining 2:48', 'the room display counting')
        if shots:
            app.screenshot(os.path.join(shots, 'live-room-display.png'))
        print('ok 2 - the room display shows the floor without the controls')

        # Back to the operator's window, where the keys go (the room
        # display took the focus as it opened; without a window manager,
        # Xvfb's keyboard follows the pointer).
        app.pointer_click(app.find('label', 'Limit 3:00', root=live(app)))

        # Closing during the statement asks; Keep Counting closes.
        close_live(app)
        app.find('label', 'Close the Live Mode?')
        if shots:
            app.screenshot(os.path.join(shots, 'live-close.png'))
        app.click(app.find('push button', 'Keep Counting'))
        app.wait_for(lambda: live(app) is None and frame(app, 'Room Display') is None,
                     'the live window and the room display to close')

        set_clock(clock, 30)
        open_live(app)
        app.wait_for(lambda: countdown(app, live(app)) == 'Time remaining 2:30',
                     'the statement taken up at 0:30')
        set_clock(clock, 45)
        app.wait_for(lambda: countdown(app, live(app)) == 'Time remaining 2:15', 'the countdown still counting')
        app.find('label', 'France', root=live(app))
        assert not app.find_all('label', 'Paused', root=live(app)), app.dump(live(app))
        print('ok 3 - closed and opened again, the elapsed time still counts')

        # Pause closes it paused (Ctrl+W, the room display closed); it
        # stays at its time.
        app.key('ctrl+w')
        app.click(app.find('push button', 'Pause', root=app.wait_for(
            lambda: frame(app, 'Close the Live Mode?') or [f for f in frames(app) if f.getRoleName() == 'dialog'][0],
            'the question')))
        app.wait_for(lambda: live(app) is None, 'the live window to close')
        set_clock(clock, 100)
        open_live(app)
        app.wait_for(lambda: countdown(app, live(app)) == 'Time remaining 2:15', 'the paused statement at 2:15')
        app.find('label', 'Paused', root=live(app))
        app.key('space')
        set_clock(clock, 110)
        app.wait_for(lambda: countdown(app, live(app)) == 'Time remaining 2:05', 'resumed at 2:05')
        print('ok 4 - paused on closing, it stays paused at its time')

        # Marked spoken: 55 s (0–45 and 100–110), recorded.
        app.key('s')
        app.wait_for(lambda: app.find_all('label', 'Speaker 2 of 3', root=live(app)), 'the second speaker')
        close_live(app)
        app.wait_for(lambda: live(app) is None, 'the live window to close without a question')
        app.key('ctrl+s')
        app.wait_for(lambda: app.find_all('label', 'Saved'), 'the “Saved” state')

    with open(path) as f:
        docs = json.load(f)['docs']
    speakers = {d['person']: d for d in docs if d['type'] == 'speaker'}
    assert speakers['Claire Martin']['status'] == 'spoken', speakers
    assert speakers['Claire Martin']['duration_s'] == 55, speakers['Claire Martin']
    print('ok 5 - the statement’s time is recorded across the closings (55 s)')


if __name__ == '__main__':
    harness.main(run)
