#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print the closing line CI reads, 'tests: N passed, N failed', from
meson's test log (one JSON object per test)."""

import json
import sys

passed = failed = skipped = 0
with open(sys.argv[1]) as log:
    for line in log:
        line = line.strip()
        if not line:
            continue
        result = json.loads(line)["result"]
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1

print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
