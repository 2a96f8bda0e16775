#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The page docs/shortcuts.md, made from the table the Keyboard Shortcuts
window shows (issue 22, point 12), so that the two cannot disagree: a
README written by hand once gave Alt+4 for the Speakers page, which is
Alt+9. The page is its own file, not a README section, so that the
README stays short (issue 17).

Sources, all in src/app:
- pl-shortcuts-window.ui: the groups, each shortcut's title, and its
  accelerator or the action whose accelerator the window looks up;
- pl-application.c: the accelerators of those actions
  (gtk_application_set_accels_for_action);
- pl-window-pages.c: the two sidebars' page tables, in order, which
  Alt+1…9 and Alt+0 show by position (pl-window-actions.c).

    build-aux/shortcuts-page.py            print the page
    build-aux/shortcuts-page.py --update   write docs/shortcuts.md
    build-aux/shortcuts-page.py --check    fail when docs/shortcuts.md is stale
                                           (tests/test-shortcuts-page.py)

The whole file is made here; nothing in it is written by hand."""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
PAGE = os.path.join('docs', 'shortcuts.md')
MADE_BY = '<!-- made by build-aux/shortcuts-page.py from src/app/pl-shortcuts-window.ui; do not edit -->'

MODIFIERS = {'ctrl': 'Ctrl', 'control': 'Ctrl', 'primary': 'Ctrl', 'shift': 'Shift', 'alt': 'Alt',
             'super': 'Super'}
KEYS = {'Return': 'Enter', 'question': '?', 'comma': ',', 'plus': '+', 'minus': '−', 'space': 'Space',
        'Escape': 'Esc', 'Delete': 'Delete', 'Up': '↑', 'Down': '↓', 'Left': '←', 'Right': '→'}


def read(path):
    with open(os.path.join(ROOT, path), encoding='utf-8') as f:
        return f.read()


def key_label(accel):
    """'<ctrl><shift>e' → 'Ctrl+Shift+E'; '<alt>1...9' → 'Alt+1…9'."""
    mods = [MODIFIERS[m.lower()] for m in re.findall(r'<([^>]+)>', accel)]
    key = re.sub(r'<[^>]+>', '', accel)
    if key in KEYS:
        key = KEYS[key]
    elif len(key) == 1:
        key = key.upper()
    key = key.replace('...', '…')
    return '+'.join(mods + [key])


def application_accels():
    """{action: [accelerator, …]} from pl-application.c."""
    text = read('src/app/pl-application.c')
    arrays = {name: re.findall(r'"([^"]+)"', body)
              for name, body in re.findall(r'static const char \*(\w+)\[\] = \{([^}]*)\}', text)}
    return {action: arrays[array]
            for action, array in re.findall(r'set_accels_for_action \([^,]+, "([^"]+)", (\w+)\)', text)}


def page_tables():
    """[(table name, [page title, …])] from pl-window-pages.c."""
    text = read('src/app/pl-window-pages.c')
    tables = []
    for name, body in re.findall(r'const PlWindowPageInfo (\w+)\[\] = \{(.*?)\n\};', text, re.S):
        tables.append((name, re.findall(r'\{ "\w+", N_\("([^"]+)"\)', body)))
    return tables


def shortcut_groups():
    """[(group title, [(shortcut title, [accelerator, …])])] from the .ui."""
    accels = application_accels()
    tree = ET.fromstring(read('src/app/pl-shortcuts-window.ui'))
    groups = []

    def prop(obj, name):
        node = obj.find("property[@name='%s']" % name)
        return node.text if node is not None else None

    for group in tree.iter('object'):
        if group.get('class') != 'GtkShortcutsGroup':
            continue
        rows = []
        for shortcut in group.iter('object'):
            if shortcut.get('class') != 'GtkShortcutsShortcut':
                continue
            accel = prop(shortcut, 'accelerator')
            action = prop(shortcut, 'action-name')
            if accel is not None:
                keys = accel.split()
            elif action in accels:
                keys = accels[action]
            else:
                raise SystemExit('%s: the action %s has no accelerator in pl-application.c' % (prop(shortcut, 'title'), action))
            rows.append((prop(shortcut, 'title'), keys))
        groups.append((prop(group, 'title'), rows))
    return groups


def page_keys(titles):
    """Alt+1…9 then Alt+0 for the first ten pages; the rest have none."""
    return ['Alt+%d %s' % ((i + 1) % 10, title) for i, title in enumerate(titles[:10])]


def page():
    lines = [MADE_BY, '', '# Keyboard shortcuts', '',
             'The Keyboard Shortcuts window (Ctrl+?) lists the same shortcuts.', '']
    for name, titles in page_tables():
        whose = 'a delegate’s window' if 'delegate' in name else 'the secretariat’s window'
        keys = ', '.join(page_keys(titles))
        rest = titles[10:]
        line = 'Pages of %s: %s' % (whose, keys)
        if rest:
            line += '; %s from the sidebar' % ', '.join(rest)
        lines.append(line + '.')
        lines.append('')
    for title, rows in shortcut_groups():
        lines.append('| %s | |' % title)
        lines.append('| --- | --- |')
        for what, keys in rows:
            lines.append('| %s | %s |' % (what, ' or '.join(key_label(k) for k in keys)))
        lines.append('')
    lines.append('[Back to the README](../README.md)')
    return '\n'.join(lines) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--update', action='store_true', help='write ' + PAGE)
    parser.add_argument('--check', action='store_true', help='fail when %s is not the one made now' % PAGE)
    args = parser.parse_args()
    made = page()
    path = os.path.join(ROOT, PAGE)
    if args.check:
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except FileNotFoundError:
            text = None
        if text != made:
            print('%s is not the page pl-shortcuts-window.ui makes; '
                  'run build-aux/shortcuts-page.py --update' % PAGE, file=sys.stderr)
            return 1
        return 0
    if args.update:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(made)
        return 0
    sys.stdout.write(made)
    return 0


if __name__ == '__main__':
    sys.exit(main())
