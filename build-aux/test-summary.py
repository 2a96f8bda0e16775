#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print the closing line CI reads, 'tests: N passed, N failed', from
meson's test logs (one JSON object per test), summed over every build
given (the normal, the sanitizer and the fuzz builds), with one line per
build before it."""

import json
import os
import sys

total = {"passed": 0, "failed": 0, "skipped": 0}
for path in sys.argv[1:]:
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
                result = json.loads(line)["result"]
                if result in ("OK", "EXPECTEDFAIL"):
                    counts["passed"] += 1
                elif result == "SKIP":
                    counts["skipped"] += 1
                else:
                    counts["failed"] += 1
        build = os.path.dirname(os.path.dirname(os.path.abspath(path)))
        print(f"{os.path.basename(build)}: {counts['passed']} passed, "
              f"{counts['failed']} failed, {counts['skipped']} skipped")
    for key in total:
        total[key] += counts[key]

print(f"tests: {total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped")
