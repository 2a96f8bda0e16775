#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: the interface in the five other UN languages (issue 10).

For each of ar, es, fr, ru and zh_CN, the application runs with
LANGUAGE=<language> and the matching locale (built here with localedef
into a private LOCPATH, so dates follow the language too) on the sample
session with a few delegations. Every page of the sidebar is shown in
turn, and every name the accessibility bus gives for what is showing is
compared with the English messages of the interface's catalogue: none may
be left (a message whose translation is the English word itself, such as
"PDF", does not count). The sidebar's page names must be the catalogue's
translations, and under Arabic the window is mirrored: the sidebar is on
the right, where it is on the left in the other languages. A screenshot
of the Agenda and Participants pages in each language goes to
$PLENARY_SCREENSHOTS (or a temporary folder), named <language>-<page>.png.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

SOURCE_ROOT = os.environ.get('PLENARY_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
LOCALES = {'ar': 'ar_EG', 'es': 'es_ES', 'fr': 'fr_FR', 'ru': 'ru_RU', 'zh_CN': 'zh_CN'}
SHOTS = {'2': 'agenda', '6': 'participants'}
# PLENARY_E2E_ALL_SHOTS=1: every page, to look at a translation's layout.
if os.environ.get('PLENARY_E2E_ALL_SHOTS') == '1':
    SHOTS = {key: name for key, _title, name in harness.PAGES}


ESCAPES = {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}


def unquote(text):
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(1)), text)


def read_po(path):
    """The entries of a catalogue (blank lines separate them): dicts with
    msgid, maybe msgctxt and msgid_plural, and msgstr, a list of the one
    form or of the plural forms."""
    with open(path, encoding='utf-8') as f:
        blocks = f.read().split('\n\n')
    entries = []
    for block in blocks:
        entry, field = {}, None
        for line in block.splitlines():
            line = line.strip()
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
            if m:
                field = 'msgstr' if m.group(1).startswith('msgstr') else m.group(1)
                if field == 'msgstr':
                    entry.setdefault('msgstr', []).append(unquote(m.group(2)))
                else:
                    entry[field] = unquote(m.group(2))
            elif line.startswith('"') and field is not None:
                if field == 'msgstr':
                    entry['msgstr'][-1] += unquote(line[1:-1])
                else:
                    entry[field] += unquote(line[1:-1])
        if entry.get('msgid') and 'msgstr' in entry:
            entries.append(entry)
    return entries


def shown(text):
    """A message as it shows on screen: without its mnemonic underscore."""
    return re.sub(r'_(?=[^_\s])', '', text).strip()


DIRECTIVE = re.compile(r"%(?:\d+\$)?[-'+ #0]*\d*(?:\.\d+)?(?:ll|l|h|z)?[sdiuxXfgc%]")


def english_patterns(entries):
    """What would betray an untranslated message: exact texts, and
    patterns for messages with format directives."""
    exact, patterns = set(), []
    for entry in entries:
        translations = {shown(t) for t in entry['msgstr']}
        for form in [entry['msgid']] + ([entry['msgid_plural']] if 'msgid_plural' in entry else []):
            text = shown(form)
            # Nothing to see, or the translation is the same word.
            if len(re.findall(r'[A-Za-z]', DIRECTIVE.sub('', text))) < 3 or text in translations:
                continue
            if DIRECTIVE.search(text):
                parts = DIRECTIVE.split(text)
                if sum(len(p.strip()) for p in parts) >= 6:
                    patterns.append(re.compile('^' + '.+?'.join(re.escape(p) for p in parts) + '$', re.S))
            else:
                exact.add(text)
    return exact, patterns


def session_strings(path):
    """Every string of the session file: what shows of them is the
    session's own text (English in the sample), not the interface's."""
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value.strip())
        elif isinstance(value, dict):
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)
    with open(path, encoding='utf-8') as f:
        walk(json.load(f))
    return found


def names(app):
    """Every name on the bus for what is showing, a button's doubled name
    ("Label Label", GTK 4.8) counted once; not the application's own
    (its program name)."""
    found = set()
    root = app.application()
    for node in app._walk(root, prune_hidden=True):
        if node == root:
            continue
        try:
            name = (node.name or '').strip()
        except Exception:
            continue
        if not name:
            continue
        half = len(name) // 2
        if len(name) % 2 == 1 and name[:half] == name[half + 1:]:
            name = name[:half]
        found.add(name)
    return found


def english_left(found, exact, patterns, data):
    return sorted(n for n in found
                  if n not in data and (n in exact or any(p.match(n) for p in patterns)))


def build_locales(folder):
    for locale in LOCALES.values():
        subprocess.run(['localedef', '-i', locale, '-f', 'UTF-8', os.path.join(folder, locale + '.UTF-8')],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def extents(app, role, name):
    node = app.find(role, name)
    return node.queryComponent().getExtents(app.pyatspi.WINDOW_COORDS)


def check_language(language, path, locpath, shots):
    """One language, in this process (the harness drives one application
    per process): the problems found."""
    locale = LOCALES[language]
    entries = read_po(os.path.join(SOURCE_ROOT, 'po', language + '.po'))
    catalogue = {e['msgid']: shown(e['msgstr'][0]) for e in entries if 'msgctxt' not in e}
    exact, patterns = english_patterns(entries)
    data = session_strings(path)
    env = {'LANGUAGE': language, 'LC_ALL': locale + '.UTF-8', 'LANG': locale + '.UTF-8',
           'LOCPATH': locpath}
    problems = []
    with harness.App(args=[path], env=env) as app:
        pages_list = catalogue['Pages']
        app.find('list', pages_list)
        for key, title, name in harness.PAGES:
            app.show_page(key, catalogue.get(harness.SIDEBAR_ROWS.get(name)))
            app.settle(1.0)
            app.wait_for(lambda: catalogue[title] in names(app),
                         'the page “%s” as “%s”' % (title, catalogue[title]))
            left = english_left(names(app), exact, patterns, data)
            if left:
                problems.append('%s page: English left: %s' % (title, left))
            if key in SHOTS:
                app.settle(0.5)
                shot = os.path.join(shots, '%s-%s.png' % (language, SHOTS[key]))
                app.screenshot(shot)
                subprocess.run(['convert', shot, '-crop', '1100x720+0+0', '+repage', shot], check=True)
                print('# screenshot %s' % shot)

        # The sidebar is on the leading side: the right under Arabic.
        app.key('alt+2')
        sidebar = extents(app, 'list', pages_list)
        content = extents(app, 'list', catalogue['Agenda Items'])
        right_to_left = language == 'ar'
        if (sidebar.x > content.x) != right_to_left:
            problems.append('the sidebar (x=%d) is on the %s of the agenda (x=%d)'
                            % (sidebar.x, 'right' if sidebar.x > content.x else 'left', content.x))
    return problems


def run_one():
    """The child: --language L --session PATH --locales DIR --shots DIR."""
    args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    problems = check_language(args['--language'], args['--session'], args['--locales'], args['--shots'])
    for problem in problems:
        print('# ' + problem)
    sys.exit(1 if problems else 0)


def run():
    tmp = tempfile.mkdtemp(prefix='plenary-e2e-languages-')
    shots = os.environ.get('PLENARY_SCREENSHOTS') or os.path.join(tmp, 'shots')
    os.makedirs(shots, exist_ok=True)
    locpath = os.path.join(tmp, 'locales')
    os.makedirs(locpath)
    build_locales(locpath)

    path = harness.sample_session(tmp, harness.DELEGATIONS_CSV)

    # PLENARY_E2E_LANGUAGES=fr,ar runs those only (when looking at one).
    wanted = os.environ.get('PLENARY_E2E_LANGUAGES')
    languages = [k for k in sorted(LOCALES) if not wanted or k in wanted.split(',')]
    print('1..%d' % len(languages))
    sys.stdout.flush()
    failures = 0
    for number, language in enumerate(languages, 1):
        # Each language in a process of its own, on a bus of its own.
        env = dict(os.environ)
        env.pop('PLENARY_E2E_BUS', None)
        child = subprocess.run([sys.executable, os.path.abspath(__file__), '--language', language,
                                '--session', path, '--locales', locpath, '--shots', shots],
                               env=env, capture_output=True, text=True)
        sys.stdout.write(child.stdout)
        if child.returncode != 0:
            failures += 1
            print('not ok %d - %s\n# %s' % (number, language, child.stderr.strip()[-3000:].replace('\n', '\n# ')))
        else:
            print('ok %d - %s: no English left on %d pages' % (number, language, len(harness.PAGES)))
        sys.stdout.flush()
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    harness.main(run_one if '--language' in sys.argv else run)
