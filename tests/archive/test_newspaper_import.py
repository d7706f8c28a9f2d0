"""import_pages as a newspaper archive: mastheads, paths, manifests and jumps between pages."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, ArticlePart, Issue, Newspaper, SourcePage
from archive.pipeline.parks import Gazetteer
from archive.pipeline.parse import parse_page
from tests.newspaper_pages import PAPER, fixture_text, split_pages, with_masthead

pytestmark = pytest.mark.django_db
DAY = datetime.date(2020, 10, 19)


@pytest.fixture(autouse=True)
def gazetteer():
    call_command("load_parks", verbosity=0)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_pages", *args, "--jobs", "1", stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue() + str(exc), False
    return out.getvalue(), err.getvalue(), True


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def original_first_article():
    from django.conf import settings

    gaz = Gazetteer.from_csv(settings.BASE_DIR / "fixtures" / "parks.csv")
    return parse_page(fixture_text("000"), gazetteer=gaz).articles[0]


def test_a_masthead_fills_the_pages_newspaper_issue_and_page(tmp_path):
    out, err, ok = run(str(write(tmp_path / "page.txt", with_masthead(fixture_text("001"), 5))))
    assert ok, err
    page = SourcePage.objects.get()
    assert (page.newspaper.name, page.issue.date, page.page_number, page.page_title) == (PAPER, DAY, 5, "园区")
    assert [f["kind"] for f in page.furniture] == ["masthead", "date", "page", "editor"]
    assert set(Article.objects.values_list("published_on", "date_estimated")) == {(DAY, False)}
    assert not Article.objects.filter(body__contains="责任编辑").exists()


def test_given_values_win_over_the_masthead_with_a_warning(tmp_path):
    path = write(tmp_path / "page.txt", with_masthead(fixture_text("001"), 5))
    out, err, ok = run(str(path), "--newspaper", "科技日报", "--date", "2020-10-20", "--page", "第7版", "-v", "2")
    assert ok, err
    page = SourcePage.objects.get()
    assert (page.newspaper.name, page.issue_date, page.page_number) == ("科技日报", datetime.date(2020, 10, 20), 7)
    assert page.page_title == "园区"  # nothing given: the printed title stands
    assert "以导入时给出的“科技日报”为准" in out
    assert "以导入时给出的 2020-10-20 为准" in out
    assert "以导入时给出的“第7版”为准" in out


@pytest.mark.parametrize(
    "name, number, section", [("05.txt", 5, ""), ("5.txt", 5, ""), ("A5.txt", 5, "A"), ("第5版.txt", 5, "")]
)
def test_a_path_names_newspaper_date_and_page(tmp_path, name, number, section):
    write(tmp_path / "科技日报" / "2021-02-22" / name, fixture_text("001"))
    out, err, ok = run(str(tmp_path))
    assert ok, err
    page = SourcePage.objects.get()
    assert (page.newspaper.name, page.issue.date) == ("科技日报", datetime.date(2021, 2, 22))
    assert (page.page_section, page.page_number) == (section, number)


def test_a_manifest_names_pages_in_any_layout_and_reports_each_bad_row(tmp_path):
    write(tmp_path / "scans" / "a.txt", fixture_text("001"))
    write(tmp_path / "scans" / "b.txt", fixture_text("002"))
    manifest = write(
        tmp_path / "manifest.csv",
        "path,newspaper,date,page,notes\n"
        "scans/a.txt,科技日报,2021-02-22,5,first\n"
        "scans/missing.txt,科技日报,2021-02-22,6,\n"
        "scans/b.txt,科技日报,2021-02-30,7,\n"
        "scans/b.txt,科技日报,2021-02-22,8,,extra\n"
        "scans/b.txt,科技日报,二〇二一年二月二十二日,A8,\n",
    )
    out, err, ok = run("--manifest", str(manifest))
    assert not ok
    assert "manifest.csv 第3行：文件不存在：scans/missing.txt" in err
    assert "manifest.csv 第4行：日期无法识别：2021-02-30" in err
    assert "manifest.csv 第5行：多出 1 列" in err
    pages = {p.file_name: p for p in SourcePage.objects.all()}
    assert (pages["a.txt"].newspaper.name, pages["a.txt"].page_number) == ("科技日报", 5)
    assert (pages["b.txt"].page_section, pages["b.txt"].page_number) == ("A", 8)
    assert Issue.objects.get().date == datetime.date(2021, 2, 22)


def test_a_manifest_without_a_path_column_is_refused(tmp_path):
    manifest = write(tmp_path / "m.csv", "file,date\na.txt,2021-02-22\n")
    out, err, ok = run("--manifest", str(manifest))
    assert not ok and "缺少 path 列" in err
    assert not SourcePage.objects.exists()


def check_joined():
    first = original_first_article()
    article = Article.objects.get(headline=first.headline)
    body = "\n\n".join(b.text if b.kind == "p" else f"## {b.text}" for b in first.blocks)
    assert article.body == body  # the sentence cut at the jump runs on, nothing doubled
    assert [p.page.page_number for p in article.parts.all()] == [6]
    assert "续文缺失" not in article.flags
    assert not Article.objects.exclude(continues_from="").exists()
    return article


def pages(tmp_path):
    page5, page6 = split_pages()
    return write(tmp_path / "p5.txt", page5), write(tmp_path / "p6.txt", page6)


def test_an_article_jumping_to_a_later_page_becomes_one_article(tmp_path):
    p5, p6 = pages(tmp_path)
    out, err, ok = run(str(p5), str(p6))
    assert ok, err
    check_joined()
    assert "跨版接续 1" in out


def test_pages_arriving_out_of_order_in_separate_runs_are_joined(tmp_path):
    p5, p6 = pages(tmp_path)
    run(str(p6))
    assert Article.objects.get(continues_from="5").flags == ["前文缺失"]
    run(str(p5))
    check_joined()


def test_a_jump_whose_other_half_never_arrives_is_flagged(tmp_path):
    p5, _p6 = pages(tmp_path)
    run(str(p5))
    article = Article.objects.get(headline=original_first_article().headline)
    assert article.jumps_to == "6" and "续文缺失" in article.flags


def test_a_continuation_alone_keeps_its_text_under_a_placeholder_headline(tmp_path):
    _p5, p6 = pages(tmp_path)
    run(str(p6))
    continuation = Article.objects.get(continues_from="5")
    assert continuation.headline == "（上接第5版）"
    assert continuation.body.startswith(fixture_text("000").split("\n")[14][30:])


def test_reparse_joins_again_without_doubling_the_text(tmp_path):
    p5, p6 = pages(tmp_path)
    run(str(p5), str(p6))
    out, err, ok = run("--reparse")
    assert ok, err
    check_joined()
    assert ArticlePart.objects.count() == 1


def test_exports_name_the_newspaper_date_and_every_page(tmp_path):
    p5, p6 = pages(tmp_path)
    run(str(p5), str(p6))
    out = io.StringIO()
    call_command("export_articles", stdout=out)
    record = next(r for r in map(json.loads, out.getvalue().splitlines()) if r["sources"][1:])
    assert (record["newspaper"], record["issue_date"], record["page_label"]) == (PAPER, "2020-10-19", "第5版")
    assert [(s["file"], s["page_code"]) for s in record["sources"]] == [("p5.txt", "5"), ("p6.txt", "6")]
    out = io.StringIO()
    call_command("export_pages", stdout=out)
    page = json.loads(out.getvalue().splitlines()[0])
    assert (page["newspaper"], page["date"], page["page_code"]) == (PAPER, "2020-10-19", "5")


def test_known_aliases_match_a_masthead_to_its_newspaper(tmp_path):
    Newspaper.objects.create(name="中国高新技术产业导报", aliases="中國高新技術產業導報")
    text = "\n".join(["中國高新技術產業導報", "2020年10月19日", "第5版", "", fixture_text("001")])
    run(str(write(tmp_path / "page.txt", text)))
    assert SourcePage.objects.get().newspaper.name == "中国高新技术产业导报"
    assert Newspaper.objects.count() == 1
