"""Test helpers: read SVG path data back into rings, and test points against them."""

import re

from archive.maps.render import load_provinces


def rings(d):
    """The rings of path data as written by archive.maps.geometry.path_data (M, l, z only)."""
    out = []
    for chunk in re.findall(r"M[^z]*z", d):
        numbers = [float(n) for n in re.findall(r"-?\d*\.?\d+", chunk)]
        x, y = numbers[0], numbers[1]
        ring = [(x, y)]
        for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        out.append(ring)
    return out


def contains(d, point):
    """Even-odd point-in-polygon over all rings of ``d``."""
    px, py = point
    inside = False
    for ring in rings(d):
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > py) != (y1 > py) and px < x0 + (py - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def province_shapes():
    return load_provinces()["provinces"]
