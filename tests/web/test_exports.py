"""Downloads of a result set as CSV, JSON Lines and RIS."""

import csv
import io
import json

import pytest
from django.test import override_settings
from django.urls import reverse

from archive import exports_web
from search import indexing
from tests.web.conftest import make_article

pytestmark = pytest.mark.django_db


def download(client, fmt, **params):
    response = client.get(reverse("archive:export", args=[fmt]), params)
    assert response.status_code == 200, response.content
    assert response.streaming
    return response, b"".join(response.streaming_content)


def csv_rows(client, **params):
    response, body = download(client, "csv", **params)
    assert body.startswith(b"\xef\xbb\xbf")  # a BOM: Excel then reads UTF-8
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    header, *data, trailer = rows
    return response, header, [dict(zip(header, row, strict=True)) for row in data], trailer


def jsonl(client, **params):
    _response, body = download(client, "jsonl", **params)
    *records, trailer = [json.loads(line) for line in body.decode().splitlines()]
    return records, trailer["_export"]


def titles(rows, key="标题"):
    return [row[key] for row in rows]


# CSV


def test_it_exports_a_parks_articles_as_csv_with_newspaper_date_and_page(client, world):
    response, header, rows, _trailer = csv_rows(client, park=world.donghu.slug)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="articles-')
    assert header[:5] == ["编号", "标题", "引题", "副题", "刊发日期"]
    (row,) = rows  # the draft tagged with 东湖 is not exported
    assert row["标题"] == "光谷再出发"
    assert row["报纸"] == "中国高新技术产业导报"
    assert row["版次"] == "3"
    assert row["刊发日期"] == "2020-10-19"
    assert row["日期为推测"] == "否"
    assert row["作者"] == "刘琴；于大勇"
    assert row["园区"] == "武汉东湖新技术开发区；上海张江高新技术产业开发区"
    assert row["网址"] == f"http://testserver{world.first.get_absolute_url()}"
    assert (
        row["引用（GB/T 7714）"]
        == "刘琴, 于大勇. 光谷再出发: 东湖高新区一季度新增企业过万家[N]. 中国高新技术产业导报, 2020-10-19(3)."
    )
    assert row["正文"] == "第一段讲光谷。\n招商引资\n第二段讲项目。"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_it_defuses_formulas_at_the_start_of_a_cell(client, world, start):
    make_article(f'{start}HYPERLINK("http://evil","x")', column=f"{start}1+1", parks=[world.urumqi])
    _response, _header, (row,), _trailer = csv_rows(client, park=world.urumqi.slug)
    assert row["标题"] == f'\'{start}HYPERLINK("http://evil","x")'
    assert row["栏目"] == f"'{start}1+1"


def test_it_quotes_commas_quotes_and_newlines(client, world):
    make_article('逗号,引号"与\n换行', parks=[world.urumqi])
    _response, _header, (row,), _trailer = csv_rows(client, park=world.urumqi.slug)
    assert row["标题"] == '逗号,引号"与\n换行'


def test_it_never_exports_drafts(client, world):
    _response, _header, rows, _trailer = csv_rows(client)
    assert sorted(titles(rows)) == sorted(["光谷再出发", "张江科学城建设提速", "苏州工业园区开放创新"])
    _response, _header, rows, _trailer = csv_rows(client, park=world.suzhou.slug)
    assert titles(rows) == ["苏州工业园区开放创新"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"reporter": "liuqin"}, ["张江科学城建设提速", "光谷再出发"]),
        ({"province": "上海市"}, ["张江科学城建设提速", "光谷再出发"]),
        ({"year": "2021"}, ["张江科学城建设提速"]),
        ({"from": "2020-01-01", "to": "2020-12-31"}, ["光谷再出发"]),
        ({"reporter": "liuqin", "sort": "oldest"}, ["光谷再出发", "张江科学城建设提速"]),
    ],
)
def test_it_honours_the_filters_and_the_order(client, world, params, expected):
    assert world.liu.slug == "liuqin"
    _response, _header, rows, _trailer = csv_rows(client, **params)
    assert titles(rows) == expected


def test_it_states_the_cap_in_the_file(client, world):
    _response, _header, rows, trailer = csv_rows(client, reporter=world.liu.slug)
    assert len(rows) == 2
    assert trailer[0].startswith("# 高新区新闻档案导出。条件：reporter=liuqin；导出 2 篇（每个文件上限 10000 篇）")


@override_settings(ARCHIVE_EXPORT_MAX_ROWS=1)
def test_it_stops_at_the_cap_and_says_so(client, world):
    response, _header, rows, trailer = csv_rows(client, reporter=world.liu.slug)
    assert titles(rows) == ["张江科学城建设提速"]
    assert response["X-Export-Max-Rows"] == "1"
    assert "共 2 篇符合条件，超过每个文件 1 篇的上限，只含前 1 篇" in trailer[0]


def test_it_streams_reading_rows_only_as_the_body_is_sent(client, world, monkeypatch, django_assert_num_queries):
    monkeypatch.setattr(exports_web, "LOAD_CHUNK", 2)
    for i in range(9):
        make_article(f"批量{i}", parks=[world.urumqi], reporters=[world.yu])
    with django_assert_num_queries(1):  # the count; not one row yet
        response = client.get(reverse("archive:export", args=["csv"]), {"park": world.urumqi.slug})
    with django_assert_num_queries(1 + 3 * 5):  # the ids (one cursor), then per chunk of 2 articles, bylines, tags
        body = b"".join(response.streaming_content).decode("utf-8-sig")
    _header, *rows, _trailer = csv.reader(io.StringIO(body))
    assert sorted(row[1] for row in rows) == [f"批量{i}" for i in range(9)]


# JSON Lines


def test_it_exports_json_lines_with_a_trailer(client, world):
    records, meta = jsonl(client, park=world.zhangjiang.slug)
    assert [r["title"] for r in records] == ["张江科学城建设提速", "光谷再出发"]
    first = records[1]
    assert first["newspaper"] == "中国高新技术产业导报"
    assert first["page"] == "3"
    assert first["date"] == "2020-10-19"
    assert first["reporters"] == [{"name": "刘琴", "role": "staff"}, {"name": "于大勇", "role": "correspondent"}]
    assert first["paragraphs"] == ["第一段讲光谷。", "招商引资", "第二段讲项目。"]
    assert meta["rows"] == 2 and meta["total"] == 2 and meta["max_rows"] == 10000 and not meta["truncated"]
    assert meta["query"] == {"park": world.zhangjiang.slug}


# RIS


def test_it_exports_ris_for_reference_managers(client, world):
    response, body = download(client, "ris", park=world.donghu.slug)
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    text = body.decode()
    record = text[: text.index("ER  -")]
    for line in [
        "TY  - NEWS",
        "TI  - 光谷再出发: 东湖高新区一季度新增企业过万家",
        "AU  - 刘琴",
        "AU  - 于大勇",
        "PY  - 2020",
        "DA  - 2020/10/19/",
        "T2  - 中国高新技术产业导报",
        "SP  - 3",
        f"UR  - http://testserver{world.first.get_absolute_url()}",
    ]:
        assert line + "\r\n" in record
    assert "每个文件上限 10000 篇" in text[text.index("ER  -") :]


def test_an_estimated_date_is_a_note_in_ris_not_a_date(client, world):
    _response, body = download(client, "ris", park=world.suzhou.slug)
    text = body.decode()
    assert "DA  -" not in text and "PY  -" not in text
    assert "N1  - 刊发日期为推测：约2019年3月（推测）" in text


def test_a_newline_in_a_title_does_not_break_a_ris_record(client, world):
    make_article("第一行\nER  - 伪造", parks=[world.urumqi])
    _response, body = download(client, "ris", park=world.urumqi.slug)
    assert body.decode().count("ER  -") == 1
    assert "TI  - 第一行 ER - 伪造" in body.decode()


# A search's result set


def test_it_exports_a_search_in_the_index_order_without_drafts(client, world):
    indexing.process_queue()
    _response, _header, rows, trailer = csv_rows(client, q="光谷")
    assert titles(rows) == ["光谷再出发"]  # the draft mentions 东湖, not 光谷 in its title; never exported anyway
    assert "条件：q=光谷" in trailer[0]


def test_a_search_export_pages_through_the_index(client, world, monkeypatch):
    for i in range(7):
        make_article(f"量子通信第{i}期", parks=[world.urumqi])
    make_article("量子通信草稿", status="review", parks=[world.urumqi])
    indexing.process_queue()
    monkeypatch.setattr(exports_web, "ID_PAGE", 3)
    monkeypatch.setattr(exports_web, "LOAD_CHUNK", 2)
    _response, _header, rows, _trailer = csv_rows(client, q="量子通信", sort="oldest")
    assert sorted(titles(rows)) == sorted(f"量子通信第{i}期" for i in range(7))


@override_settings(ARCHIVE_EXPORT_MAX_ROWS=2)
def test_a_search_export_stops_at_the_cap(client, world):
    for i in range(5):
        make_article(f"量子通信第{i}期", parks=[world.urumqi])
    indexing.process_queue()
    _response, _header, rows, trailer = csv_rows(client, q="量子通信")
    assert len(rows) == 2
    assert "共 5 篇符合条件" in trailer[0]


def test_the_search_page_offers_its_result_set_for_download(client, world):
    indexing.process_queue()
    html = client.get(reverse("search:search"), {"q": "光谷", "year": "2020", "sort": "newest"}).content.decode()
    url = reverse("archive:export", args=["csv"])
    assert f'href="{url}?q=%E5%85%89%E8%B0%B7&amp;year=2020&amp;sort=newest"' in html


def test_park_and_reporter_pages_offer_downloads(client, world):
    html = client.get(world.donghu.get_absolute_url()).content.decode()
    assert f"{reverse('archive:export', args=['ris'])}?park={world.donghu.slug}" in html
    html = client.get(world.liu.get_absolute_url()).content.decode()
    assert f"{reverse('archive:export', args=['jsonl'])}?reporter={world.liu.slug}" in html
    assert "每个文件最多 10000 篇" in html


def test_it_refuses_unknown_formats_and_bad_parameters(client, world):
    assert client.get(reverse("archive:export", args=["xlsx"])).status_code == 404
    assert client.get(reverse("archive:export", args=["csv"]), {"year": "abc"}).status_code == 400
    response = client.get(reverse("archive:export", args=["csv"]), {"from": "2021-01-01", "to": "2020-01-01"})
    assert response.status_code == 400
