#!/usr/bin/env python3
"""Turns bench/run's measurements into Markdown tables for bench/README.md, and checks the issue's targets.

    python3 bench/report.py bench/work/results

Every figure is a median. Ratios are taken within each pair of runs (the two tools back to back),
then the median of those ratios is shown, so a machine that is busy for a while skews both sides.
"""
import csv
import os
import re
import statistics
import sys

results = sys.argv[1]


def rows():
    with open(os.path.join(results, "times.tsv")) as f:
        return list(csv.DictReader(f, delimiter="\t"))


def facts(name):
    path = os.path.join(results, name)
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)


def sizes(tool, corpus):
    path = os.path.join(results, f"sizes-{tool}-{corpus}.tsv")
    with open(path) as f:
        return {row["kind"]: row for row in csv.DictReader(f, delimiter="\t")}


times = rows()
corpora = sorted({int(r["corpus"]) for r in times})
machine = facts("machine.tsv")


def runs(what, corpus):
    """Timed runs by run number, warm-ups left out."""
    return {int(r["run"]): r for r in times if r["what"] == what and int(r["corpus"]) == corpus and int(r["run"]) > 0}


def median(values):
    values = list(values)
    return statistics.median(values) if values else float("nan")


def med(what, corpus, key):
    return median(float(r[key]) for r in runs(what, corpus).values())


def pair_ratios(a, b, corpus, key):
    ra, rb = runs(a, corpus), runs(b, corpus)
    return [float(ra[i][key]) / float(rb[i][key]) for i in sorted(ra) if i in rb and float(rb[i][key]) > 0]


def in_process_ms(corpus, tool):
    pattern = re.compile(r"built \d+ documents in (\d+) ms")
    values = []
    folder = os.path.join(results, f"logs-{corpus}")
    for name in sorted(os.listdir(folder)):
        if name.startswith(f"index-{tool}-") and not name.endswith("-0.log"):
            with open(os.path.join(folder, name)) as f:
                match = pattern.search(f.read())
                if match:
                    values.append(int(match.group(1)))
    return median(values)


def s(seconds):
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def mb(kb):
    return f"{kb / 1024:.0f} MB"


def size(n):
    n = float(n)
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}" if n / scale < 100 else f"{n / scale:.0f} {unit}"
    return f"{n:.0f} B"


def spread(values):
    return f"{median(values):.2f} ({min(values):.2f}–{max(values):.2f})" if values else "–"


def n(value):
    return f"{int(value):,}"


out = []
out.append(f"Measured by `{machine.get('command', 'bench/run')}` on {machine.get('machine', '?')}; "
           f"{machine.get('versions', '')}. Load average when it finished: {machine.get('load', '?')} "
           "(the machine was shared with other builds).")
out.append("")
out.append("**Clean builds** (medians; the ratio is HealthLibrary/Hugo within each back-to-back pair, median and range):")
out.append("")
out.append("| corpus | tool | pages | wall | CPU (user+sys) | peak RSS | pages/s | wall ratio | CPU ratio |")
out.append("|---|---|---|---|---|---|---|---|---|")
for corpus in corpora:
    f = facts(f"facts-{corpus}.tsv")
    for tool, label in (("healthlib", "HealthLibrary, with search index"), ("hugo", "Hugo, no index")):
        pages = int(f.get(f"{tool}_pages") or 0)
        wall = med(tool, corpus, "wall")
        ratio = spread(pair_ratios("healthlib", "hugo", corpus, "wall")) if tool == "healthlib" else ""
        cpu_ratio = spread(pair_ratios("healthlib", "hugo", corpus, "cpu")) if tool == "healthlib" else ""
        out.append(f"| {n(corpus)} topics | {label} | {n(pages)} | {s(wall)} | {s(med(tool, corpus, 'cpu'))} | "
                   f"{mb(med(tool, corpus, 'rss_kb'))} | {pages / wall:,.0f} | {ratio} | {cpu_ratio} |")
out.append("")

out.append("**A second build with nothing changed**, and the search index built from the same documents by lunr.js 2.3.9 under Node and by our writer (whole processes; in brackets the time each reports for building and serialising alone):")
out.append("")
out.append("| corpus | unchanged rebuild: wall | CPU | peak RSS | same bytes as clean | index documents | lunr.js | HealthLibrary | speed-up (pairs) | same bytes |")
out.append("|---|---|---|---|---|---|---|---|---|---|")
for corpus in corpora:
    f = facts(f"facts-{corpus}.tsv")
    speedups = pair_ratios("index-lunr", "index-healthlib", corpus, "wall")
    out.append(f"| {n(corpus)} topics | {s(med('healthlib-again', corpus, 'wall'))} | {s(med('healthlib-again', corpus, 'cpu'))} | "
               f"{mb(med('healthlib-again', corpus, 'rss_kb'))} | {f.get('identical_again', '?')} | {n(f.get('documents', 0))} | "
               f"{s(med('index-lunr', corpus, 'wall'))} ({in_process_ms(corpus, 'lunr') / 1000:.1f} s) | "
               f"{s(med('index-healthlib', corpus, 'wall'))} ({in_process_ms(corpus, 'healthlib') / 1000:.1f} s) | "
               f"{spread(speedups)}× | {f.get('identical_index', '?')} |")
out.append("")

out.append("**Output sizes** (every file of the site, each compressed on its own: gzip level 6, brotli quality 5; "
           "the generator's own .gz/.br copies are not counted):")
out.append("")
out.append("| corpus | tool | files | raw | gzip | brotli | search files raw | gzip | brotli | search .gz, .br as written |")
out.append("|---|---|---|---|---|---|---|---|---|---|")
for corpus in corpora:
    f = facts(f"facts-{corpus}.tsv")
    for tool, label in (("healthlib", "HealthLibrary"), ("hugo", "Hugo")):
        z = sizes(tool, corpus)
        a, i = z["all"], z["index"]
        index = f"| {size(i['raw'])} | {size(i['gzip'])} | {size(i['brotli'])} | {size(f['index_gz']) if f.get('index_gz', '-') != '-' else '–'}, {size(f['index_br']) if f.get('index_br', '-') != '-' else '–'} |" if tool == "healthlib" else "| – | – | – | – |"
        out.append(f"| {n(corpus)} topics | {label} | {n(a['files'])} | {size(a['raw'])} | {size(a['gzip'])} | {size(a['brotli'])} {index}")
out.append("")

if len(corpora) >= 2:
    small, large = corpora[0], corpora[-1]
    out.append(f"**Growth** from {n(small)} to {n(large)} topics (median wall time):")
    out.append("")
    out.append(f"| tool | {n(small)} | {n(large)} | growth |")
    out.append("|---|---|---|---|")
    for what, label in (("healthlib", "HealthLibrary"), ("hugo", "Hugo"), ("healthlib-again", "HealthLibrary, nothing changed")):
        a, b = med(what, small, "wall"), med(what, large, "wall")
        out.append(f"| {label} | {s(a)} | {s(b)} | {b / a:.1f}× |")
    out.append("")

largest = corpora[-1]
hl_rss, hugo_rss = med("healthlib", largest, "rss_kb"), med("hugo", largest, "rss_kb")
checks = [
    (f"full build at most 0.5 × Hugo's wall time ({n(largest)} topics)",
     median(pair_ratios("healthlib", "hugo", largest, "wall")) <= 0.5,
     f"{median(pair_ratios('healthlib', 'hugo', largest, 'wall')):.2f} ×"),
    ("peak RSS at most 600 MB and at most half of Hugo's",
     hl_rss <= 600 * 1024 and hl_rss <= hugo_rss / 2,
     f"{mb(hl_rss)} vs Hugo's {mb(hugo_rss)}"),
    ("index building at least 10 × faster than lunr.js",
     median(pair_ratios("index-lunr", "index-healthlib", largest, "wall")) >= 10,
     f"{median(pair_ratios('index-lunr', 'index-healthlib', largest, 'wall')):.1f} ×"),
    ("a second build with nothing changed under 1.5 s",
     med("healthlib-again", largest, "wall") < 1.5 and facts(f"facts-{largest}.tsv").get("identical_again") == "yes",
     f"{s(med('healthlib-again', largest, 'wall'))}, same bytes: {facts(f'facts-{largest}.tsv').get('identical_again')}"),
]
if len(corpora) >= 2:
    growth = med("healthlib", corpora[-1], "wall") / med("healthlib", corpora[0], "wall")
    checks.append((f"growth {n(corpora[0])} → {n(corpora[-1])} topics at most 11 ×", growth <= 11, f"{growth:.1f} ×"))
out.append(f"**Targets** ({n(largest)} topics):")
out.append("")
for text, ok, value in checks:
    out.append(f"- {'met' if ok else 'NOT met'}: {text}: {value}")

print("\n".join(out))
