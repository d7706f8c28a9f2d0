"""The published-article counts the triggers keep (``archive.counting``) equal a fresh count
after every kind of change: import, publish and unpublish (one by one and in bulk), park
tags and bylines added, moved, merged and deleted, re-parse, article deletes, a park moved
to another province or kind, an article's date moved, set or cleared, and a migrated
archive's first count - and that the counts' generation (``counting.generation``, what
``stats.counts_version`` reads) moved whenever a count did."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from archive import counting, curation
from archive.models import Article, ArticlePark, Byline, Park, PublishedCount, Reporter, SourcePage
from archive.pipeline.reparse import reparse_page

pytestmark = pytest.mark.django_db


# The counts and the generation at the last check (``assert_counts_are_fresh``).
_seen = {}


@pytest.fixture(autouse=True)
def _forget_seen():
    _seen.clear()


def assert_counts_are_fresh():
    """The kept counts equal a fresh count, and the generation moved if any count did since
    the last check."""
    stored, fresh = counting.stored_counts(), counting.fresh_counts()
    assert stored == fresh
    generation = counting.generation()
    assert generation is not None
    if _seen and stored != _seen["counts"]:
        assert generation != _seen["generation"], "a count moved and the generation did not"
    _seen.update(counts=stored, generation=generation)
    return stored


def test_it_counts_an_import(archive):
    counts = assert_counts_are_fresh()
    assert counts[("articles", "", "")] == archive.count() > 20
    assert any(scope == "province" and kind for scope, kind, _name in counts)
    assert any(scope == "reporter" for scope, _kind, _name in counts)
    assert any(scope == "year" and len(year) == 4 for scope, year, _name in counts)


def test_it_follows_publishing_and_unpublishing_one_by_one_and_in_bulk(archive):
    some = list(archive.filter(park_tags__isnull=False).distinct()[:6])
    curation.set_status(some[:3], Article.Status.REJECTED)
    assert_counts_are_fresh()
    Article.objects.filter(pk__in=[a.pk for a in some[3:]]).update(status=Article.Status.REVIEW)
    assert_counts_are_fresh()
    Article.objects.filter(pk__in=[a.pk for a in some]).update(status=Article.Status.PUBLISHED)
    assert_counts_are_fresh()


def test_it_follows_park_tags_added_moved_and_deleted(archive):
    article = archive.filter(park_tags__isnull=False).first()
    tagged = set(article.park_tags.values_list("park_id", flat=True))
    province = Park.objects.get(pk=next(iter(tagged))).province
    same_province = Park.objects.filter(province=province).exclude(pk__in=tagged)[:2]
    curation.add_park([article], same_province[0])
    assert_counts_are_fresh()
    tag = article.park_tags.get(park=same_province[0])
    tag.park = same_province[1]
    tag.save()
    assert_counts_are_fresh()
    article.park_tags.all().delete()
    assert_counts_are_fresh()


def test_it_counts_many_tags_of_one_province_written_by_one_statement(archive):
    article = archive.first()
    article.park_tags.all().delete()
    province = Park.objects.values_list("province", flat=True).first()
    parks = Park.objects.filter(province=province)[:3]
    ArticlePark.objects.bulk_create([ArticlePark(article=article, park=p) for p in parks])
    counts = assert_counts_are_fresh()
    assert counts[("province", "", province)] >= 1
    ArticlePark.objects.filter(article=article).delete()
    assert_counts_are_fresh()


def test_it_follows_bylines_added_merged_and_deleted(archive):
    article = archive.filter(bylines__isnull=False).first()
    byline = article.bylines.first()
    Byline.objects.create(article=article, reporter=byline.reporter, role=Byline.Role.PHOTOGRAPHER, order=9)
    assert_counts_are_fresh()
    newcomer = Reporter.objects.create(name="测试记者")
    Byline.objects.create(article=article, reporter=newcomer, order=10)
    assert_counts_are_fresh()
    curation.merge_reporters([newcomer], byline.reporter)
    assert_counts_are_fresh()
    article.bylines.all().delete()
    assert_counts_are_fresh()


def test_it_follows_a_park_merge(archive):
    source, target = Park.objects.filter(pk__in=ArticlePark.objects.values("park_id")).order_by("pk")[:2]
    curation.merge_park(source, target)
    assert_counts_are_fresh()


def test_it_follows_a_park_moved_to_another_province_and_kind(archive):
    park = Park.objects.filter(pk__in=ArticlePark.objects.values("park_id")).first()
    park.province = "测试省"
    park.save()
    counts = assert_counts_are_fresh()
    assert ("province", "", "测试省") in counts
    park.kind = Park.Kind.OTHER
    park.save()
    assert_counts_are_fresh()


def test_it_follows_an_article_date_moved_set_and_cleared_one_by_one_and_in_bulk(archive):
    article = archive.filter(park_tags__isnull=False, published_on__isnull=False).first()
    years = {year for scope, year, _name in assert_counts_are_fresh() if scope == "year"}
    article.published_on = article.published_on.replace(year=1999)
    article.save()
    counts = assert_counts_are_fresh()
    assert {year for scope, year, _name in counts if scope == "year"} == years | {"1999"}
    article.published_on = None
    article.save()
    assert_counts_are_fresh()
    some = list(archive.filter(park_tags__park__province__gt="").values_list("pk", flat=True).distinct()[:5])
    Article.objects.filter(pk__in=some).update(published_on=datetime.date(2003, 5, 1))
    assert_counts_are_fresh()
    Article.objects.filter(pk__in=some).update(published_on=None, status=Article.Status.REVIEW)
    assert_counts_are_fresh()
    Article.objects.filter(pk__in=some).update(published_on=datetime.date(2005, 1, 1), status=Article.Status.PUBLISHED)
    province = Park.objects.filter(article_tags__article__in=some).exclude(province="").first().province
    assert ("year", "2005", province) in assert_counts_are_fresh()


def test_it_follows_a_reparse(archive):
    Article.objects.filter(pk__in=archive.values("pk")[:5]).update(status=Article.Status.IMPORTED)
    for page in SourcePage.objects.all():
        reparse_page(page)
    assert_counts_are_fresh()


def test_it_follows_article_deletes_one_by_one_and_in_bulk(archive):
    archive.first().delete()
    assert_counts_are_fresh()
    Article.objects.filter(pk__in=list(archive.values_list("pk", flat=True)[:4])).delete()
    assert_counts_are_fresh()
    curation.merge_articles(list(archive.filter(source_page=SourcePage.objects.first()).order_by("order_on_page")[:2]))
    assert_counts_are_fresh()


def test_a_recount_repairs_counts_that_drifted(archive):
    PublishedCount.objects.filter(scope="park").update(n=1)
    assert counting.stored_counts() != counting.fresh_counts()
    with pytest.raises(CommandError, match="不一致"):
        call_command("recount_articles", "--check", stdout=io.StringIO())
    call_command("recount_articles", stdout=io.StringIO())
    assert_counts_are_fresh()


def test_the_generation_follows_a_park_as_the_maps_show_it_and_not_a_draft_edited(archive):
    before = counting.generation()
    draft = Article.objects.create(headline="草稿", body="正文", status=Article.Status.REVIEW)
    draft.body = "改过的正文"
    draft.save()
    ArticlePark.objects.create(article=draft, park=Park.objects.first())
    assert counting.generation() == before
    park = Park.objects.first()
    park.longitude = 100.5
    park.save()
    moved = counting.generation()
    assert moved != before
    Park.objects.create(name="新高新技术产业开发区", short_name="新高新区", slug="xin")
    assert counting.generation() != moved


def test_a_recount_starts_a_new_generation(archive):
    before = counting.generation()
    call_command("recount_articles", stdout=io.StringIO())
    after = counting.generation()
    assert after != before and after.split(".")[0] != before.split(".")[0]
    PublishedCount.objects.filter(scope=PublishedCount.Scope.GENERATION).delete()
    call_command("recount_articles", stdout=io.StringIO())
    assert counting.generation() is not None


@pytest.mark.django_db(transaction=True)
def test_writers_tagging_parks_in_opposite_orders_do_not_deadlock():
    """Two transactions tag two parks of one province in opposite orders, interleaved: on
    PostgreSQL the count rows would make a lock cycle without the triggers' advisory lock
    (``COUNT_LOCK_KEY``). Both commit. (SQLite has one writer at a time, and its in-memory
    test database refuses a second rather than making it wait.)"""
    import threading

    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers: PostgreSQL only (SQLite has one writer)")

    from tests.web.conftest import make_park

    # A transactional test starts from a flushed database: the generation row that migration
    # 0013 writes (and a recount or a restore writes again) is gone; put it back as they do.
    counting.new_generation()
    first_park = make_park("甲高新技术产业开发区", "甲高新区", province="测试省")
    second_park = make_park("乙高新技术产业开发区", "乙高新区", province="测试省")
    one = Article.objects.create(headline="甲乙", body="正文", status=Article.Status.PUBLISHED)
    two = Article.objects.create(headline="乙甲", body="正文", status=Article.Status.PUBLISHED)
    first_done = threading.Event()
    errors = []

    def writer(article, parks, wait_for=None, then=None):
        try:
            with transaction.atomic():
                if wait_for is not None:
                    wait_for.wait(10)
                ArticlePark.objects.create(article=article, park=parks[0])
                if then is not None:
                    then.set()
                    threading.Event().wait(0.5)  # the other writer reaches its first tag meanwhile
                ArticlePark.objects.create(article=article, park=parks[1])
        except Exception as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=writer, args=(one, [first_park, second_park]), kwargs={"then": first_done}),
        threading.Thread(target=writer, args=(two, [second_park, first_park]), kwargs={"wait_for": first_done}),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    counts = assert_counts_are_fresh()
    assert counts[("park", "", str(first_park.pk))] == counts[("park", "", str(second_park.pk))] == 2
    assert counts[("province", "", "测试省")] == 2
