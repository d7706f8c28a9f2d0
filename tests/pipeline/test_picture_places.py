"""Every caption that names where its picture stands opens a caption: one place (上图, 左图,
中图), two (下左图, 上右图, 右上图: a photo story's pictures set in a grid) or a number (图一).
Before, ``下左图：…`` between two captions became a paragraph of the story."""

import pytest

from archive.pipeline.bylines import is_caption
from archive.pipeline.parse import parse_page

PAGE = """

延安高新区：苹果产业“链”上生金

◎本报记者　白晓燕

走进延安高新区果业加工园，分拣、清洗、榨汁车间里一派繁忙，一箱箱苹果汁经过检验后发往全国各地。今年上半年，园区果业加工产值达到42亿元。

{first}：工人在分拣线上挑选苹果。

{second}：园区苹果汁灌装车间。

{third}：果业加工园全景。

本报记者　白晓燕　摄
延安高新区围绕果汁、果脯、果酒三大产品延伸产业链，目前已集聚果业加工企业60余家。
"""


@pytest.mark.parametrize(
    "places",
    [("上图", "下左图", "下右图"), ("左图", "中图", "右图"), ("右上图", "右下图", "左图"), ("图一", "图二", "图三")],
)
def test_each_place_of_a_picture_opens_a_caption(gazetteer, places):
    (story,) = parse_page(PAGE.format(first=places[0], second=places[1], third=places[2]), gazetteer=gazetteer).articles
    assert [c.split("：")[0] for c in story.captions] == list(places)
    assert [b.text[:5] for b in story.blocks] == ["走进延安高", "延安高新区"]
    assert [c.name for c in story.credits] == ["白晓燕"]


@pytest.mark.parametrize("text", ["下左图：园区苹果汁灌装车间。", "上右图 果业加工园全景。", "图三：工人分拣苹果。"])
def test_a_line_opening_with_a_pictures_place_is_a_caption(text):
    assert is_caption(text)


def test_a_sentence_on_a_figure_is_no_caption():
    assert not is_caption("图书馆新馆今年投入使用，藏书达到120万册。")
