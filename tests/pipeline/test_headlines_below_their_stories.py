"""A narrow page that prints each headline BELOW its story (a local evening paper's district
page): the page opens with a story's text (its dateline first) and ends with a headline, and
every headline names the park of the story right above it. Each headline goes with the story
above it, not with the one below; a page where a headline names the story below is read as
usual."""

import pytest

from archive.pipeline.parse import parse_page

from .layouts import wrap

STORIES = [
    (
        "株洲高新区中小企业融资超百亿元",
        [
            "本报讯（记者　邓小林）记者从株洲高新区获悉，今年前5个月，该区通过“园区贷”等产品为中小企业融资101亿元，同比增长两成。",
            "株洲高新区还设立了10亿元应急转贷资金，帮助企业续贷不断档。",
        ],
    ),
    (
        "湘潭经开区新能源汽车零部件项目开工",
        [
            "本报讯（记者　罗雅琴）6月4日，湘潭经开区一批新能源汽车零部件项目集中开工，总投资38亿元。",
            "项目建成后，湘潭经开区汽车零部件本地配套率将提高到六成以上。",
        ],
    ),
    (
        "岳阳经开区跨境电商产业园开园",
        [
            "本报讯（记者　何思远）6月5日，岳阳经开区跨境电商产业园开园，首批32家企业入驻。",
            "岳阳经开区将为入园企业提供通关、物流和海外仓一站式服务。",
        ],
    ),
]


def _page(heads_below: bool, blank: bool) -> str:
    lines = ["2025年5月13日　星期二", "A05　区县新闻"]
    for head, paras in STORIES:
        body = [ln for p in paras for ln in wrap(p, 18)]
        lines += body + [head] if heads_below else [head] + body
    return ("\n\n" if blank else "\n").join(lines) + "\n"


@pytest.mark.parametrize("blank", [True, False])
def test_each_headline_printed_below_its_story_goes_with_that_story(gazetteer, blank):
    arts = parse_page(_page(heads_below=True, blank=blank), gazetteer=gazetteer).articles
    assert [a.headline for a in arts] == [head for head, _ in STORIES]
    for a, (_, paras) in zip(arts, STORIES, strict=True):
        assert len(a.paragraphs) == 2
        assert a.paragraphs[-1] == paras[-1]


@pytest.mark.parametrize("blank", [True, False])
def test_headlines_over_their_stories_are_read_as_usual(gazetteer, blank):
    arts = parse_page(_page(heads_below=False, blank=blank), gazetteer=gazetteer).articles
    assert [a.headline for a in arts] == [head for head, _ in STORIES]
