#!/usr/bin/env python3
"""The medians of a Criterion run as one table, with the growth between sizes.

Reads target/criterion/**/new/{benchmark,estimates}.json. A benchmark measured at several
sizes (its parameter: "70,000", "1000 sessions", "500 paragraphs") gets one row with a median
per size and the growth: how many times slower the largest size is than the smallest, beside
how many times larger it is ("linear or better" when the time grows no faster than the data,
with 25% slack for noise).

    python3 tests/perf/bench_summary.py [--since FILE] [CRITERION_DIR]

--since keeps only the results written after FILE was (make bench touches one first).
"""

import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path


def size_of(value):
    """The number a parameter starts with ("70,000" -> 70000), or None."""
    if not value:
        return None
    m = re.match(r"\s*([\d,_ ]*\d)", value)
    return int(re.sub(r"[,_ ]", "", m.group(1))) if m else None


def human(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.1f} ms" if ns < 1e8 else f"{ns / 1e6:.0f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def main(argv):
    since = 0.0
    args = list(argv)
    if args[:1] == ["--since"]:
        since = os.path.getmtime(args[1])
        args = args[2:]
    root = Path(args[0] if args else "target/criterion")
    rows = defaultdict(list)  # (group, function) -> [(size, label, median ns)]
    for bench in sorted(root.glob("**/new/benchmark.json")):
        estimates = bench.with_name("estimates.json")
        if not estimates.exists() or estimates.stat().st_mtime < since:
            continue
        meta = json.loads(bench.read_text())
        median = json.loads(estimates.read_text())["median"]["point_estimate"]
        value = meta.get("value_str")
        rows[(meta["group_id"], meta.get("function_id") or "")].append((size_of(value), value or "", median))
    if not rows:
        print(f"no Criterion results in {root}" + (" since the run began" if since else ""))
        return 1
    print(f"{'benchmark':<78} {'medians by size':<52} growth")
    for (group, function), points in sorted(rows.items()):
        points.sort(key=lambda p: (p[0] is None, p[0] or 0))
        medians = ", ".join(f"{label or '-'}: {human(ns)}" for _, label, ns in points)
        growth = ""
        sized = [p for p in points if p[0]]
        if len(sized) >= 2 and sized[0][0] != sized[-1][0]:
            data = sized[-1][0] / sized[0][0]
            time = sized[-1][2] / sized[0][2]
            verdict = "linear or better" if time <= data * 1.25 else "FASTER THAN THE DATA"
            growth = f"×{time:.1f} for ×{data:.1f} data ({verdict})"
        name = f"{group} / {function}" if function else group
        print(f"{name[:78]:<78} {medians:<52} {growth}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
