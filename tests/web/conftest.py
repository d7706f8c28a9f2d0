"""Small named worlds for the reader-page tests, built with the ORM."""

import datetime
import hashlib
from types import SimpleNamespace

import pytest
from django.core.cache import cache

from archive.models import Article, ArticlePark, Byline, Newspaper, Park, Reporter, SourcePage

XSS = "<script>alert('x')</script>"
SHORT_XSS = "<script>1</script>"  # for fields too short for XSS (PostgreSQL enforces lengths)

Status = Article.Status


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _empty_index(request):
    """Every page test starts with an empty search index (pages then count in SQL);
    tests that want the index call ``search.indexing.process_queue()``."""
    if "db" not in request.fixturenames and "world" not in request.fixturenames:
        yield
        return
    from search import indexing

    indexing.clear()
    yield


def make_park(name, short_name="", *, kind=Park.Kind.HITECH, province="", city="", **kwargs):
    return Park.objects.create(name=name, short_name=short_name, kind=kind, province=province, city=city, **kwargs)


def make_page(
    file_name="page.txt", *, raw_text="原文", newspaper="中国高新技术产业导报", issue_date=None, page_label="第3版"
):
    return SourcePage.objects.create(
        file_name=file_name,
        sha256=hashlib.sha256(f"{file_name}\n{raw_text}".encode()).hexdigest(),
        raw_text=raw_text,
        newspaper=Newspaper.objects.for_name(newspaper) if newspaper else None,
        issue_date=issue_date,
        page_label=page_label,
    )


def make_article(headline, *, status=Status.PUBLISHED, parks=(), reporters=(), **kwargs):
    """``parks``: parks, the first is primary; ``reporters``: (reporter, role) pairs or reporters."""
    kwargs.setdefault("body", f"{headline}的第一段。\n\n## 小标题\n\n第二段。")
    article = Article.objects.create(headline=headline, status=status, **kwargs)
    for i, park in enumerate(parks):
        ArticlePark.objects.create(article=article, park=park, is_primary=(i == 0), mentions=len(parks) - i)
    for i, entry in enumerate(reporters):
        reporter, role = entry if isinstance(entry, tuple) else (entry, Byline.Role.STAFF)
        Byline.objects.create(article=article, reporter=reporter, role=role, order=i)
    return article


@pytest.fixture
def world(db):
    """Three parks with coverage, one without; a page with two published articles and a draft."""
    donghu = make_park(
        "武汉东湖新技术开发区",
        "武汉东湖高新区",
        province="湖北省",
        city="武汉市",
        aliases="东湖高新区\n中国光谷",
        approved_year=1991,
    )
    zhangjiang = make_park(
        "上海张江高新技术产业开发区", "张江高新区", province="上海市", city="上海市", approved_year=1991
    )
    suzhou = make_park("苏州工业园区", kind=Park.Kind.ETDZ, province="江苏省", city="苏州市", approved_year=1994)
    urumqi = make_park("乌鲁木齐高新技术产业开发区", "乌鲁木齐高新区", province="新疆维吾尔自治区", city="乌鲁木齐市")

    liu = Reporter.objects.create(name="刘琴")
    yu = Reporter.objects.create(name="于大勇")
    wang = Reporter.objects.create(name="王蓓")  # only on the draft

    page = make_page(
        "000_first.txt",
        raw_text="### 光谷再出发\n\n原样保存的版面文字\n",
        issue_date=datetime.date(2020, 10, 19),
    )
    first = make_article(
        "光谷再出发",
        kicker="聚焦高质量发展",
        subtitle="东湖高新区一季度新增企业过万家",
        column="园区动态",
        byline="本报记者 刘琴 通讯员 于大勇",
        body="第一段讲光谷。\n\n## 招商引资\n\n第二段讲项目。",
        captions="图为光谷科技会展中心。 刘琴 摄\n图片来源：东湖高新区",
        published_on=datetime.date(2020, 10, 19),
        source_page=page,
        order_on_page=1,
        parks=[donghu, zhangjiang],
        reporters=[(liu, Byline.Role.STAFF), (yu, Byline.Role.CORRESPONDENT)],
    )
    second = make_article(
        "张江科学城建设提速",
        published_on=datetime.date(2021, 5, 1),
        source_page=page,
        order_on_page=2,
        parks=[zhangjiang],
        reporters=[liu],
    )
    draft = make_article(
        "草稿标题不应公开",
        status=Status.REVIEW,
        published_on=datetime.date(2022, 1, 1),
        source_page=page,
        order_on_page=3,
        parks=[donghu, suzhou],
        reporters=[wang],
    )
    other_page = make_page("001_second.txt", raw_text="第二个版面", issue_date=None, page_label="")
    estimated = make_article(
        "苏州工业园区开放创新",
        byline="▶ 本报通讯员 张三",
        published_on=datetime.date(2019, 3, 1),
        date_precision=Article.DatePrecision.MONTH,
        date_estimated=True,
        date_evidence="2019年，东湖高新区全年; 3月",
        source_page=other_page,
        parks=[suzhou],
    )
    draft_only_page = make_page("002_draft_only.txt", raw_text="只有草稿的版面")
    make_article("另一篇草稿", status=Status.IMPORTED, source_page=draft_only_page, parks=[suzhou])
    return SimpleNamespace(
        donghu=donghu,
        zhangjiang=zhangjiang,
        suzhou=suzhou,
        urumqi=urumqi,
        liu=liu,
        yu=yu,
        wang=wang,
        page=page,
        other_page=other_page,
        draft_only_page=draft_only_page,
        first=first,
        second=second,
        draft=draft,
        estimated=estimated,
    )


@pytest.fixture
def hostile(db):
    """A published article with a script payload in every text field a reader sees."""
    park = make_park(
        f"恶意园区{XSS}",
        f"恶意{XSS}",
        province=f"省{SHORT_XSS}",
        city=f"市{XSS}",
        aliases=f'别名{XSS}\n"onmouseover="alert(1)',
    )
    reporter = Reporter.objects.create(name=f"记者{XSS}", slug="evil-reporter")
    page = make_page(
        f"evil{XSS}.txt",
        raw_text=f"版面{XSS}",
        newspaper=f"报纸{XSS}",
        issue_date=datetime.date(2020, 1, 2),
        page_label=f"版{XSS}",
    )
    article = make_article(
        f"标题{XSS}",
        kicker=f"引题{XSS}",
        subtitle=f"副题{XSS}",
        column=f"栏目{XSS}",
        byline=f"署名{XSS}",
        body=f'段落{XSS}\n\n## 小标题{XSS}\n\n第二段"><img src=x onerror=alert(1)>',
        captions=f"图片说明{XSS}",
        published_on=datetime.date(2020, 1, 2),
        date_estimated=True,
        date_evidence=f"依据{XSS}",
        source_page=page,
        parks=[park],
        reporters=[reporter],
    )
    bare = make_article(
        f"无署名{XSS}",
        byline=f"印刷署名{XSS}",
        published_on=datetime.date(2020, 1, 1),
        source_page=page,
        order_on_page=2,
        parks=[park],
    )
    return SimpleNamespace(park=park, reporter=reporter, page=page, article=article, bare=bare)


def assert_escaped(html):
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<img src=x" not in html
