"""The article page's bylines, park tags and key figures, written in Python
(``archive.article_page``), are the markup the page's template wrote for them, exactly."""

import pytest
from django.db.models import Prefetch
from django.template import Context, Template

from archive import article_page, figure_data
from archive.models import Article, ArticlePark, Byline, Figure
from tests.web.conftest import SHORT_XSS, XSS, make_article, make_park
from tests.web.test_figures import make_figure

pytestmark = pytest.mark.django_db

# What article_detail.html drew from the prefetched bylines and tags before.
TEMPLATE = Template(
    '{% for label, reporters in groups %}{% if forloop.first %}<p class="story__byline">{% endif %}'
    '<span class="byline-group">{% if label %}<span class="byline-role">{{ label }}</span> {% endif %}'
    '{% for reporter in reporters %}<a href="{{ reporter.get_absolute_url }}">{{ reporter.name }}</a>'
    "{% if not forloop.last %} {% endif %}{% endfor %}</span>{% if forloop.last %}</p>{% endif %}{% endfor %}"
    '|{% if tags %}<ul class="tags" aria-label="相关园区">\n'
    '      {% for tag in tags %}<li><a href="{{ tag.park.get_absolute_url }}"{% if tag.is_primary %} class="is-primary"'
    '{% endif %}>{{ tag.park }}</a>{% if tag.is_primary %}<span class="visually-hidden">（主要园区）</span>{% endif %}'
    "</li>{% endfor %}\n    </ul>{% endif %}"
)


def _template(article):
    article = Article.objects.prefetch_related(
        Prefetch("bylines", queryset=Byline.objects.select_related("reporter").order_by("order")),
        Prefetch("park_tags", queryset=ArticlePark.objects.select_related("park").order_by("-is_primary", "-mentions")),
    ).get(pk=article.pk)
    groups = []
    for byline in article.bylines.all():
        label = "" if byline.role == Byline.Role.CONTRIBUTOR else byline.get_role_display()
        if groups and groups[-1][0] == label:
            groups[-1][1].append(byline.reporter)
        else:
            groups.append((label, [byline.reporter]))
    return TEMPLATE.render(Context({"groups": groups, "tags": article.park_tags.all()}))


def _python(article):
    tags = article_page.park_tags(article.pk)
    return f"{article_page.bylines_html(article_page.credits(article.pk))}|{article_page.tags_html(tags)}"


def test_it_writes_the_bylines_and_tags_markup_hostile_names_included(world, hostile):
    short = make_park(f"全称{XSS}", f"简称{SHORT_XSS}")
    full = make_park(f"只有全称{XSS}")
    reporters = [
        (world.liu, Byline.Role.STAFF),
        (world.yu, Byline.Role.STAFF),
        (world.yu, Byline.Role.CORRESPONDENT),
        (world.liu, Byline.Role.CONTRIBUTOR),
        (world.yu, Byline.Role.PHOTOGRAPHER),
    ]
    for article in [
        make_article("各种署名", parks=[short, full, world.donghu], reporters=reporters),
        make_article("没有署名和园区"),
        make_article("只有署名人", reporters=[(world.liu, Byline.Role.CONTRIBUTOR)]),
        *Article.objects.all(),
    ]:
        assert _python(article) == _template(article), article.headline
    assert XSS not in _python(Article.objects.get(headline="各种署名"))


# What article_detail.html drew from the article's Figure objects before.
FIGURE_TEMPLATE = Template(
    '<ul class="figure-list">{% for f in figures %}<li id="figure-{{ f.pk }}"{% if f == marked %} class="is-marked"'
    '{% endif %}><span class="figure-metric">{{ f.metric|default:f.get_metric_class_display }}</span> '
    '<a class="figure-value" href="?hl={{ f.pk }}#hl">{{ f.display }}</a>{% if f.year %} <span class="count">'
    '{{ f.year }}年</span>{% endif %}{% if f.park %} <span class="count">{{ f.park }}</span>{% endif %}</li>'
    "{% endfor %}</ul>"
)


@pytest.mark.parametrize("marked_at", [None, 0, 2])
def test_it_writes_the_figure_lists_markup_hostile_strings_included(world, marked_at):
    evil = make_park(f"园区{XSS}", f"简称{SHORT_XSS}")
    plain = make_park(f"只有全称{XSS}")
    article = make_article("数字", body="产值4000亿元，企业300余家，增长5%，投资50亿元，另有9亿元。")
    make_figure(article, value="4000", unit="亿元", base_value=4e11, metric=f"产值{XSS}", year=2020, park=evil)
    make_figure(article, value="300余", unit="家", base_value=300, base_unit="个", metric="", metric_class="企业数",
                approx="lower", park=plain)  # fmt: skip
    make_figure(article, value="5", unit="%", base_value=5, base_unit="%", metric="", metric_class="其他",
                approx="approx")  # fmt: skip
    make_figure(article, value="50", unit="亿元", base_value=5e9, metric="投资", approx="upper", year=2021)
    make_figure(article, value="9", unit="亿元", base_value=9e8, metric="错认", status=Figure.Status.REJECTED)
    objects = list(article.figures.not_rejected().select_related("park").order_by("start", "id"))
    rows = figure_data.article_figures(article)
    assert [row.pk for row in rows] == [f.pk for f in objects]
    marked = None if marked_at is None else rows[marked_at]
    marked_object = None if marked_at is None else objects[marked_at]
    html = article_page.figure_list_html(rows, marked)
    assert html == FIGURE_TEMPLATE.render(Context({"figures": objects, "marked": marked_object}))
    assert XSS not in html
