#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every performance figure of Plenary in one table (issue 11), each beside
its reference measured in the same run, as a ratio, on the sample and on
the large generated session:

  load, save, check          bench-session       (json-glib parse of the same file)
  exports, every format      bench-export        (json-glib parse of the same file)
  participants, CSV import   bench-participants  (see its own references)
  sync pull, edit latency    bench-sync          (curl of the same _changes; a bare PUT)
  first frame, autosave      bench-first-frame   (a minimal libadwaita window; a bare write)
  peak memory                bench-memory        (maxrss of json-glib parsing the same file)

Each benchmark program runs as it is (its own medians); this script only
runs them one after the other, reads their 'ratio' lines and prints them
in one table, with the machine it ran on. Column-view filtering
(bench-participants-ui: a keystroke in the Participants page's search over
250 delegations, beside the same filter and sort models without a view)
runs under Xvfb with the first frame.

    bench-all.py BENCH-SESSION BENCH-EXPORT BENCH-PARTICIPANTS BENCH-SYNC \
                 BENCH-FIRST-FRAME BENCH-MEMORY [XVFB-RUN BENCH-PARTICIPANTS-UI]
"""

import os
import platform
import re
import subprocess
import sys
import tempfile

# "what  label   12.34 ms   reference  1.23 ms   ratio  10.03   (...)"
TWO_FIGURES = re.compile(r"^(?P<what>\S.*?)\s+(?P<ms>[\d.]+) ms\s+(?P<ref>\S.*?)\s+(?P<ref_ms>[\d.]+) ms\s+"
                         r"ratio\s+(?P<ratio>[\d.]+)")
# "  Plenary, sample session:   123.4 ms  ratio 1.23" after a "(reference): X ms" line
ONE_FIGURE = re.compile(r"^\s*(?P<what>\S.*?):\s+(?P<ms>[\d.]+) ms\s+ratio\s+(?P<ratio>[\d.]+)")
REFERENCE = re.compile(r"^\s*(?P<ref>\S.*?) \(reference\):\s+(?P<ref_ms>[\d.]+) ms")

rows = []


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        ram_kb = int(f.readline().split()[1])
    try:
        with open("/etc/debian_version") as f:
            debian = f.read().strip()
    except OSError:
        debian = platform.platform()
    return (f"{os.cpu_count()} CPUs (nproc), {cpu}, {ram_kb / 1024 / 1024:.1f} GiB RAM, "
            f"Debian {debian}, kernel {platform.release()}")


def run(name, argv):
    """Runs one benchmark; returns its output and its peak RSS in MiB."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.stdout.write(output)
        raise SystemExit(f"bench-all: {name} failed (exit {process.returncode})")
    return output, usage.ru_maxrss / 1024


def collect(name, output):
    reference = None
    for line in output.splitlines():
        if line.startswith("#"):
            continue
        m = TWO_FIGURES.match(line)
        if m:
            rows.append((name, m["what"].strip(), float(m["ms"]), m["ref"].strip(), float(m["ref_ms"]),
                         float(m["ratio"])))
            continue
        m = REFERENCE.match(line)
        if m:
            reference = (m["ref"], float(m["ref_ms"]))
            continue
        m = ONE_FIGURE.match(line)
        if m and reference is not None:
            rows.append((name, m["what"].strip(), float(m["ms"]), reference[0], reference[1], float(m["ratio"])))


def main():
    if len(sys.argv) < 7:
        raise SystemExit(__doc__)
    session, export, participants, sync, first_frame, memory = sys.argv[1:7]
    xvfb = sys.argv[7] if len(sys.argv) > 7 else None
    participants_ui = sys.argv[8] if len(sys.argv) > 8 else None

    print(f"# machine: {machine()}")
    for name, argv in (("bench-session", [session]),
                       ("bench-export", [export]),
                       ("bench-participants", [participants]),
                       ("bench-sync", [sync])):
        output, _ = run(name, argv)
        collect(name, output)
    if xvfb:
        output, _ = run("bench-first-frame", [xvfb, "-a", "-s", "-screen 0 1280x800x24", first_frame])
        collect("bench-first-frame", output)
        if participants_ui:
            output, _ = run("bench-participants-ui", [xvfb, "-a", "-s", "-screen 0 1280x800x24", participants_ui])
            collect("bench-participants-ui", output)

    # Peak memory: one process per figure, Plenary's load + check beside
    # json-glib parsing the same file.
    with tempfile.TemporaryDirectory(prefix="plenary-bench-all-") as tmp:
        run("bench-memory", [memory, "generate", tmp])
        for label in ("sample", "large"):
            path = os.path.join(tmp, label + ".plenary")
            _, reference_mib = run("bench-memory", [memory, "parse", path])
            _, plenary_mib = run("bench-memory", [memory, "load", path])
            rows.append(("bench-memory", f"peak memory {label} (MiB)", plenary_mib,
                         "json-glib parse (MiB)", reference_mib, plenary_mib / reference_mib))

    print(f"{'benchmark':<19} {'figure':<38} {'value':>10}   {'reference':<36} {'ref.':>10}   {'ratio':>6}")
    for name, what, ms, ref, ref_ms, ratio in rows:
        unit = "" if "MiB" in what else " ms"
        flag = "  <-- over 2x" if ratio > 2 else ""
        print(f"{name:<19} {what:<38} {ms:>7.2f}{unit:<3}   {ref:<36} {ref_ms:>7.2f}{unit:<3}   {ratio:>6.2f}{flag}")
    if not (xvfb and participants_ui):
        print(f"{'(column view)':<19} {'column-view filtering':<38} {'-':>10}   "
              f"{'not run: Xvfb is not installed':<36} {'-':>10}   {'-':>6}")


if __name__ == "__main__":
    main()
