"""A picture set into an indented paragraph on a narrow page, cutting it after a clause: the
line before the caption (``…牵引，``, short of the column, under a full line whose word it
finishes) is the paragraph's, and its sentence goes on under the photographer's credit set on
a line of its own (``韦思远摄``). The caption is the picture's line alone."""

from archive.pipeline.parse import parse_page

PAGE = """\
第5版　　园区·产业
柳州高新区汽车电子产业提速
◎本报记者　韦思远
　　3月的柳州，柳州高新区汽车电子产业园内机器轰
鸣。广西驰远电子科技有限公司的新产线上，一块块
车规级控制板正在下线。
　　记者了解到，2025年柳州高新区汽车电子产业营收
达到168亿元，同比增长21.6%；园区内规上企业42家，
配套本地整车企业的比例已经超过六成。柳州高新区管
委会有关负责人表示，该区将以整车为牵引，
驰远电子新产线上的工人在检测产品。
韦思远摄
推动芯片设计、传感器、软件等环节企业集聚发展，
力争到2027年汽车电子产业营收突破300亿元。
　　据悉，园区今年还将建设汽车电子检测公共服务平台。
"""


def test_it_keeps_the_clause_before_a_caption_in_the_paragraph(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (story,) = page.articles
    assert story.captions == ["驰远电子新产线上的工人在检测产品。"]
    assert "柳州高新区管委会有关负责人表示，该区将以整车为牵引，推动芯片设计" in story.paragraphs[1]
    assert story.paragraphs[1].endswith("力争到2027年汽车电子产业营收突破300亿元。")
    assert len(story.paragraphs) == 3
