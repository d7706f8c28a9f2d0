import gc
import hashlib
import io
import json
from collections import deque
from concurrent.futures import Future
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from archive.models import Article, ArticlePark, Byline, Park, Reporter, SourcePage
from archive.pipeline import runner, store

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def gazetteer():
    call_command("load_parks", verbosity=0)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_pages", *args, stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue() + str(exc), False
    return out.getvalue(), err.getvalue(), True


def snapshot():
    return {
        "pages": list(SourcePage.objects.values_list("sha256", "unplaced").order_by("pk")),
        "articles": list(Article.objects.values_list("pk", "headline", "body", "updated").order_by("pk")),
        "bylines": Byline.objects.count(),
        "tags": ArticlePark.objects.count(),
        "reporters": Reporter.objects.count(),
        "parks": Park.objects.count(),
    }


def test_it_imports_the_five_fixture_pages_with_the_raw_text_unchanged():
    out, err, ok = run(str(PAGES))
    assert ok, err
    assert SourcePage.objects.count() == 5
    assert Article.objects.count() >= 25
    for page in SourcePage.objects.all():
        raw = (PAGES / page.file_name).read_bytes()
        assert page.sha256 == hashlib.sha256(raw).hexdigest()
        assert page.raw_text == raw.decode("utf-8")
        assert page.encoding == "utf-8"
    assert "版面：导入 5" in out


def test_it_changes_nothing_when_the_same_files_are_imported_again():
    run(str(PAGES))
    before = snapshot()
    out, err, ok = run(str(PAGES))
    assert ok, err
    assert snapshot() == before
    assert "已存在 5" in out


def test_it_imports_as_imported_unless_asked_to_publish():
    run(str(PAGES / "000_b91e9d17d41253cb.txt"))
    assert set(Article.objects.values_list("status", flat=True)) == {"imported"}
    run("--publish", str(PAGES / "001_1180e4d859a6c566.txt"))
    assert Article.objects.filter(source_page__file_name__startswith="001", status="published").exists()


def test_it_gives_every_article_the_date_passed_with_date():
    run(
        "--date",
        "2020-10-23",
        "--newspaper",
        "中国高新技术产业导报",
        "--page",
        "第5版",
        str(PAGES / "000_b91e9d17d41253cb.txt"),
    )
    page = SourcePage.objects.get()
    assert (page.newspaper.name, page.issue_date, page.page_label) == (
        "中国高新技术产业导报",
        date(2020, 10, 23),
        "第5版",
    )
    assert set(Article.objects.values_list("published_on", "date_estimated", "date_precision")) == {
        (date(2020, 10, 23), False, "day")
    }


def test_it_marks_a_date_estimated_from_the_text_as_estimated():
    run(str(PAGES / "004_648be6d254a68340.txt"))
    dated = Article.objects.exclude(published_on=None)
    assert dated.exists()
    assert all(a.date_estimated and a.published_on.year == 2019 for a in dated)
    assert all("推测" in a.date_display for a in dated)


def test_it_rejects_a_malformed_date_option():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("import_pages", "--date", "2020/10/23", str(PAGES))


def test_it_imports_good_files_and_names_each_bad_one(tmp_path, settings):
    settings.ARCHIVE_MAX_PAGE_BYTES = 100_000
    (tmp_path / "good.txt").write_bytes((PAGES / "001_1180e4d859a6c566.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    with open(tmp_path / "huge.txt", "wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    out, err, ok = run(str(tmp_path))
    assert not ok
    assert "empty.txt" in err and "文件为空" in err
    assert "picture.txt" in err and "二进制" in err
    assert "huge.txt" in err and "文件过大" in err
    assert SourcePage.objects.get().file_name == "good.txt"


def test_it_exits_non_zero_when_any_file_failed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError) as info:
        call_command("import_pages", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    assert info.value.returncode == 1


def test_it_reads_a_gbk_page_and_records_the_encoding(tmp_path):
    text = (PAGES / "003_b79c7f147d3f1aae.txt").read_text(encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(text.encode("gb18030"))
    run(str(tmp_path))
    page = SourcePage.objects.get()
    assert page.encoding in {"gbk", "gb18030"}
    assert page.raw_text == text
    assert Article.objects.filter(headline__contains="诸暨").exists()


def test_it_cuts_a_crlf_page_exactly_like_the_lf_page(tmp_path):
    raw = (PAGES / "001_1180e4d859a6c566.txt").read_bytes()
    (tmp_path / "crlf.txt").write_bytes(raw.replace(b"\n", b"\r\n"))
    run(str(PAGES / "001_1180e4d859a6c566.txt"))
    lf = list(Article.objects.values_list("headline", "byline", "body").order_by("order_on_page"))
    Article.objects.all().delete()
    run(str(tmp_path / "crlf.txt"))
    crlf = list(
        Article.objects.filter(source_page__file_name="crlf.txt")
        .values_list("headline", "byline", "body")
        .order_by("order_on_page")
    )
    assert crlf == lf


def test_dry_run_writes_nothing():
    out, err, ok = run("--dry-run", str(PAGES))
    assert ok, err
    assert SourcePage.objects.count() == 0 and Article.objects.count() == 0
    assert "试运行 5" in out


def test_it_leaves_no_half_imported_page_when_storing_fails(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    # After the page and its articles are inserted: the bylines' and park tags' rows.
    monkeypatch.setattr(store, "insert_rows", boom)
    with pytest.raises(RuntimeError):
        run(str(PAGES / "002_b69735abe0be3e0d.txt"))
    assert SourcePage.objects.count() == 0
    assert Article.objects.count() == 0


def test_reparse_updates_untouched_articles_and_keeps_editor_work():
    run(str(PAGES / "001_1180e4d859a6c566.txt"))
    touched, untouched = Article.objects.order_by("order_on_page")[:2]
    touched.body = "编辑改写的正文"
    touched.editor_touched = True
    touched.save()
    Article.objects.filter(pk=untouched.pk).update(body="旧解析结果")
    out, err, ok = run("--reparse")
    assert ok, err
    touched.refresh_from_db()
    untouched.refresh_from_db()
    assert touched.body == "编辑改写的正文"
    assert untouched.body != "旧解析结果" and untouched.body
    assert "编辑已修改而保留 1" in out


def test_it_does_nothing_with_if_empty_when_pages_exist():
    run(str(PAGES / "000_b91e9d17d41253cb.txt"))
    out, err, ok = run("--if-empty", "--publish", str(PAGES))
    assert ok
    assert SourcePage.objects.count() == 1


def test_export_articles_writes_one_json_record_per_article():
    run("--publish", str(PAGES))
    out = io.StringIO()
    call_command("export_articles", "--format", "jsonl", "--status", "published", stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == Article.objects.count()
    record = next(r for r in records if "北京经开区" in r["title"])
    assert record["byline"] == "本报讯(记者 刘琴)"
    assert {"name": "刘琴", "role": "staff"} in record["reporters"]
    assert record["parks"][0]["primary"] is True
    assert record["url"] == f"/articles/{record['id']}/"
    assert record["source"]["file"] == "001_1180e4d859a6c566.txt"
    assert set(record) >= {
        "id", "url", "title", "kicker", "subtitle", "column", "byline", "reporters", "parks",
        "paragraphs", "captions", "source", "status", "published_on", "flags",
    }  # fmt: skip


def test_export_articles_writes_csv():
    run(str(PAGES / "000_b91e9d17d41253cb.txt"))
    out = io.StringIO()
    call_command("export_articles", "--format", "csv", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("id,url,title")
    assert len(lines) > 3


def test_export_pages_lists_articles_in_page_order():
    run(str(PAGES))
    out = io.StringIO()
    call_command("export_pages", stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 5
    for record in records:
        page = SourcePage.objects.get(sha256=record["sha256"])
        assert record["articles"] == list(page.articles.order_by("order_on_page").values_list("pk", flat=True))
        assert record["encoding"] == "utf-8"
        assert isinstance(record["unplaced"], list)


@pytest.mark.django_db(transaction=True)  # the importer closes its connection before it forks
def test_parallel_parsing_stores_exactly_what_a_single_process_stores(tmp_path):
    import sys

    sys.path.insert(0, str(PAGES.parents[1] / "bench"))
    from corpus import iter_pages

    for name, text in iter_pages(45, seed=5):
        (tmp_path / name).write_text(text, encoding="utf-8")

    def cut():
        return list(
            Article.objects.order_by("source_page__file_name", "order_on_page").values_list(
                "source_page__file_name", "headline", "byline", "body", "captions"
            )
        )

    out, err, ok = run("--jobs", "2", str(tmp_path))
    assert ok, err
    parallel = cut()
    Article.objects.all().delete()
    SourcePage.objects.all().delete()
    out, err, ok = run("--jobs", "1", str(tmp_path))
    assert ok, err
    assert cut() == parallel
    assert len(parallel) > 150


def test_it_records_the_raw_lines_each_article_was_cut_from():
    from archive.admin.display import marked_lines

    run(str(PAGES / "003_b79c7f147d3f1aae.txt"))
    page = SourcePage.objects.get()
    lines = page.raw_text.splitlines()
    for article in page.articles.all():
        assert article.source_lines
        assert article.headline.split()[0] in "".join(lines[i] for i in article.source_lines)
        assert marked_lines(page.raw_text, article) == set(article.source_lines)
    zhuji = page.articles.get(headline__contains="诸暨")
    zhuji.editor_touched = True
    assert marked_lines(page.raw_text, zhuji)  # falls back to matching the edited text


def test_it_imports_a_file_given_twice_in_one_run_once(tmp_path):
    data = (PAGES / "002_b69735abe0be3e0d.txt").read_bytes()
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "b.txt").write_bytes(data)
    out, err, ok = run(str(tmp_path))
    assert ok, err
    assert SourcePage.objects.get().file_name == "a.txt"
    assert "导入 1，已存在 1" in out


def test_explain_prints_each_lines_decision_and_writes_nothing():
    out, err, ok = run("--explain", str(PAGES / "001_1180e4d859a6c566.txt"))
    assert ok, err
    assert SourcePage.objects.count() == 0 and Article.objects.count() == 0
    assert "佛山高新区：“干”字当头谱新篇" in out
    row = next(line for line in out.splitlines() if "本报特约通讯员 梁铁" in line)
    assert "署名" in row and "#1" in row and "梁铁" in row.split("←")[1]


def _pragmas():
    with connection.cursor() as cursor:
        values = []
        for name in runner.BULK_PRAGMAS:
            cursor.execute(f"PRAGMA {name}")
            values.append(cursor.fetchone()[0])
    return values


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's page cache and checkpoints")
def test_it_stores_with_the_bulk_load_pragmas_and_gives_the_connection_its_own_back(monkeypatch):
    seen, store_batch = [], runner.store_batch

    def noting(*args, **kwargs):
        seen.append(_pragmas())
        return store_batch(*args, **kwargs)

    monkeypatch.setattr(runner, "store_batch", noting)
    before = _pragmas()
    out, err, ok = run(str(PAGES))
    assert ok, err
    assert seen and all(values == list(runner.BULK_PRAGMAS.values()) for values in seen)
    assert _pragmas() == before != list(runner.BULK_PRAGMAS.values())


def test_it_stores_with_the_bulk_load_collector_and_gives_the_process_its_own_back(monkeypatch):
    seen, store_batch = [], runner.store_batch

    def noting(*args, **kwargs):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return store_batch(*args, **kwargs)

    monkeypatch.setattr(runner, "store_batch", noting)
    before = (gc.get_threshold(), gc.get_freeze_count())
    out, err, ok = run(str(PAGES))
    assert ok, err
    assert seen and all(values == (runner.YOUNG_COLLECTION_THRESHOLD, True) for values in seen)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_the_storer_prepares_the_last_chunk_no_parser_process_has_started(monkeypatch):
    monkeypatch.setattr(runner, "_prepare_chunk_in_worker", lambda chunk: [name.upper() for name in chunk])
    running, waiting, last = Future(), Future(), Future()
    running.set_running_or_notify_cancel()
    window = deque([(["a"], running), (["b"], waiting), (["c"], last)])
    assert runner._take_back(window)
    assert window[2][1].result() == ["C"] and last.cancelled()
    assert runner._take_back(window)
    assert window[1][1].result() == ["B"] and window[0][1] is running
    assert not runner._take_back(window)
