"""The map as ``templates/archive/_map.html`` draws it, written with format strings.

The pages keep their maps drawn (``archive.park_maps.drawn``) and draw them again after
every change of a count; the template's ~60 lookups, its ``{% localize %}`` and
``{% static %}`` cost 1.3 ms of CPU each time (this: 0.3 ms; measured around the national
map's 2.4 ms of layers), on the home page, the directory and the province list alike. The layers come from ``archive.maps.svg``. A test
compares this with the template (which stays the markup's reference). Every text is
escaped (``html.escape``, what Django's ``escape`` does).
"""

from html import escape

from django.templatetags.static import static
from django.utils.safestring import mark_safe


def _inset(m):
    inset = m.inset
    if not inset:
        return ""
    transform = f' transform="{escape(str(m.inset_transform))}"' if m.inset_transform else ""
    name = escape(str(inset["name"]))
    box, label = inset["box"], inset["label"]
    return (
        f'<g class="map__inset"{transform} font-size="{m.inset_text_size}" role="img" aria-label="{name}">\n'
        f'<rect class="map__inset-box" x="{box[0]}" y="{box[1]}" width="{box[2]}" height="{box[3]}"/>\n'
        f'<path class="map__inset-lines" d="{escape(str(inset["d"]))}"/>\n'
        f'<text class="map__inset-label" x="{label[0]}" y="{label[1]}">{name}</text>\n'
        "</g>"
    )


def _legend(m):
    if not m.levels:
        return ""
    items = "".join(
        f'\n<li><svg class="map__key" viewBox="0 0 16 16" aria-hidden="true"><rect class="map__key-fill '
        f'map__province--q{level.level}" width="16" height="16"'
        + (f' fill="url(#{escape(m.id)}-q{level.level})"' if level.level else "")
        + f"/></svg>{escape(str(level.label))}</li>"
        for level in m.levels
    )
    return f'<ul class="map__legend" aria-label="省份颜色：报道数量">{items}\n</ul>'


MARKS = (
    '<ul class="map__legend" aria-label="园区标记">\n'
    '<li><svg class="map__key" viewBox="0 0 16 16" aria-hidden="true"><circle class="map__mark map__mark--key" '
    'cx="8" cy="8" r="6"/></svg>国家高新区</li>\n'
    '<li><svg class="map__key" viewBox="0 0 16 16" aria-hidden="true"><rect class="map__mark map__mark--key '
    'map__mark--square" x="2.7" y="2.7" width="10.6" height="10.6"/></svg>国家级经开区</li>\n'
    '<li><svg class="map__key" viewBox="0 0 16 16" aria-hidden="true"><circle class="map__mark map__mark--key '
    'map__mark--none" cx="8" cy="8" r="4"/></svg>暂无报道</li>\n'
)


def _unplaced(m):
    if not m.unplaced:
        return ""
    links = "、".join(f'<a href="{escape(str(p.url))}">{escape(str(p.name))}</a>' for p in m.unplaced)
    return f'<p class="map__note">未能标出：{links}。</p>'


def figure(m):
    """``m`` (a ``ParkMap``) as the pages show it, HTML."""
    map_id, title = escape(m.id), escape(str(m.title))
    sizes = m.sizes
    size_note = ("（" + " / ".join(str(count) for count, _r in sizes) + " 篇）") if sizes else ""
    return mark_safe(  # noqa: S308 - every text is escaped; the layers by archive.maps.svg
        f'<figure class="map{" map--province" if m.stroke_scale != 1 else ""}" id="{map_id}">\n'
        f'<a class="map__skip" href="#{map_id}-end">跳过地图</a>\n'
        f'<svg class="map__svg" xmlns="http://www.w3.org/2000/svg" viewBox="{escape(m.view_box)}" role="group" '
        f'aria-labelledby="{map_id}-title" aria-describedby="{map_id}-desc" font-size="{m.text_size}">\n'
        f'<title id="{map_id}-title">{title}</title>\n'
        f'<desc id="{map_id}-desc">{escape(str(m.description))}</desc>\n'
        f"<defs>{m.defs_svg}\n</defs>\n"
        f'<g class="map__provinces">{m.provinces_svg}\n</g>\n'
        f'<g class="map__labels" aria-hidden="true">{m.labels_svg}\n</g>\n'
        f"{_inset(m)}\n"
        f'<g class="map__parks">{m.parks_svg}\n</g>\n'
        "</svg>\n"
        '<figcaption class="map__caption">\n'
        f'<span class="map__title">{title}</span>\n'
        f"{_legend(m)}\n"
        f"{MARKS}<li>标记越大，报道越多{size_note}</li>\n</ul>\n"
        f"{_unplaced(m)}\n"
        f'<p class="map__credit">{escape(str(m.attribution))}</p>\n'
        "</figcaption>\n"
        f'<span id="{map_id}-end"></span>\n'
        "</figure>\n"
        f'<link rel="stylesheet" href="{escape(static("archive/map.css"))}">\n\n'
    )
