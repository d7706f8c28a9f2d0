"""The key-figure pages: the park page's 数据 section, the article page's figure list and
marked sentence, /figures/ with its filters and downloads, and the export commands."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from archive.models import Figure
from tests.web.conftest import XSS, make_article

pytestmark = pytest.mark.django_db

SENTENCE_2020 = "2020年，东湖高新区工业总产值达到4191.83亿元。"
SENTENCE_2021 = "2021年，东湖高新区工业总产值达到4600亿元，新增企业1200家。"


def make_figure(
    article,
    *,
    value,
    unit,
    base_value,
    base_unit="元",
    metric="工业总产值",
    metric_class="产值",
    year=None,
    park=None,
    quote="",
    status=Figure.Status.EXTRACTED,
    **kwargs,
):
    quote = quote or next((s for s in article.body.split("\n\n") if value in s), article.body)
    start = article.body.find(value)
    return Figure.objects.create(
        article=article, park=park, value=value, unit=unit, base_value=base_value, base_unit=base_unit,
        metric=metric, metric_class=metric_class, year=year, quote=quote, start=start,
        end=start + len(value) + len(unit), status=status, **kwargs,
    )  # fmt: skip


@pytest.fixture
def figures(world):
    donghu = world.donghu
    first = make_article("光谷产值再创新高", body=f"{SENTENCE_2020}\n\n{SENTENCE_2021}", parks=[donghu],
                         published_on=world.first.published_on)  # fmt: skip
    draft = make_article("草稿中的数字", body="东湖高新区营收9999亿元。", status="review", parks=[donghu])
    f2020 = make_figure(first, value="4191.83", unit="亿元", base_value=4191.83e8, year=2020, park=donghu,
                        quote=SENTENCE_2020)  # fmt: skip
    f2021 = make_figure(first, value="4600", unit="亿元", base_value=4600e8, year=2021, park=donghu,
                        quote="2021年，东湖高新区工业总产值达到4600亿元，")  # fmt: skip
    firms = make_figure(first, value="1200", unit="家", base_value=1200, base_unit="个", metric="企业",
                        metric_class="企业数", year=2021, park=donghu, quote=SENTENCE_2021)  # fmt: skip
    rejected = make_figure(first, value="2021", unit="年", base_value=2021, base_unit="个", metric="年份错认",
                           metric_class="其他", park=donghu, quote=SENTENCE_2021, status=Figure.Status.REJECTED)  # fmt: skip
    hidden = make_figure(draft, value="9999", unit="亿元", base_value=9999e8, metric="营收", metric_class="营收",
                         year=2022, park=donghu, quote="东湖高新区营收9999亿元。")  # fmt: skip
    world.figures = {"first": first, "f2020": f2020, "f2021": f2021, "firms": firms, "rejected": rejected,
                     "hidden": hidden}  # fmt: skip
    return world


# The park page


def test_it_shows_the_parks_figures_in_a_table(client, figures):
    response = client.get(reverse("archive:park", args=[figures.donghu.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="figures"' in html and "数据" in html
    assert "4191.83亿元" in html and "4600亿元" in html and "1200家" in html
    assert "9999" not in html  # a draft's figure
    assert "年份错认" not in html  # a rejected figure
    f = figures.figures["f2020"]
    assert f'href="/articles/{f.article_id}/?hl={f.pk}#hl"' in html


def test_it_shows_an_estimated_date_as_an_estimate_in_the_figure_table(client, world):
    import datetime

    article = make_article("估计日期的文章", body=SENTENCE_2020, parks=[world.donghu],
                           published_on=datetime.date(2021, 2, 1), date_precision="month", date_estimated=True)  # fmt: skip
    make_figure(article, value="4191.83", unit="亿元", base_value=4191.83e8, year=2020, park=world.donghu)
    html = client.get(reverse("archive:park", args=[world.donghu.slug])).content.decode()
    assert "约2021年2月（推测）" in html
    assert "2021年2月1日" not in html


def test_it_sorts_the_figure_table(client, figures):
    url = reverse("archive:park", args=[figures.donghu.slug])
    by_value = [r["value"] for r in client.get(url, {"fsort": "value"}).context["figures"]["rows"]]
    assert by_value == ["1200", "4600", "4191.83"]  # by unit, then largest first
    by_year = [r["year"] for r in client.get(url, {"fsort": "year"}).context["figures"]["rows"]]
    assert by_year == sorted(by_year, reverse=True)
    html = client.get(url, {"fsort": "<script>"}).content.decode()  # unknown order: the default
    assert "&lt;script&gt;" not in html


def test_it_charts_a_metric_reported_in_several_years(client, figures):
    html = client.get(reverse("archive:park", args=[figures.donghu.slug])).content.decode()
    assert '<title id="figure-chart-1-title">' in html
    assert "2020年 4,191.83 亿元；2021年 4,600 亿元" in html  # the chart's text alternative
    assert "<table>" in html and "<summary>查看数据表</summary>" in html  # the data-table fallback
    # 企业 has one year only: no chart for it
    assert "figure-chart-2" not in html


def test_it_leaves_out_the_data_section_without_figures(client, world):
    html = client.get(reverse("archive:park", args=[world.zhangjiang.slug])).content.decode()
    assert 'id="figures"' not in html


# The article page


def test_it_lists_an_articles_figures_with_their_metrics(client, figures):
    article = figures.figures["first"]
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "文中的关键数字" in html
    assert '工业总产值</span> <a class="figure-value"' in html
    assert "年份错认" not in html
    assert "<mark" not in html


def test_it_marks_the_figures_sentence(client, figures):
    f = figures.figures["f2021"]
    html = client.get(f.get_absolute_url()).content.decode()
    assert f'<mark id="hl">{f.quote}</mark>' in html
    assert html.count("<mark") == 1


def test_it_ignores_a_highlight_of_another_articles_figure(client, figures):
    article = figures.figures["first"]
    for hl in (figures.figures["hidden"].pk, "x", "-1", "99999"):
        response = client.get(article.get_absolute_url(), {"hl": hl})
        assert response.status_code == 200
        assert "<mark" not in response.content.decode()


def test_it_escapes_a_marked_sentence(client, world):
    body = f"第一段{XSS}有10家企业。\n\n第二段。"
    article = make_article("恶意", body=body, parks=[world.donghu])
    f = make_figure(article, value="10", unit="家", base_value=10, base_unit="个", metric="企业",
                    metric_class="企业数", quote=f"第一段{XSS}有10家企业。")  # fmt: skip
    html = client.get(f.get_absolute_url()).content.decode()
    assert "<script>" not in html
    assert '<mark id="hl">第一段&lt;script&gt;' in html


# /figures/


def test_it_lists_every_public_figure(client, figures):
    response = client.get(reverse("archive:figures"))
    assert response.status_code == 200
    values = {r["value"] for r in response.context["page"].object_list}
    assert values == {"4191.83", "4600", "1200"}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"metric_class": "企业数"}, {"1200"}),
        ({"metric": "工业总产值", "year": "2021"}, {"4600"}),
        ({"province": "湖北省"}, {"4191.83", "4600", "1200"}),
        ({"province": "上海市"}, set()),
        ({"park": "no-such-park"}, set()),
        ({"year": "not a year"}, {"4191.83", "4600", "1200"}),  # an invalid filter is dropped
    ],
)
def test_it_filters_figures(client, figures, params, expected):
    response = client.get(reverse("archive:figures"), params)
    assert {r["value"] for r in response.context["page"].object_list} == expected
    assert response.context["page"].paginator.count == len(expected)  # counted from the kept series


def test_it_counts_figures_without_a_park_and_follows_a_reclassing(client, figures):
    unparked = make_figure(figures.figures["first"], value="1200", unit="家", base_value=1200, base_unit="个",
                           metric="企业", metric_class="企业数", year=2021, quote=SENTENCE_2021)  # fmt: skip
    assert client.get(reverse("archive:figures")).context["page"].paginator.count == 4
    unknown_park = client.get(reverse("archive:figures"), {"park": "no-such-park"}).context["page"]
    assert unknown_park.paginator.count == 0 and not unknown_park.object_list  # not the figures without a park
    unparked.metric_class = Figure.MetricClass.OTHER
    unparked.save()
    by_class = client.get(reverse("archive:figures"), {"metric_class": "企业数"})
    assert by_class.context["page"].paginator.count == 1
    assert client.get(reverse("archive:figures"), {"metric_class": "其他"}).context["page"].paginator.count == 1


def test_it_offers_parks_and_provinces_to_pick_by_name(client, figures):
    html = client.get(reverse("archive:figures"), {"park": figures.donghu.slug}).content.decode()
    assert f'<option value="{figures.donghu.slug}" selected>{figures.donghu.short_name}</option>' in html
    assert '<optgroup label="湖北省">' in html
    assert '<option value="湖北省">湖北省</option>' in html


def test_it_filters_figures_by_a_company_typed_by_name(client, figures):
    from archive.models import ArticleCompany, Company

    company = Company.objects.create(name="武汉光谷科技有限公司", slug="wuhan-guanggu")
    ArticleCompany.objects.create(article=figures.figures["first"], company=company, name="光谷科技公司", mentions=1)
    by_name = client.get(reverse("archive:figures"), {"company": "武汉光谷科技有限公司"})
    by_slug = client.get(reverse("archive:figures"), {"company": "wuhan-guanggu"})
    unknown = client.get(reverse("archive:figures"), {"company": "没有这家公司"})
    assert by_name.context["company"] == by_slug.context["company"] == company
    assert by_name.context["page"].paginator.count == by_slug.context["page"].paginator.count == 3
    assert unknown.context["page"].paginator.count == 0


def test_it_filters_figures_by_park(client, figures):
    response = client.get(reverse("archive:figures"), {"park": figures.donghu.slug})
    assert response.context["park"] == figures.donghu
    assert response.context["page"].paginator.count == 3


def test_it_downloads_figures_as_csv(client, figures):
    response = client.get(reverse("archive:figures_export", args=["csv"]), {"park": figures.donghu.slug})
    assert response["Content-Type"].startswith("text/csv")
    text = response.getvalue().decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header, body, trailer = rows[0], rows[1:-1], rows[-1]
    assert header[:3] == ["编号", "文章编号", "文章网址"]
    assert len(body) == 3
    f = figures.figures["f2020"]
    row = next(r for r in body if r[0] == str(f.pk))
    assert row[2] == "http://testserver" + reverse("archive:article", args=[f.article_id])
    assert f.quote in row
    assert json.loads(trailer[0][2:])["rows"] == 3


def test_it_downloads_figures_as_json(client, figures):
    response = client.get(reverse("archive:figures_export", args=["json"]), {"metric_class": "产值"})
    data = json.loads(response.getvalue())
    assert [r["value"] for r in data["figures"]] == ["4191.83", "4600"]
    assert data["figures"][0]["quote"] == SENTENCE_2020
    assert data["figures"][0]["article_url"].endswith(f"/articles/{figures.figures['first'].pk}/")
    assert data["meta"]["total"] == 2


def test_it_refuses_an_unknown_download_format(client, figures):
    assert client.get(reverse("archive:figures_export", args=["xml"])).status_code == 404


# Commands


def test_export_articles_gains_figures_and_companies(figures, tmp_path):
    from archive.models import ArticleCompany, Company

    company = Company.objects.create(name="武汉光谷科技有限公司")
    ArticleCompany.objects.create(article=figures.figures["first"], company=company, name="光谷科技公司", mentions=2)
    out = tmp_path / "articles.jsonl"
    call_command("export_articles", "--output", str(out))
    records = {r["title"]: r for r in map(json.loads, out.read_text().splitlines())}
    record = records["光谷产值再创新高"]
    assert [f["value"] for f in record["figures"]] == ["4191.83", "4600", "1200"]  # rejected left out
    assert set(record["figures"][0]) == {
        "value", "unit", "base_value", "base_unit", "approx", "metric", "metric_class", "year", "park", "quote",
    }  # fmt: skip
    assert record["figures"][0]["park"] == "武汉东湖新技术开发区"
    assert record["companies"] == ["光谷科技公司"]


def test_export_figures_writes_a_dataset(figures, tmp_path):
    out = tmp_path / "figures.csv"
    call_command("export_figures", "--format", "csv", "--output", str(out), "--base-url", "https://archive.example")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["value"] for r in rows} == {"4191.83", "4600", "1200"}
    assert rows[0]["article_url"].startswith("https://archive.example/articles/")
    out = tmp_path / "all.jsonl"
    call_command("export_figures", "--all-articles", "--output", str(out))
    assert {json.loads(line)["value"] for line in out.read_text().splitlines()} == {"4191.83", "4600", "1200", "9999"}


def test_export_figures_refuses_an_unknown_park(figures, tmp_path):
    out = tmp_path / "figures.jsonl"
    with pytest.raises(CommandError, match="no-such-park"):
        call_command("export_figures", "--park", "no-such-park", "--output", str(out))
    assert not out.exists()


def test_the_newest_first_indexes_are_in_the_lists_order_on_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("SQLite reads its plain indexes backwards in the lists' order")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'archive_figure'")
        indexes = dict(cursor.fetchall())
    for name in ("figure_date", "figure_park_date", "figure_class_date"):
        assert indexes[name].endswith("article_date DESC NULLS LAST, id DESC)")


def test_a_fall_reads_with_its_sign_on_the_article_page_and_in_the_park_table(client, world):
    article = make_article("光谷产值回落", body="东湖高新区工业总产值同比下降3.2%。", parks=[world.donghu])
    make_figure(article, value="3.2", unit="%", base_value=-3.2, base_unit="%", metric="工业总产值",
                metric_class="增速", year=2021, park=world.donghu)  # fmt: skip
    assert "-3.2%" in client.get(article.get_absolute_url()).content.decode()
    assert "-3.2%" in client.get(world.donghu.get_absolute_url()).content.decode()


def test_it_names_no_park_found_only_in_drafts(client, figures):
    from archive.models import Park
    from tests.web.conftest import make_article as article

    found = Park.objects.create(name="草稿里的高新区", slug="caogao-gxq", kind=Park.Kind.OTHER, verified=False)
    article("只在草稿里", status="review", parks=[found])
    listed = client.get(reverse("archive:figures")).content.decode()
    chosen = client.get(reverse("archive:figures"), {"park": "caogao-gxq"})
    assert "草稿里的高新区" not in listed
    assert "草稿里的高新区" not in chosen.content.decode()
    assert chosen.context["page"].paginator.count == 0
    article("如今发表了", parks=[found])
    assert "草稿里的高新区" in client.get(reverse("archive:figures")).content.decode()


def test_it_names_no_company_found_only_in_drafts(client, figures):
    from archive.models import ArticleCompany, Company

    secret = Company.objects.create(name="只在草稿里的公司", slug="zhizai-caogao")
    ArticleCompany.objects.create(article=figures.draft, company=secret, name=secret.name, mentions=1)
    for value in ["zhizai-caogao", "只在草稿里的公司"]:
        response = client.get(reverse("archive:figures"), {"company": value})
        html = response.content.decode()
        title, heading = html.split("</title>", 1)[0], html.split('<h2 id="list-title">', 1)[1].split("</h2>", 1)[0]
        assert "只在草稿里的公司" not in title + heading  # the form keeps what the reader typed, no more
        assert response.context["company"] is None
        assert response.context["page"].paginator.count == 0
