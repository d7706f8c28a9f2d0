"""A caption with its photographer credited after a slash (``张海川／摄``, a securities paper's
habit), printed after a story's last paragraph on a page that sets no blank lines: the caption
(its credit kept in it), not the first line of the next story's headline; the photographer is
credited."""

from archive.pipeline.parse import parse_page

PAGE = """\
株洲高新区功率半导体企业
扩产项目提前投产
本报记者　韩立秋
在株洲高新区，湖南芯衡半导体股份有限公司年产
36万片车规级晶圆项目近日提前投产。公司负责人
表示，新产线达产后年产值预计超过20亿元。
该区已集聚功率半导体上下游企业80余家，2025年
产业产值达到316亿元。
芯衡半导体新产线的洁净车间一角　韩立秋／摄
岳阳经开区获批建设省级检测认证中心
本报讯　近日，岳阳经开区获批建设省级电子信息产
品检测认证中心，可为企业提供可靠性试验、电磁兼
容测试等服务。
"""


def test_it_reads_a_caption_credited_after_a_slash(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    story, brief = page.articles
    assert [c.replace("\u3000", " ") for c in story.captions] == ["芯衡半导体新产线的洁净车间一角 韩立秋／摄"]
    assert story.paragraphs[-1].endswith("产业产值达到316亿元。")
    assert "韩立秋" in [c.name for c in story.credits]
    assert brief.headline == "岳阳经开区获批建设省级检测认证中心"
