"""On an indented page in a narrow column, a picture may cut a paragraph under a line the
column left short (the sentence broken where the picture begins): that short line is the
paragraph's, not the caption's first line, and the paragraph goes on after the caption."""

from archive.pipeline.parse import parse_page

PAGE = """园区“揭榜挂帅”解决企业技术难题
◎本报记者　林晓东
　　今年以来，园区持续深化“揭榜挂帅”机制，面向全
国发布企业技术需求榜单三十项，吸引高校院所和科技
企业踊跃揭榜，揭榜金额累计超过一亿元。
　　为保障榜单项目顺利实施，园区建立了“专班跟踪、
节点管理、第三方评估”的全过程服务机制，对按期完
成攻关任务的项目，按照实际到位资金的两成给予揭榜
方奖励，单个项目
园区一家企业的研发人员正在调试设备。　本报记者　林晓东　摄
最高可达两百万元。
　　下一步，园区还将扩大榜单发布范围，让更多企业的
技术难题找到“解题人”。
"""


def test_the_short_line_a_picture_cut_stays_in_the_paragraph(gazetteer):
    (art,) = parse_page(PAGE, gazetteer=gazetteer).articles
    assert [c.replace("\u3000", " ") for c in art.captions] == [
        "园区一家企业的研发人员正在调试设备。 本报记者 林晓东 摄"
    ]
    assert art.paragraphs[1].endswith("按照实际到位资金的两成给予揭榜方奖励，单个项目最高可达两百万元。")
