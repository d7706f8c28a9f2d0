"""The growth benchmark's plot and table (issue 15): cost against archive size.

    .venv/bin/python bench/scale_plot.py bench/results/scale.json --svg docs/scale.svg [--markdown]

Reads what ``bench/scale_bench.py`` wrote. Draws one panel a group of measures (log-log
axes: a straight line of slope 1 is linear growth), in plain SVG (no library, no external
assets; each series keeps its own mark shape and dash so it reads without colour). With
``--markdown`` prints the table for docs/benchmarks.md: each measure at each size and its
growth, the exponent ``b`` of a least-squares fit of ``value ≈ a · n^b`` (two sizes: the
slope between them), named: flat (|b| < 0.15), sublinear, linear (0.85-1.15), superlinear.
"""

import argparse
import json
import math
from html import escape
from pathlib import Path


def _get(step, *path):
    value = step
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _max(values):
    return max(values) if values else None


# (panel title, unit, [(label, function of a step)])
PANELS = [
    (
        "导入与建索引 Import and index build",
        "s / ms",
        [
            ("full index build, wall s", lambda s: _get(s, "search", "build", "build_s")),
            ("full index build, CPU s", lambda s: _get(s, "search", "build", "build_cpu_s")),
            ("import CPU ms per article", lambda s: _get(s, "import", "cpu_ms_per_article")),
        ],
    ),
    (
        "内存与大小 Memory and size",
        "MB",
        [
            ("build peak RSS per process", lambda s: _get(s, "search", "build", "child_peak_rss_mb")),
            ("worker RSS (largest)", lambda s: _max(_get(s, "search", "http", "worker_rss_mb") or [])),
            ("index on disk", lambda s: _get(s, "search", "build", "index_mb")),
            ("database", lambda s: _get(s, "search", "build", "database_mb")),
        ],
    ),
    (
        "检索 Search over HTTP",
        "ms",
        [
            ("first runs p95", lambda s: _get(s, "search", "http", "first_run_ms", "all", "p95")),
            ("repeats p95", lambda s: _get(s, "search", "http", "latency_ms", "all", "p95")),
            ("first runs p50", lambda s: _get(s, "search", "http", "first_run_ms", "all", "p50")),
            (
                "in-process, engine alone, p95",
                lambda s: _get(s, "search", "queries_engine", "latency_ms", "all", "p95"),
            ),
        ],
    ),
    (
        "页面 Reader pages, first visit p95",
        "ms",
        [
            (f"{kind}, CPU", (lambda k: lambda s: _get(s, "pages", "results", k, "first", "cpu_p95"))(kind))
            for kind in ("article", "park", "park_page_n", "directory", "figures")
        ],
    ),
]

MARKS = ["circle", "square", "triangle", "diamond", "cross"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2"]
GREYS = ["#000", "#444", "#666", "#888", "#222"]


def series(steps, fn):
    return [(s["import"]["articles"], fn(s)) for s in steps if fn(s) is not None and fn(s) > 0]


def exponent(points):
    if len(points) < 2:
        return None
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else None


def growth_name(b):
    if b is None:
        return "-"
    if abs(b) < 0.15:
        return "flat"
    if b < 0.85:
        return "sublinear"
    if b <= 1.15:
        return "linear"
    return "superlinear"


def _mark(kind, x, y, colour):
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="none" stroke="{colour}"/>'
    if kind == "square":
        return f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" fill="{colour}"/>'
    if kind == "triangle":
        return f'<path d="M{x:.1f},{y - 4:.1f} L{x + 4:.1f},{y + 3:.1f} L{x - 4:.1f},{y + 3:.1f} Z" fill="{colour}"/>'
    if kind == "diamond":
        return f'<path d="M{x:.1f},{y - 4:.1f} L{x + 4:.1f},{y:.1f} L{x:.1f},{y + 4:.1f} L{x - 4:.1f},{y:.1f} Z" fill="none" stroke="{colour}"/>'
    return f'<path d="M{x - 3:.1f},{y - 3:.1f} L{x + 3:.1f},{y + 3:.1f} M{x - 3:.1f},{y + 3:.1f} L{x + 3:.1f},{y - 3:.1f}" stroke="{colour}"/>'


def panel_svg(title, unit, lines, steps, ox, oy, w=420, h=260):
    data = [(label, series(steps, fn)) for label, fn in lines]
    xs = [x for _, pts in data for x, _ in pts]
    ys = [y for _, pts in data for _, y in pts]
    out = [
        f'<g transform="translate({ox},{oy})">',
        f'<text x="0" y="14" font-weight="bold">{escape(title)} ({escape(unit)})</text>',
    ]
    if not xs:
        return out + ['<text x="0" y="40">(no data)</text>', "</g>"]
    lx0, lx1 = math.log10(min(xs)) - 0.1, math.log10(max(xs)) + 0.1
    ly0, ly1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    ly1 = max(ly1, ly0 + 1)
    left, top, pw, ph = 50, 26, w - 60, h - 120

    def px(x):
        return left + (math.log10(x) - lx0) / (lx1 - lx0) * pw

    def py(y):
        return top + ph - (math.log10(y) - ly0) / (ly1 - ly0) * ph

    out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>')
    for e in range(ly0, ly1 + 1):
        y = py(10**e)
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="10">{10**e:g}</text>')
    for x in sorted(set(xs)):
        out.append(f'<text x="{px(x):.1f}" y="{top + ph + 14}" text-anchor="middle" font-size="10">{x:,}</text>')
    out.append(
        f'<text x="{left + pw / 2}" y="{top + ph + 28}" text-anchor="middle" font-size="10">文章数 articles</text>'
    )
    for i, (label, pts) in enumerate(data):
        colour, dash = GREYS[i % len(GREYS)], DASHES[i % len(DASHES)]
        if len(pts) > 1:
            path = " ".join(f"{'M' if j == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for j, (x, y) in enumerate(pts))
            out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-dasharray="{dash}"/>')
        out += [_mark(MARKS[i % len(MARKS)], px(x), py(y), colour) for x, y in pts]
        b = exponent(pts)
        ly = top + ph + 42 + i * 14
        out.append(_mark(MARKS[i % len(MARKS)], left + 4, ly - 4, colour))
        note = f" — n^{b:.2f} ({growth_name(b)})" if b is not None else ""
        out.append(f'<text x="{left + 14}" y="{ly}" font-size="10">{escape(label + note)}</text>')
    return out + ["</g>"]


def svg(report):
    steps = report["steps"]
    w, h = 440, 330
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * w}" height="{2 * h + 40}" '
        f'font-family="Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif" font-size="12" lang="zh-Hans" role="img">',
        f"<title>档案规模与开销 Cost against archive size ({escape(report.get('machine', ''))})</title>",
        '<rect width="100%" height="100%" fill="#fff"/>',
        f'<text x="10" y="20">{escape(report.get("machine", ""))}; {escape(report.get("database", ""))} + '
        f"{escape(report.get('search_backend', ''))}; log-log axes</text>",
    ]
    for i, (title, unit, lines) in enumerate(PANELS):
        parts += panel_svg(title, unit, lines, steps, 10 + (i % 2) * w, 34 + (i // 2) * h, w - 20, h - 10)
    return "\n".join(parts + ["</svg>"]) + "\n"


def markdown(report):
    steps = report["steps"]
    sizes = [s["import"]["articles"] for s in steps]
    rows = ["| measure | " + " | ".join(f"{n:,} articles" for n in sizes) + " | growth (n^b) |"]
    rows.append("|---" * (len(sizes) + 2) + "|")
    extra = [
        ("import pages/s (that step)", lambda s: _get(s, "import", "pages_per_s")),
        ("import articles/s (that step)", lambda s: _get(s, "import", "articles_per_s")),
    ]
    for label, fn in extra + [line for _, _, lines in PANELS for line in lines]:
        values = [fn(s) for s in steps]
        b = exponent(series(steps, fn))
        cells = " | ".join("-" if v is None else f"{v:,.1f}" for v in values)
        rows.append(f"| {label} | {cells} | {'-' if b is None else f'{b:.2f}'} {growth_name(b)} |")
    return "\n".join(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", type=Path)
    parser.add_argument("--svg", type=Path)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    report = json.loads(args.report.read_text(encoding="utf-8"))
    if args.svg:
        args.svg.write_text(svg(report), encoding="utf-8")
    if args.markdown:
        print(markdown(report))


if __name__ == "__main__":
    main()
