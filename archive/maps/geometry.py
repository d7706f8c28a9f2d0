"""Simplifying rings without opening gaps between neighbours, and writing SVG path data.

Douglas–Peucker on each province separately would cut the same border two different
ways and leave slivers between neighbours. So rings are first cut into arcs at the
vertices where the set of rings sharing a vertex changes (as TopoJSON does); an arc that
two provinces share is simplified once, in a canonical direction, and both reuse the
result. Vertices are compared as ECharts's exact 1/1024-degree integers.
"""

import math
from collections import defaultdict


def _dp_keep(points, tolerance):
    """Indexes Douglas–Peucker keeps, endpoints included (iterative, so no recursion limit)."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        (x0, y0), (x1, y1) = points[first], points[last]
        dx, dy = x1 - x0, y1 - y0
        length = math.hypot(dx, dy)
        best, best_i = -1.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                dist = math.hypot(px - x0, py - y0)
            else:
                dist = abs(dy * (px - x0) - dx * (py - y0)) / length
            if dist > best:
                best, best_i = dist, i
        if best > tolerance:
            keep.add(best_i)
            stack.append((first, best_i))
            stack.append((best_i, last))
    return sorted(keep)


def simplify_rings(rings, project, tolerance):
    """Simplify closed rings of integer vertices; ``project`` maps a vertex to SVG (x, y).

    Returns the rings in SVG coordinates, in the same order. A ring stays at least a
    triangle (small islands are kept, never dropped: Diaoyu and the coastal islands
    belong on the map at any size).
    """
    # Rings come closed (last == first) or not; work on them open.
    open_rings = [r[:-1] if len(r) > 1 and r[0] == r[-1] else list(r) for r in rings]
    owners = defaultdict(set)
    for ring_id, ring in enumerate(open_rings):
        for vertex in ring:
            owners[vertex].add(ring_id)
    svg = {}
    arc_cache = {}
    out = []
    for ring in open_rings:
        n = len(ring)
        if n <= 3:
            out.append([svg.setdefault(v, project(v)) for v in ring])
            continue
        sets = [frozenset(owners[v]) for v in ring]
        cuts = [i for i in range(n) if sets[i] != sets[i - 1] or sets[i] != sets[(i + 1) % n]]
        if not cuts:
            # No junction: cut where any ring sharing this loop would cut, at its least vertex.
            start = min(range(n), key=lambda i: ring[i])
            cuts = [start, (start + n // 2) % n]
        elif len(cuts) == 1:
            cuts.append((cuts[0] + n // 2) % n)
        kept = []
        for k, start in enumerate(cuts):
            end = cuts[(k + 1) % len(cuts)]
            arc = [ring[(start + j) % n] for j in range(((end - start) % n or n) + 1)]
            forward = arc[0] < arc[-1] or (arc[0] == arc[-1] and arc[1] <= arc[-2])
            canonical = tuple(arc if forward else arc[::-1])
            if canonical not in arc_cache:
                pts = [svg.setdefault(v, project(v)) for v in canonical]
                arc_cache[canonical] = [canonical[i] for i in _dp_keep(pts, tolerance)]
            simplified = arc_cache[canonical] if forward else arc_cache[canonical][::-1]
            kept.extend(simplified[:-1])
        if len(set(kept)) < 3:
            kept = ring
        out.append([svg.setdefault(v, project(v)) for v in kept])
    return out


def _num(value):
    """Shortest text for a coordinate rounded to 0.1: ``12``, ``-3.4``, ``.5``."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    if text in ("", "-", "-0"):
        return "0"
    return text.replace("0.", ".", 1) if text.startswith("0.") else text.replace("-0.", "-.", 1)


def path_data(rings, digits=1):
    """SVG path data: absolute start, then relative steps between coordinates rounded to 0.1.

    Steps are differences of rounded absolute coordinates, so rounding never drifts.
    Consecutive points that round to the same place are dropped.
    """
    parts = []
    for ring in rings:
        rounded = []
        for x, y in ring:
            point = (round(x, digits), round(y, digits))
            if not rounded or point != rounded[-1]:
                rounded.append(point)
        if len(rounded) > 1 and rounded[0] == rounded[-1]:
            rounded.pop()
        if not rounded:
            continue
        (x0, y0), steps = rounded[0], []
        for (ax, ay), (bx, by) in zip(rounded, rounded[1:], strict=False):
            dx, dy = round(bx - ax, digits), round(by - ay, digits)
            steps.append(_num(dx) + ("" if dy < 0 else " ") + _num(dy))
        parts.append(f"M{_num(x0)} {_num(y0)}" + ("l" + " ".join(steps) if steps else "") + "z")
    return "".join(parts)


def bounds(rings):
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)
