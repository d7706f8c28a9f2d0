"""Key figures in a browser: a park's 数据 section (table and chart), a figure's sentence
marked in its article, a company's page, and /figures/ downloaded as CSV and read back."""

import csv
import io

from playwright.sync_api import expect

from archive.models import Article, Company, Figure
from tests.browser.conftest import assert_fits


def _figures_over_years(park):
    """Figures for two of the extra articles about the park (their bodies say 新引进企业N家)."""
    made = []
    extra = Article.objects.filter(
        park_tags__park=park, headline__startswith=park.short_name, body__contains="新引进企业"
    )
    for article in extra.order_by("pk")[:2]:  # in a fixed order: without one, PostgreSQL's is any
        body = article.body
        at = body.index("新引进企业") + len("新引进企业")
        value = body[at : body.index("家", at)]
        sentence = body[body.index("新引进企业") :].split("\n")[0]
        made.append(
            Figure.objects.create(
                article=article,
                park=park,
                value=value,
                unit="家",
                base_value=int(value),
                base_unit="个",
                metric="企业",
                metric_class="企业数",
                year=article.published_on.year + len(made),
                quote=sentence,
                start=at,
                end=at + len(value) + 1,
            )  # fmt: skip
        )
    return made


def test_a_parks_figures_lead_to_the_marked_sentence(page, shoot, archive):
    _figures_over_years(archive)
    page.goto(archive.get_absolute_url())
    section = page.locator("#figures")
    expect(section.get_by_role("heading", name="数据", exact=False)).to_be_visible()
    expect(section.locator("svg[role=img]")).to_have_count(1)  # 企业 in two years: one chart
    section.locator("summary", has_text="查看数据表").click()
    expect(section.locator(".chart__data table")).to_be_visible()
    assert_fits(page)
    shoot("1-park-figures")
    section.get_by_role("link", name="按数值").click()
    expect(section.locator("strong", has_text="按数值")).to_be_visible()
    section.locator(".figure-table tbody tr").first.get_by_role("link").click()
    mark = page.locator("mark#hl")
    expect(mark).to_be_visible()
    figure = Figure.objects.get(pk=int(page.url.split("hl=")[1].split("#")[0]))
    assert mark.inner_text() == figure.quote.strip()
    assert figure.park == archive
    expect(page.locator(".story__figures li.is-marked")).to_have_count(1)
    shoot("2-marked-sentence")
    assert page.console_errors == []


def test_a_company_page_and_the_figures_download(page, archive):
    company = Company.objects.filter(article_tags__article__status="published").order_by("name").first()
    page.goto("/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="公司").click()
    page.get_by_role("link", name=company.name, exact=True).click()
    expect(page.locator("h1")).to_have_text(company.name)
    expect(page.locator(".story-list, .article-list, ol, ul").first).to_be_visible()
    assert_fits(page)

    page.get_by_role("navigation", name="主导航").get_by_role("link", name="数据").click()
    page.get_by_label("指标类别").select_option("投资")
    page.get_by_role("button", name="筛选").click()
    shown = page.locator(".figure-table tbody tr").count()
    assert shown > 0
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV（Excel）").click()
    raw = open(info.value.path(), "rb").read()
    header, *rows, trailer = csv.reader(io.StringIO(raw.decode("utf-8-sig")))
    assert header[:3] == ["编号", "文章编号", "文章网址"]
    assert rows and {row[10] for row in rows} == {"投资"}
    assert all(row[2].startswith("http") and row[17] for row in rows)  # the article URL and its sentence
    assert Figure.objects.public().filter(metric_class="投资").count() == len(rows)
    assert page.console_errors == []


def test_a_figures_year_stays_on_one_line_in_the_parks_table(page, archive):
    _figures_over_years(archive)
    page.goto(archive.get_absolute_url())
    year = page.locator("#figures .figure-table td.figure-year").filter(has_text="20").first
    expect(year).to_be_visible()
    lines = "e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length; }"
    assert year.evaluate(lines) == 1  # "2022", not "202" over "2"
