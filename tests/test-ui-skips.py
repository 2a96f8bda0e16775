#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 17, point 9: without an X server the end-to-end tests are
skipped, and say so (meson's SKIP, from exit code 77), instead of passing;
and CI counts a skipped UI test as a failure (build-aux/test-summary.py).
Runs without Xvfb: the harness is pointed at an X server that does not
exist (PLENARY_XVFB)."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_ROOT = os.environ.get("PLENARY_SOURCE_ROOT",
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BUILD_ROOT = os.path.dirname(os.environ.get("G_TEST_BUILDDIR", ""))
SUMMARY = os.path.join(SOURCE_ROOT, "build-aux", "test-summary.py")
NO_XVFB = "plenary-no-such-xvfb"


def without_ci(env):
    env = dict(env)
    env.pop("CI", None)
    env.pop("PLENARY_WERROR", None)
    return env


class E2eWithoutXvfb(unittest.TestCase):
    def test_script_exits_skipped(self):
        env = dict(os.environ, PLENARY_XVFB=NO_XVFB)
        script = os.path.join(SOURCE_ROOT, "tests", "e2e", "test-e2e-export.py")
        run = subprocess.run([sys.executable, script], env=env, capture_output=True, text=True, timeout=60)
        self.assertEqual(run.returncode, 77, run.stdout + run.stderr)
        self.assertIn("# SKIP " + NO_XVFB + " is not installed", run.stdout)

    @unittest.skipIf(shutil.which("meson") is None or not BUILD_ROOT, "meson is not in PATH")
    def test_meson_reports_skip(self):
        # The meson run the suite itself is: one e2e test, its own log
        # (--logbase) so that the build's testlog.json is left alone.
        env = dict(os.environ, PLENARY_XVFB=NO_XVFB)
        run = subprocess.run(["meson", "test", "-C", BUILD_ROOT, "--no-rebuild", "--logbase", "test-ui-skips",
                              "test-e2e-export"], env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        with open(os.path.join(BUILD_ROOT, "meson-logs", "test-ui-skips.json")) as log:
            results = [json.loads(line) for line in log if line.strip()]
        self.assertEqual([(r["name"], r["result"]) for r in results], [("plenary:ui / test-e2e-export", "SKIP")])


class Summary(unittest.TestCase):
    LOG = [
        {"name": "plenary:core / test-records", "result": "OK"},
        {"name": "plenary:ui / test-e2e-export", "result": "SKIP"},
        {"name": "plenary:fuzz / fuzz-markdown", "result": "SKIP"},
    ]

    def summarize(self, env, log=None):
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "_build", "meson-logs"))
            path = os.path.join(tmp, "_build", "meson-logs", "testlog.json")
            with open(path, "w") as f:
                for test in log or self.LOG:
                    f.write(json.dumps(test) + "\n")
            return subprocess.run([sys.executable, SUMMARY, path], env=env, capture_output=True, text=True)

    def test_skip_is_a_skip_outside_ci(self):
        run = self.summarize(without_ci(os.environ))
        self.assertEqual(run.returncode, 0, run.stdout)
        self.assertTrue(run.stdout.endswith("tests: 1 passed, 0 failed, 2 skipped\n"), run.stdout)

    def test_ui_skip_fails_ci(self):
        for extra in ({"CI": "true"}, {"PLENARY_WERROR": "1"}):
            run = self.summarize(dict(without_ci(os.environ), **extra))
            self.assertEqual(run.returncode, 1, (extra, run.stdout))
            self.assertIn("plenary:ui / test-e2e-export", run.stdout)
            # Only the UI suite's skip: the fuzz one stays a skip.
            self.assertTrue(run.stdout.endswith("tests: 1 passed, 1 failed, 1 skipped\n"), run.stdout)

    def test_ci_passes_when_the_ui_suite_ran(self):
        log = [{"name": "plenary:ui / test-e2e-export", "result": "OK"},
               {"name": "plenary:fuzz / fuzz-markdown", "result": "SKIP"}]
        run = self.summarize(dict(without_ci(os.environ), CI="true"), log)
        self.assertEqual(run.returncode, 0, run.stdout)
        self.assertTrue(run.stdout.endswith("tests: 1 passed, 0 failed, 1 skipped\n"), run.stdout)


if __name__ == "__main__":
    unittest.main()
