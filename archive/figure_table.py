"""The table of key figures (``templates/archive/_figure_table.html``) written in Python
for the park page, for ``archive.latest_list``'s reason: its 50 rows through the template
cost ~8 ms of a park page's first visit at 100,000 articles (each row's dozen lookups and
``{% url %}``). The markup is the template's, character for character (a test compares
them, hostile strings and every option included), and every text is escaped. The other
pages that show a table (/figures/, a company) still include the template."""

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

MUTED = '<span class="muted">—</span>'


def _sort_links(sort_param, sorts, sort):
    links = (
        f'<strong aria-current="true">{escape(label)}</strong>'
        if key == sort
        else f'<a href="?{escape(sort_param)}={escape(key)}#figures">{escape(label)}</a>'
        for key, label in sorts
    )
    return f' <span class="figure-sorts">排序：{" · ".join(links)}</span>'


def _row(f, show_park, park_url):
    metric_class = f' <span class="figure-class">{escape(f["metric_class"])}</span>' if f["metric"] else ""
    park = ""
    if show_park:
        slug = f["park__slug"]
        park = f'<td><a href="{park_url(slug)}">{escape(f["park_label"])}</a></td>' if slug else f"<td>{MUTED}</td>"
    return (
        f'<tr>\n<th scope="row">{escape(f["metric_label"])}{metric_class}</th>\n'
        f'<td class="figure-value">{escape(f["display"])}</td>\n'
        f'<td class="figure-year">{escape(f["year"]) if f["year"] else MUTED}</td>\n'
        f"{park}\n"
        f'<td><a href="{escape(f["url"])}">{escape(f["article__headline"])}</a>'
        f' <span class="count">{escape(f["date_display"])}</span></td>\n</tr>'
    )


def figure_table(rows, caption, *, show_park=False, sort_param="", sorts=(), sort=None):
    """``rows`` (``archive.figure_data.row``) as the figure table, HTML."""
    head, tail = escape(reverse("archive:park", args=["-slug-"])).split("-slug-")
    park_cell = '<th scope="col">园区</th>' if show_park else ""
    body = "".join(_row(f, show_park, lambda slug: f"{head}{escape(slug)}{tail}") for f in rows)
    return mark_safe(  # noqa: S308 - every text is escaped
        '<div class="table-scroll"><table class="figure-table">\n'
        f"<caption>{escape(caption)}{_sort_links(sort_param, sorts, sort) if sorts else ''}</caption>\n"
        f'<thead><tr><th scope="col">指标</th><th scope="col">数值</th><th scope="col">年份</th>{park_cell}'
        '<th scope="col">出处</th></tr></thead>\n'
        f"<tbody>{body}</tbody>\n</table></div>\n"
    )
