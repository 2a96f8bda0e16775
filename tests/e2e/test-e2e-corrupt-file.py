#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: a file that cannot be read is refused with a message that
names the place, and the file is left exactly as it was."""

import hashlib
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def digest(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest(), os.stat(path).st_mtime_ns


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-corrupt-')
    path = os.path.join(tmp, 'broken.plenary')
    subprocess.run([os.environ['PLENARY_CLI'], 'new', '--sample', path], check=True)
    with open(path) as f:
        text = f.read()
    # Cut the file in the middle of a record, as a crash would; the backup
    # a save keeps beside it (NAME~) holds the whole session.
    with open(path, 'w') as f:
        f.write(text[:len(text) // 2])
    with open(path + '~', 'w') as f:
        f.write(text)
    before = digest(path)
    backup_before = digest(path + '~')
    print('1..2')

    with harness.App(args=[path]) as app:
        app.find('label', 'Could Not Open the Session')
        message = app.wait_for(lambda: [l.name for l in app.find_all('label')
                                        if 'broken.plenary' in (l.name or '')],
                               'the error naming the file')
        assert any('cut short at line' in m for m in message), message
        app.settle(1.5)
        assert digest(path) == before, 'the file was touched'
        print('ok 1 - corrupt file refused with its place, untouched: %s' % message[0].splitlines()[0])

        # The refusal offers the backup; opening it shows the session and
        # leaves both files as they were.
        app.find('label', 'A backup saved on', contains=True)
        app.click(app.find('push button', 'Open Backup'))
        app.wait_for(lambda: app.find_all('label', 'The backup of broken.plenary is open', contains=True),
                     'the toast saying the backup is open')
        app.wait_for(lambda: app.find_all('label', 'Tenth session', contains=True), "the backup's session")
        app.settle(1.5)
    assert digest(path) == before, 'the damaged file was touched'
    assert digest(path + '~') == backup_before, 'the backup was touched'
    print('ok 2 - the backup offered and opened, both files untouched')


if __name__ == '__main__':
    harness.main(run)
