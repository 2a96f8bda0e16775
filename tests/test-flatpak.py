#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest (issue 10): it parses, it builds on the GNOME
runtime, every dependency() of the meson build is either in that runtime or
built by one of its modules from a pinned source with a sha256, and the
sandbox holes are only those Plenary uses. Issue 22: the runtime is the
newest stable one and still supported (the GNOME 47 runtime of 2024 was out
of support when a delegate installed Plenary)."""

import datetime
import json
import os
import re
import unittest

SOURCE_ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
MANIFEST = os.path.join(SOURCE_ROOT, "flatpak", "io.github.plenary.Plenary.json")
RUNTIME_VERSION = "51"

# pkg-config names that org.gnome.Platform//51 ships (gnome-build-meta's
# elements/sdk and the freedesktop-sdk components it includes).
IN_RUNTIME = {
    "glib-2.0", "gobject-2.0", "gio-2.0", "gio-unix-2.0", "gmodule-2.0", "gthread-2.0",
    "json-glib-1.0",
    "cairo", "cairo-pdf", "cairo-gobject", "pango", "pangocairo", "pangoft2", "fontconfig", "harfbuzz",
    "libsoup-3.0", "libsecret-1",
    "gtk4", "libadwaita-1",
    "libxml-2.0", "sqlite3",
}

# pkg-config name -> the manifest module that builds it.
BUILT_BY_MODULE = {
    "libcmark": "cmark",
    "libical": "libical",
}


def gnome_release(version):
    """The month a GNOME release came out: one each March and September
    since GNOME 40 (March 2021)."""
    steps = int(version) - 40
    return datetime.date(2021 + steps // 2, 3 if steps % 2 == 0 else 9, 1)


def runtime_supported_until(version):
    """Flathub keeps a GNOME runtime for about a year: until the release
    after next comes out (47, of September 2024, ended with 49 in September
    2025)."""
    return gnome_release(int(version) + 2)


# What Plenary uses of the sandbox, and nothing else.
FINISH_ARGS = {
    "--share=network",          # CouchDB sync
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--device=dri",
    "--talk-name=org.freedesktop.secrets",  # libsecret's bus name
}


def strip_comments(text):
    """JSON with /* */ comments (flatpak-builder's json-glib reads them),
    outside strings, to plain JSON."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise ValueError(f"unterminated comment at offset {i}")
            i = end + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load_manifest():
    with open(MANIFEST, encoding="utf-8") as f:
        return json.loads(strip_comments(f.read()))


def meson_dependencies(root):
    """{pkg-config name: [meson.build files]} of every literal dependency('...')."""
    found = {}
    for top, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(("_build", ".", "build", "subprojects", "node_modules"))]
        if "meson.build" in files:
            path = os.path.join(top, "meson.build")
            with open(path, encoding="utf-8") as f:
                text = re.sub(r"#.*", "", f.read())
            for name in re.findall(r"\bdependency\(\s*'([^']+)'", text):
                found.setdefault(name, []).append(os.path.relpath(path, root))
    return found


def uncovered(dependencies, manifest):
    modules = {m["name"] for m in manifest["modules"] if isinstance(m, dict)}
    missing = []
    for name, where in sorted(dependencies.items()):
        if name in IN_RUNTIME:
            continue
        if BUILT_BY_MODULE.get(name) in modules:
            continue
        missing.append(f"{name} (from {', '.join(where)})")
    return missing


class Manifest(unittest.TestCase):
    def setUp(self):
        self.manifest = load_manifest()

    def test_identity_and_runtime(self):
        m = self.manifest
        self.assertEqual(m.get("id") or m.get("app-id"), "io.github.plenary.Plenary")
        self.assertEqual(m["runtime"], "org.gnome.Platform")
        self.assertEqual(m["sdk"], "org.gnome.Sdk")
        self.assertEqual(m["runtime-version"], RUNTIME_VERSION)
        self.assertEqual(m["command"], "plenary")
        self.assertEqual(m["modules"][-1]["name"], "plenary", "the app is built last, on its dependencies")
        self.assertEqual(m["modules"][-1]["buildsystem"], "meson")

    def test_runtime_is_supported(self):
        # Fails once the runtime named in the manifest is out of support:
        # move it to the newest stable GNOME runtime, and check IN_RUNTIME
        # against what that one ships.
        version = self.manifest["runtime-version"]
        today = datetime.date.today()
        self.assertLess(today, runtime_supported_until(version),
                        f"org.gnome.Platform//{version} is out of support since "
                        f"{runtime_supported_until(version):%B %Y}")

    def test_support_dates(self):
        self.assertEqual(gnome_release(47), datetime.date(2024, 9, 1))
        self.assertEqual(gnome_release(48), datetime.date(2025, 3, 1))
        self.assertEqual(runtime_supported_until(47), datetime.date(2025, 9, 1))
        self.assertEqual(runtime_supported_until(51), datetime.date(2027, 9, 1))

    def test_every_meson_dependency_is_covered(self):
        dependencies = meson_dependencies(SOURCE_ROOT)
        # The build as it is today has these at least.
        for name in ("glib-2.0", "json-glib-1.0", "libcmark", "libical", "pangocairo"):
            self.assertIn(name, dependencies)
        self.assertEqual(uncovered(dependencies, self.manifest), [],
                         "add a module to flatpak/io.github.plenary.Plenary.json, or to IN_RUNTIME "
                         "in tests/test-flatpak.py if the GNOME runtime ships it")

    def test_a_new_dependency_is_caught(self):
        # The check above can fail: a dependency nobody covers is reported,
        # and one whose module is missing from the manifest too.
        self.assertEqual(uncovered({"libfoo-1.0": ["src/foo/meson.build"]}, self.manifest),
                         ["libfoo-1.0 (from src/foo/meson.build)"])
        without_cmark = dict(self.manifest, modules=[m for m in self.manifest["modules"] if m["name"] != "cmark"])
        self.assertEqual(uncovered({"libcmark": ["src/export/meson.build"]}, without_cmark),
                         ["libcmark (from src/export/meson.build)"])

    def test_modules_are_pinned(self):
        for module in self.manifest["modules"]:
            if module["name"] == "plenary":
                continue
            with self.subTest(module=module["name"]):
                self.assertTrue(module["sources"])
                for source in module["sources"]:
                    self.assertIn(source["type"], ("archive", "file"))
                    self.assertTrue(source["url"].startswith("https://"), source["url"])
                    self.assertRegex(source.get("sha256", ""), r"^[0-9a-f]{64}$")
        self.assertEqual(set(BUILT_BY_MODULE.values()),
                         {m["name"] for m in self.manifest["modules"]} - {"plenary"},
                         "every module builds something meson asks for")

    def test_finish_args_are_what_is_used(self):
        args = self.manifest["finish-args"]
        self.assertEqual(len(args), len(set(args)))
        self.assertEqual(set(args), FINISH_ARGS)
        for arg in args:
            self.assertFalse(arg.startswith("--filesystem"), "files go through the portals")
            self.assertNotIn(arg, ("--socket=x11", "--socket=session-bus", "--socket=system-bus"))

    def test_comment_stripping(self):
        self.assertEqual(json.loads(strip_comments('{"a": "/* kept */", /* gone */ "b": 1}')),
                         {"a": "/* kept */", "b": 1})


if __name__ == "__main__":
    unittest.main(verbosity=2)
