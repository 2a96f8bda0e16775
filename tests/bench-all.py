#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every performance figure of Plenary in one table (issues 11 and 23),
each beside its reference measured in the same run, as a ratio, on the
large generated session and on the huge one (`plenary-cli generate
--scale huge`), with the machine it ran on and its load:

  load, save, check           bench-session          json-glib parse of the same file
  agenda PDF                  bench-export           LibreOffice converting Plenary's .fodt; Pango
                                                     laying out the same paragraphs
  CSV import                  bench-participants     its own references (large only)
  initial push, initial pull, bench-sync             curl POST of the same _bulk_docs; curl of the
  edit to another client                             same _changes; one curl GET
  first frame, autosave       bench-first-frame      a minimal libadwaita window; a durable write
  keystroke filter            bench-participants-ui  one frame (16 ms)
  frames under 50 changes/s   bench-live             one frame (16 ms)
  peak memory                 bench-memory           maxrss of json-glib parsing the same file

Each benchmark program runs as it is and prints its own medians; this
script generates the sessions once, passes them to each program as
LABEL=FILE, reads the programs' 'ratio' lines and prints them all, then
issue 23's goals table (each figure for large and huge, its reference,
the ratio, the goal, and the growth per record from large to huge).
With PLENARY_BENCH_MARKDOWN=FILE set it also writes the goals' table as
Markdown, the README's table (copied from a run, never typed). The other
exports (reports in every format) are in `bench-export` run alone.

    bench-all.py --cli PLENARY-CLI --session B --export B --participants B --sync B
                 --first-frame B --memory B [--xvfb XVFB-RUN --participants-ui B
                 --live B --live-writer SCRIPT]
"""

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile

# "what  label   12.34 ms   reference  1.23 ms   ratio  10.03   (...)"
TWO_FIGURES = re.compile(r"^(?P<what>\S.*?)\s+(?P<ms>[\d.]+) ms\s+(?P<ref>\S.*?)\s+(?P<ref_ms>[\d.]+) ms\s+"
                         r"ratio\s+(?P<ratio>[\d.]+)")
# "  Plenary, large session:   123.4 ms  ratio 1.23" after a "(reference): X ms" line
ONE_FIGURE = re.compile(r"^\s*(?P<what>\S.*?):\s+(?P<ms>[\d.]+) ms\s+ratio\s+(?P<ratio>[\d.]+)")
REFERENCE = re.compile(r"^\s*(?P<ref>\S.*?) \(reference\):\s+(?P<ref_ms>[\d.]+) ms")

SCALES = ("large", "huge")

# Issue 23's goals: figure, benchmark, pattern of its row ({s}: the
# scale), the goal for large and for huge, and what the goal bounds: the
# ratio, or the value in ms (beside one frame, 16 ms). None: no goal, the
# row is shown for what it says.
GOALS = [
    ("first frame", "bench-first-frame", r"^Plenary, {s} session", 1.6, 2.5, "ratio"),
    # The window's first frame, drawn while the file is read (issue 23):
    # shown, but the goal is the frame with the session's content, above.
    ("first frame, before content", "bench-first-frame", r"^window before the content, {s}$", None, None, "ratio"),
    ("load", "bench-session", r"^load\s+{s}$", 1.3, 1.3, "ratio"),
    ("autosave", "bench-first-frame", r"^PlAutosave save {s}\b", 1.5, 1.5, "ratio"),
    ("initial pull, empty client", "bench-sync", r"^pull {s} session", 1.5, 1.5, "ratio"),
    ("initial push of a session", "bench-sync", r"^push {s} session", 1.3, 1.3, "ratio"),
    ("edit to another live client", "bench-sync", r"^edit -> other live client, {s}$", None, None, "ratio"),
    ("keystroke filter, Participants", "bench-participants-ui", r"^keystroke {s}, column view", 4, 8, "ms"),
    ("agenda PDF", "bench-export", r"^agenda pdf {s}$", 0.2, 0.2, "ratio", "LibreOffice"),
    ("agenda PDF", "bench-export", r"^agenda pdf {s}$", None, None, "ratio", "Pango"),
    ("peak memory, session open", "bench-memory", r"^peak memory {s}\b", 1.5, 2.0, "ratio"),
    ("frame p95, 50 changes/s", "bench-live", r"^frame p95 under 50 changes/s, {s}$", 16, 16, "ms"),
    ("frame max, 50 changes/s", "bench-live", r"^frame max under 50 changes/s, {s}$", 16, 16, "ms"),
    ("longest gap between frames", "bench-live", r"^longest gap between frames, {s}$", None, None, "ratio"),
]
GROWTH_LIMIT = 1.2

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


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def run(name, argv):
    """Runs one benchmark; returns its output and its peak RSS in MiB."""
    print(f"# running {name}", file=sys.stderr, flush=True)
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        # The others still run: its rows show as not run.
        sys.stdout.write(output)
        print(f"# bench-all: {name} failed (exit {process.returncode})", flush=True)
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


def generate(args, tmp):
    """The sessions, by label: plenary-cli generate when it has the
    command, else bench-memory's large session (no huge one then)."""
    paths = {}
    probe = subprocess.run([args.cli, "generate", "--help"], capture_output=True, text=True)
    if probe.returncode == 0 and "--scale" in probe.stdout + probe.stderr:
        for scale in SCALES:
            path = os.path.join(tmp, scale + ".plenary")
            subprocess.run([args.cli, "generate", "--scale", scale, "--seed", "1", path], check=True)
            paths[scale] = path
    else:
        run("bench-memory", [args.memory, "generate", tmp])
        paths["large"] = os.path.join(tmp, "large.plenary")
    return paths


def find(name, pattern, scale, reference=None):
    regex = re.compile(pattern.format(s=re.escape(scale)))
    for row in rows:
        if row[0] == name and regex.search(row[1]) and (reference is None or row[3].startswith(reference)):
            return row
    return None


def print_goals(records):
    """Prints the goals' table and returns its rows, one per figure:
    (figure, reference, {scale: (value, unit, ratio, goal_text, verdict)}, growth)."""
    table = []
    print()
    print("# issue 23's goals: each figure beside its reference, same run; growth = (huge / large) of the")
    print(f"# value divided by (huge / large) of the records, goal <= {GROWTH_LIMIT:.2f}")
    print(f"{'figure':<31} {'scale':<6} {'value':>11}   {'reference':<36} {'ref.':>11}   {'ratio':>6}   "
          f"{'goal':<8} {'':<4}")
    for goal in GOALS:
        figure, name, pattern, goal_large, goal_huge, kind = goal[:6]
        reference = goal[6] if len(goal) > 6 else None
        values = {}
        cells = {}
        for scale, limit in zip(SCALES, (goal_large, goal_huge)):
            row = find(name, pattern, scale, reference)
            if row is None:
                why = "not run" if scale in records else "no huge session (no generator)"
                print(f"{figure:<31} {scale:<6} {'-':>11}   {why:<36} {'-':>11}   {'-':>6}")
                continue
            _, what, value, ref, ref_value, ratio = row
            values[scale] = value
            unit = " MiB" if "MiB" in what else " ms"
            if limit is None:
                verdict, goal_text = "", "-"
            elif kind == "ms":
                goal_text = f"< {limit:g} ms"
                verdict = "ok" if value < limit else "OVER"
                ref, ref_value, ratio = "one frame", 16.0, value / 16.0
            else:
                goal_text = f"<= {limit:g}x"
                verdict = "ok" if ratio <= limit else "OVER"
            print(f"{figure:<31} {scale:<6} {value:>7.2f}{unit:<4}   {ref[:36]:<36} {ref_value:>7.2f}{unit:<4}   "
                  f"{ratio:>6.2f}   {goal_text:<8} {verdict}")
            cells[scale] = (value, unit.strip(), ref, ref_value, ratio, goal_text, verdict)
        growth = None
        if len(values) == 2 and values["large"] > 0:
            growth = (values["huge"] / values["large"]) / (records["huge"] / records["large"])
            verdict = "ok" if growth <= GROWTH_LIMIT else "OVER"
            print(f"{figure:<31} {'growth':<6} {growth:>7.2f} per record, large to huge"
                  f"{'':<24} {'':>11}   {'':>6}   <= {GROWTH_LIMIT:.2f}  {verdict}")
        table.append((figure, cells, growth))
    return table


def write_markdown(path, table):
    """The goals' table as Markdown, for the README (PLENARY_BENCH_MARKDOWN):
    copied from a run, never typed."""
    def cell(entry):
        if entry is None:
            return "not run"
        value, unit, _, _, ratio, goal_text, verdict = entry
        shown = f"{value:.1f} {unit}" if unit == "ms" and value >= 10 else f"{value:.2f} {unit}"
        if goal_text.startswith("<="):
            shown += f", **{ratio:.2f}x**"
        mark = " (over)" if verdict == "OVER" else ""
        return f"{shown}{mark}"

    def reference(cells):
        for entry in cells.values():
            _, unit, ref, ref_value, _, goal_text, _ = entry
            if goal_text.startswith("<"):
                if goal_text.endswith("ms"):
                    return "one frame (16 ms)"
                values = "/".join(f"{e[3]:.0f}" if e[3] >= 10 else f"{e[3]:.1f}" for e in cells.values())
                return f"{ref.replace(' (MiB)', '')} ({values} {unit})"
            return f"{ref}"
        return "-"

    with open(path, "w") as out:
        out.write("| figure | reference (large/huge) | large | goal | huge | goal | growth per record |\n")
        out.write("|---|---|---|---|---|---|---|\n")
        for figure, cells, growth in table:
            goals = [cells[s][5] if s in cells else "-" for s in SCALES]
            if all(g == "-" for g in goals):
                continue
            growth_text = "-" if growth is None else f"{growth:.2f}" + (" (over)" if growth > GROWTH_LIMIT else "")
            out.write(f"| {figure} | {reference(cells)} | {cell(cells.get('large'))} | {goals[0]} | "
                      f"{cell(cells.get('huge'))} | {goals[1]} | {growth_text} |\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for option in ("cli", "session", "export", "participants", "sync", "first-frame", "memory"):
        parser.add_argument("--" + option, required=True)
    for option in ("xvfb", "participants-ui", "live", "live-writer"):
        parser.add_argument("--" + option)
    args = parser.parse_args()

    print(f"# machine: {machine()}")
    print(f"# load average at start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="plenary-bench-all-") as tmp:
        paths = generate(args, tmp)
        records = {}
        for label, path in paths.items():
            # Counted in a child: parsing 18 MB here would raise this
            # process's RSS, which Linux carries over into the maxrss of
            # every benchmark forked after it (bench-memory's figures).
            records[label] = int(subprocess.run(
                [sys.executable, "-c", "import json, sys; print(len(json.load(open(sys.argv[1]))['docs']))", path],
                check=True, capture_output=True, text=True).stdout)
            print(f"# {label}: {records[label]} records, {os.path.getsize(path)} bytes")
        files = [f"{label}={path}" for label, path in paths.items()]
        xvfb = [args.xvfb, "-a", "-s", "-screen 0 1280x800x24"] if args.xvfb else None

        for name, argv in (("bench-session", [args.session] + files),
                           ("bench-export", [args.export] + files),
                           ("bench-participants", [args.participants]),
                           ("bench-sync", [args.sync] + files)):
            output, _ = run(name, argv)
            collect(name, output)
        if xvfb:
            output, _ = run("bench-first-frame", xvfb + [args.first_frame] + files)
            collect("bench-first-frame", output)
            for file in files:
                if args.participants_ui:
                    output, _ = run("bench-participants-ui", xvfb + [args.participants_ui, file])
                    collect("bench-participants-ui", output)
                if args.live and args.live_writer:
                    output, _ = run("bench-live", xvfb + [args.live, args.live_writer, file])
                    sys.stdout.write("".join(line + "\n" for line in output.splitlines() if line.startswith("#")))
                    collect("bench-live", output)

        # Peak memory: one process per figure, Plenary's load + check beside
        # json-glib parsing the same file.
        for label, path in paths.items():
            _, reference_mib = run("bench-memory", [args.memory, "parse", path])
            _, plenary_mib = run("bench-memory", [args.memory, "load", path])
            rows.append(("bench-memory", f"peak memory {label} (MiB)", plenary_mib,
                         "json-glib parse (MiB)", reference_mib, plenary_mib / reference_mib))

    print(f"# load average at end: {load_average()}")
    print(f"{'benchmark':<21} {'figure':<40} {'value':>10}   {'reference':<36} {'ref.':>10}   {'ratio':>6}")
    for name, what, ms, ref, ref_ms, ratio in rows:
        unit = "" if "MiB" in what else " ms"
        print(f"{name:<21} {what:<40} {ms:>7.2f}{unit:<3}   {ref:<36} {ref_ms:>7.2f}{unit:<3}   {ratio:>6.2f}")
    if not xvfb:
        print(f"{'(under Xvfb)':<21} {'first frame, keystroke, live frames':<40} {'-':>10}   "
              f"{'not run: Xvfb is not installed':<36} {'-':>10}   {'-':>6}")
    table = print_goals(records)
    if os.environ.get("PLENARY_BENCH_MARKDOWN"):
        write_markdown(os.environ["PLENARY_BENCH_MARKDOWN"], table)


if __name__ == "__main__":
    main()
