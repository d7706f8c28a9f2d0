"""The article page's bylines and park tags, written in Python (``archive.article_page``),
are the markup the page's template wrote for them, exactly."""

import pytest
from django.db.models import Prefetch
from django.template import Context, Template

from archive import article_page
from archive.models import Article, ArticlePark, Byline
from tests.web.conftest import SHORT_XSS, XSS, make_article, make_park

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
