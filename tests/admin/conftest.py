"""A small named world for the admin tests: one page, three articles, parks, reporters."""

import datetime

import pytest
from django.contrib.auth.models import Group, User

from archive.models import Article, ArticlePark, Byline, Newspaper, Park, Reporter, SourcePage
from archive.signals import EDITOR_GROUP

RAW_PAGE = """### 东湖高新区打造光谷科创大走廊

▶ 本报记者 于大勇

东湖高新区今年新增科技企业
3000家，同比增长两成。

#### 创新驱动

武汉东湖高新区持续推进改革，
企业活力不断增强。

图片来源:东湖高新区管委会

# 包头稀土高新区新材料产业集聚

本报讯(记者 刘琴)包头稀土高新区稀土新材料产业链不断延伸。

今年前三季度产值增长三成。

# 新市高新区举办创业大赛

创业大赛吸引了两百个项目参赛。

残缺的一行文字
"""


@pytest.fixture
def parks(db):
    return {
        "donghu": Park.objects.create(
            name="武汉东湖新技术开发区", short_name="武汉东湖高新区", aliases="东湖高新区\n中国光谷", province="湖北省"
        ),
        "baotou": Park.objects.create(
            name="包头稀土高新技术产业开发区", short_name="包头稀土高新区", province="内蒙古自治区"
        ),
        "xinshi": Park.objects.create(name="新市高新区", short_name="新市高新区", kind=Park.Kind.OTHER, verified=False),
    }


@pytest.fixture
def reporters(db):
    return {name: Reporter.objects.create(name=name) for name in ("于大勇", "刘琴", "王蓓")}


@pytest.fixture
def page(db):
    return SourcePage.objects.create(
        file_name="000_test.txt",
        sha256="0" * 64,
        raw_text=RAW_PAGE,
        newspaper=Newspaper.objects.for_name("中国高新技术产业导报"),
        issue_date=datetime.date(2020, 10, 19),
        page_label="第4版",
        unplaced=["残缺的一行文字"],
        warnings=["页面末尾有无法归位的文字"],
    )


@pytest.fixture
def articles(page, parks, reporters):
    donghu = Article.objects.create(
        source_page=page,
        order_on_page=1,
        headline="东湖高新区打造光谷科创大走廊",
        byline="本报记者 于大勇",
        body="东湖高新区今年新增科技企业3000家，同比增长两成。\n\n## 创新驱动\n\n武汉东湖高新区持续推进改革，企业活力不断增强。",
        captions="图片来源:东湖高新区管委会",
        published_on=datetime.date(2020, 10, 19),
        flags=["repeated_text"],
    )
    Byline.objects.create(article=donghu, reporter=reporters["于大勇"], role=Byline.Role.STAFF, order=0)
    ArticlePark.objects.create(article=donghu, park=parks["donghu"], is_primary=True, mentions=2)

    baotou = Article.objects.create(
        source_page=page,
        order_on_page=2,
        headline="包头稀土高新区新材料产业集聚",
        byline="本报讯(记者 刘琴)",
        body="包头稀土高新区稀土新材料产业链不断延伸。\n\n今年前三季度产值增长三成。",
        status=Article.Status.REVIEW,
        published_on=datetime.date(2020, 1, 1),
        date_precision=Article.DatePrecision.YEAR,
        date_estimated=True,
        date_evidence="今年前三季度",
    )
    Byline.objects.create(article=baotou, reporter=reporters["刘琴"], role=Byline.Role.STAFF, order=0)
    ArticlePark.objects.create(article=baotou, park=parks["baotou"], is_primary=True, mentions=1)

    xinshi = Article.objects.create(
        source_page=page,
        order_on_page=3,
        headline="新市高新区举办创业大赛",
        body="创业大赛吸引了两百个项目参赛。",
    )
    ArticlePark.objects.create(article=xinshi, park=parks["xinshi"], is_primary=True, mentions=1)
    return {"donghu": donghu, "baotou": baotou, "xinshi": xinshi}


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", password="pw-editor-123", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
