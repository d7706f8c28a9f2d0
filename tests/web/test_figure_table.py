"""The park page's figure table, written in Python (``archive.figure_table``), is the
markup of ``templates/archive/_figure_table.html`` exactly."""

import pytest
from django.template.loader import render_to_string

from archive import figure_data
from archive.figure_table import figure_table
from archive.models import Figure
from tests.web.conftest import SHORT_XSS, XSS, make_article, make_park
from tests.web.test_figures import make_figure

pytestmark = pytest.mark.django_db
SORTS = [(key, label) for key, (label, _order) in figure_data.SORTS.items()]


@pytest.fixture
def rows(world):
    evil = make_park(f"园区{XSS}", f"简称{SHORT_XSS}")
    article = make_article(f"标题{XSS}", body="产值4000亿元，企业300余家，增长5%。", parks=[evil])
    undated = make_article("日期不详", body="投资50亿元。", published_on=None)
    make_figure(article, value="4000", unit="亿元", base_value=4e11, metric=f"产值{XSS}", year=2020, park=evil)
    make_figure(article, value="300余", unit="家", base_value=300, base_unit="个", metric="", metric_class="企业数",
                approx="lower", park=world.donghu)  # fmt: skip
    make_figure(article, value="5", unit="%", base_value=5, base_unit="%", metric="增速", approx="approx", year=2021)
    make_figure(undated, value="50", unit="亿元", base_value=5e9, metric="投资", approx="upper")
    return figure_data.rows(Figure.objects.public())


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"show_park": True},
        {"sort_param": "fsort", "sorts": SORTS, "sort": "date"},
        {"sort_param": "sort", "sorts": SORTS, "sort": "value", "show_park": True},
    ],
)
def test_it_writes_the_figure_tables_markup(rows, options):
    caption = f"关键数字{XSS}"
    html = figure_table(rows, caption, **options)
    assert html == render_to_string("archive/_figure_table.html", {"rows": rows, "caption": caption, **options})
    assert XSS not in html
    assert len(rows) == 4
