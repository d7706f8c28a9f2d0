"""The map's SVG layers written as strings (``templates/archive/_map.html`` places them).

Why not the template: the map is drawn again after every change of a count (a publish, an
import batch, a tag), and ~400 parks and 34 provinces cost ~5,000 template variable
lookups and the escaping of ~125 KB of outline data: 60-100 ms of CPU, most of the
directory's, the home page's and the province list's first request after a change. Here
the parts that never change while the outlines are the same (the outlines' path data,
the province labels) are escaped once per process, and what the counts decide (shading
classes, links, names with counts, point sizes) is joined with format strings: a few
milliseconds. The markup is the template's, attribute for attribute (the tests compare).

Every text is escaped (``html.escape``, as Django's ``escape``); numbers are written as the template writes them with localisation
off (``str``).
"""

import functools
from html import escape  # what django.utils.html.escape does, without its lazy-string wrapper


@functools.lru_cache(maxsize=256)
def _path_data(d):
    """An outline's ``d``, escaped once per process (it holds only numbers and commands)."""
    return escape(d)


def defs(m):
    out = []
    for level in m.levels:
        if not level.level:
            continue
        s, q = level.spacing, level.level
        cross = f'<path class="map__hatch" d="M0 0H{s}"/>' if level.cross else ""
        out.append(
            f'\n<pattern id="{escape(m.id)}-q{q}" width="{s}" height="{s}" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45) scale({m.stroke_scale})">\n'
            f'<rect class="map__swatch map__swatch--q{q}" width="{s}" height="{s}"/>'
            f'<path class="map__hatch" d="M0 0V{s}"/>{cross}\n</pattern>'
        )
    return "".join(out)


def provinces(m):
    map_id = escape(m.id)
    out = []
    for p in m.provinces:
        fill = f' fill="url(#{map_id}-q{p.level})"' if p.level else ""
        context = " map__province--context" if p.context else ""
        hidden = ' aria-hidden="true"' if p.context else ""
        path = f'<path class="map__province map__province--q{p.level}{context}" d="{_path_data(p.d)}"{fill}{hidden}/>'
        if p.url:
            label = escape(p.label)
            path = f'<a class="map__province-link" href="{escape(p.url)}" aria-label="{label}"><title>{label}</title>{path}</a>'
        out.append(f"\n{path}")
    return "".join(out)


def labels(m):
    return "".join(
        f'\n<text x="{p.label_x}" y="{p.label_y}">{escape(p.short)}</text>' for p in m.provinces if p.show_label
    )


def parks(m):
    out = []
    for p in m.parks:
        label = escape(p.label)
        if p.shape == "square":
            mark = f'<rect class="map__mark" x="{p.left}" y="{p.top}" width="{p.side}" height="{p.side}"/>'
        else:
            mark = f'<circle class="map__mark" cx="{p.x}" cy="{p.y}" r="{p.r}"/>'
        none = "" if p.count else " map__park--none"
        out.append(
            f'\n<a class="map__park map__park--{escape(p.kind)}{none}" href="{escape(p.url)}" '
            f'aria-label="{label}"><title>{label}</title>{mark}'
            f'<text class="map__tip" x="{p.x}" y="{p.tip_y}">{label}</text></a>'
        )
    return "".join(out)
