"""Browsing as a newspaper: titles, years with a calendar, issues, pages (版面), citations."""

import datetime
from types import SimpleNamespace

import pytest
from django.urls import reverse

from archive.models import Article, ArticlePart, Byline, Newspaper, Reporter

from .conftest import XSS, make_article, make_page

Status = Article.Status
DAY = datetime.date(2020, 10, 19)

PAGE4_TEXT = (
    "中国高新技术产业导报\n2020年10月19日 第4版 园区\n光谷再出发\n第一段讲光谷。(下转第5版)\n草稿标题\n草稿正文。\n"
)
PAGE5_TEXT = "第5版\n(上接第4版)续文在这里。\n张江科学城建设提速\n张江正文。\n"


@pytest.fixture
def paper(db):
    newspaper = Newspaper.objects.create(name="中国高新技术产业导报", publisher="科学技术部")
    assert newspaper.slug == "zhongguogaoxinjishuchanyedaobao"
    liu = Reporter.objects.create(name="刘琴")
    page4 = make_page("p4.txt", raw_text=PAGE4_TEXT, issue_date=DAY, page_label="第4版")
    page4.page_title = "园区"
    page4.furniture = [{"line": 0, "kind": "masthead"}, {"line": 1, "kind": "masthead"}]
    page4.save()
    page5 = make_page("p5.txt", raw_text=PAGE5_TEXT, issue_date=DAY, page_label="第5版")
    first = make_article(
        "光谷再出发",
        source_page=page4,
        order_on_page=1,
        published_on=DAY,
        reporters=[(liu, Byline.Role.STAFF)],
        source_lines=[2, 3],
        body="第一段讲光谷。续文在这里。",
    )
    ArticlePart.objects.create(article=first, page=page5, order=1, source_lines=[1], text="续文在这里。")
    draft = make_article("草稿标题", status=Status.REVIEW, source_page=page4, order_on_page=2, source_lines=[4, 5])
    second = make_article(
        "张江科学城建设提速", source_page=page5, order_on_page=2, published_on=DAY, source_lines=[2, 3]
    )
    later = make_page("p1.txt", raw_text="只有草稿", issue_date=datetime.date(2020, 10, 26), page_label="第1版")
    make_article("下一期的草稿", status=Status.IMPORTED, source_page=later)
    undated = make_page("loose.txt", raw_text="没有日期的版面\n正文", newspaper="", page_label="")
    loose = make_article("没有日期的文章", source_page=undated, source_lines=[0, 1])
    return SimpleNamespace(
        newspaper=newspaper,
        page4=page4,
        page5=page5,
        first=first,
        draft=draft,
        second=second,
        later=later,
        undated=undated,
        loose=loose,
    )


def test_it_lists_newspapers_with_their_date_range_and_counts(client, paper):
    response = client.get(reverse("archive:newspapers"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "《中国高新技术产业导报》" in html
    assert 'datetime="2020-10-19"' in html
    assert "2020-10-26" not in html  # an issue with only a draft is not public


def test_it_hides_a_newspaper_with_only_drafts(client, paper):
    Newspaper.objects.create(name="科技日报")
    assert "科技日报" not in client.get(reverse("archive:newspapers")).content.decode()
    assert client.get(reverse("archive:newspaper", args=["kejiribao"])).status_code == 404


def test_it_shows_a_newspapers_years(client, paper):
    response = client.get(paper.newspaper.get_absolute_url())
    assert response.status_code == 200
    assert reverse("archive:newspaper_year", args=[paper.newspaper.slug, 2020]) in response.content.decode()


def test_the_year_calendar_links_days_with_a_public_issue_only(client, paper):
    response = client.get(reverse("archive:newspaper_year", args=[paper.newspaper.slug, 2020]))
    html = response.content.decode()
    assert response.status_code == 200
    assert paper.page4.issue.get_absolute_url() in html
    assert paper.later.issue.get_absolute_url() not in html
    assert html.count('class="has-issue"') == 1
    assert html.count('<table class="calendar') == 12


def test_a_year_without_issues_is_not_found(client, paper):
    assert client.get(reverse("archive:newspaper_year", args=[paper.newspaper.slug, 1999])).status_code == 404


def test_a_year_outside_the_calendar_is_not_found(client, paper):
    for year in ["0", "0000", "10000", "99999999999999999999"]:
        assert client.get(f"/newspapers/{paper.newspaper.slug}/{year}/").status_code == 404


def test_an_edition_beyond_the_databases_integers_is_not_found(client, paper):
    issue = paper.page4.issue
    url = f"/newspapers/{paper.newspaper.slug}/{issue.date.isoformat()}/ed-99999999999999999999/"
    assert client.get(url).status_code == 404
    assert client.get(url + "4/").status_code == 404


def test_the_issue_lists_its_pages_in_order_with_their_articles_in_reading_order(client, paper):
    response = client.get(paper.page4.issue.get_absolute_url())
    html = response.content.decode()
    html = html[html.index("<main") :]
    assert response.status_code == 200
    assert html.index("第4版") < html.index("园区") < html.index("光谷再出发") < html.index("第5版")
    assert html.index("第5版") < html.index("张江科学城建设提速")
    assert "（续）" in html  # the jump's continuation is listed on page 5
    assert "草稿标题" not in html


def test_an_issue_with_only_drafts_is_not_found(client, paper):
    assert client.get(paper.later.issue.get_absolute_url()).status_code == 404


def test_the_page_view_marks_each_articles_lines_and_mutes_the_furniture(client, paper):
    response = client.get(paper.page4.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert paper.page4.get_absolute_url() == f"/newspapers/{paper.newspaper.slug}/2020-10-19/4/"
    assert f'<a class="raw-page__article" href="{paper.first.get_absolute_url()}"' in html
    furniture = html[html.index('class="raw-page__furniture"') :]
    assert furniture.index("中国高新技术产业导报") < furniture.index("</div>")
    assert paper.draft.get_absolute_url() not in html
    assert "草稿正文。" not in html and paper.page4.WITHHELD in html  # the draft's lines are left out
    assert 'rel="next"' in html and paper.page5.get_absolute_url() in html


def test_a_page_with_only_drafts_is_not_public(client, paper):
    assert client.get(reverse("archive:page", args=[paper.later.pk])).status_code == 404


def test_a_page_by_id_redirects_to_its_place_in_the_issue(client, paper):
    response = client.get(reverse("archive:page", args=[paper.page4.pk]))
    assert response.status_code == 301
    assert response["Location"] == paper.page4.get_absolute_url()


def test_a_page_in_no_issue_is_shown_by_id(client, paper):
    response = client.get(paper.undated.get_absolute_url())
    assert response.status_code == 200
    assert "报名未能识别" in response.content.decode()


def test_the_article_names_newspaper_date_and_page_with_links(client, paper):
    html = client.get(paper.first.get_absolute_url()).content.decode()
    assert f'href="{paper.newspaper.get_absolute_url()}">《中国高新技术产业导报》</a>' in html
    assert f'href="{paper.page4.issue.get_absolute_url()}"><time datetime="2020-10-19">' in html
    assert f'href="{paper.page4.get_absolute_url()}">第4版 园区</a>' in html
    assert f'转 <a href="{paper.page5.get_absolute_url()}">第5版</a>' in html


def test_the_article_offers_a_gbt_7714_citation_and_its_permanent_url(client, paper):
    html = client.get(paper.first.get_absolute_url()).content.decode()
    assert "刘琴. 光谷再出发[N]. 中国高新技术产业导报, 2020-10-19(4)." in html
    assert f"http://testserver{paper.first.get_absolute_url()}" in html


def test_previous_and_next_follow_the_issues_page_order(client, paper):
    html = client.get(paper.second.get_absolute_url()).content.decode()
    assert f'rel="prev" href="{paper.first.get_absolute_url()}"' in html
    html = client.get(paper.first.get_absolute_url()).content.decode()
    assert f'rel="next" href="{paper.second.get_absolute_url()}"' in html
    assert paper.draft.get_absolute_url() not in html


def test_a_citation_without_a_known_date_cites_none(client, paper):
    html = client.get(paper.loose.get_absolute_url()).content.decode()
    assert "没有日期的文章[N]. 报名不详." in html


def test_it_escapes_a_newspapers_name_everywhere(client, paper):
    paper.newspaper.name = f"报{XSS}"
    paper.newspaper.save()
    for url in [
        reverse("archive:newspapers"),
        paper.newspaper.get_absolute_url(),
        reverse("archive:newspaper_year", args=[paper.newspaper.slug, 2020]),
        paper.page4.issue.get_absolute_url(),
        paper.page4.get_absolute_url(),
        paper.first.get_absolute_url(),
    ]:
        html = client.get(url).content.decode()
        assert XSS not in html, url
        assert "&lt;script&gt;" in html, url


def test_the_issue_page_costs_a_fixed_number_of_queries(client, paper, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        client.get(paper.page4.issue.get_absolute_url())


def test_the_sitemap_lists_newspapers_issues_and_pages_with_published_articles(client, paper):
    text = ""
    for section in ["newspapers", "issues", "newspaper-pages"]:
        response = client.get(reverse("sitemap_section", args=[section]))
        assert response.status_code == 200
        text += response.content.decode()
    for url in [
        paper.newspaper.get_absolute_url(),
        paper.page4.issue.get_absolute_url(),
        paper.page4.get_absolute_url(),
        paper.page5.get_absolute_url(),
        paper.undated.get_absolute_url(),
    ]:
        assert f"http://testserver{url}</loc>" in text, url
    assert paper.later.issue.get_absolute_url() not in text
    assert f"/pages/{paper.later.pk}/" not in text


def test_the_newspaper_feed_has_its_published_articles(client, paper):
    response = client.get(reverse("archive:newspaper_feed", args=[paper.newspaper.slug]))
    text = response.content.decode()
    assert response.status_code == 200
    assert "光谷再出发" in text and "张江科学城建设提速" in text
    assert "草稿标题" not in text and "没有日期的文章" not in text


def test_marks_taken_off_an_articles_line_leave_the_line_in_its_article(client, paper):
    paper.page4.furniture = paper.page4.furniture + [{"line": 3, "kind": "markup", "text": "****"}]
    paper.page4.save()
    html = client.get(paper.page4.get_absolute_url()).content.decode()
    assert html.count(f'<a class="raw-page__article" href="{paper.first.get_absolute_url()}"') == 1
