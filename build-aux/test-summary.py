#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print the closing line CI reads, 'tests: N passed, N failed', from
meson's test logs (one JSON object per test), summed over every build
given (the normal, the sanitizer and the fuzz builds), with one line per
build before it.

In CI (CI=true, or PLENARY_WERROR set as .ci/run does) a skipped test of
the UI suite counts as failed and the exit status is 1: a UI suite that
could not run (no Xvfb, no xvfb-run) is a red run, not a green one that
proves nothing. Elsewhere a skip stays a skip."""

import json
import os
import sys


def strict():
    return os.environ.get("CI", "").lower() == "true" or bool(os.environ.get("PLENARY_WERROR"))


def suite_of(name):
    """'plenary:ui / test-e2e-export' → 'ui'."""
    head = name.split(" / ", 1)[0]
    return head.split(":", 1)[1] if ":" in head else head


def main(paths):
    total = {"passed": 0, "failed": 0, "skipped": 0}
    ui_skipped = []
    for path in paths:
        counts = {"passed": 0, "failed": 0, "skipped": 0}
        if not os.path.exists(path):
            # A build that did not get as far as its tests counts as a failure.
            print(f"{path}: no test log (the build failed)")
            counts["failed"] += 1
        else:
            with open(path) as log:
                for line in log:
                    line = line.strip()
                    if not line:
                        continue
                    test = json.loads(line)
                    result = test["result"]
                    if result in ("OK", "EXPECTEDFAIL"):
                        counts["passed"] += 1
                    elif result == "SKIP" and suite_of(test["name"]) == "ui" and strict():
                        counts["failed"] += 1
                        ui_skipped.append(test["name"])
                    elif result == "SKIP":
                        counts["skipped"] += 1
                    else:
                        counts["failed"] += 1
            build = os.path.dirname(os.path.dirname(os.path.abspath(path)))
            print(f"{os.path.basename(build)}: {counts['passed']} passed, "
                  f"{counts['failed']} failed, {counts['skipped']} skipped")
        for key in total:
            total[key] += counts[key]

    if ui_skipped:
        print(f"{len(ui_skipped)} UI tests skipped, counted as failed in CI (is Xvfb installed?): "
              + ", ".join(ui_skipped))
    print(f"tests: {total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped")
    return 1 if ui_skipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
