"""A markdown list after a paragraph announcing it with a colon (``…三项举措：`` / ``- **育人才。**…``):
each ``- `` item is a paragraph of its own, the list's mark and bold taken off; the first item
is not glued to the paragraph announcing it."""

from archive.pipeline.parse import parse_page

PAGE = """\
# 宁波高新区新材料产业链加速延伸

▶ 本报记者 林可欣

今年以来，宁波高新区新材料产业保持较快增长，一季度实现产值86亿元。

园区相关负责人介绍，为推动产业链延伸，园区推出三项举措：

- **建平台。**建成新材料中试基地和检测公共服务平台，服务企业300余家次。

- **强招引。**围绕高性能纤维、电子化学品等方向引进项目15个。

- **优服务。**为重点企业配备专员，协调解决用地、用能等问题46个。

下一步，园区将加快建设新材料产业创新中心。
"""


def test_each_markdown_list_item_is_a_paragraph(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (story,) = page.articles
    assert story.paragraphs[1].endswith("园区推出三项举措：")
    assert story.paragraphs[2:5] == [
        "建平台。建成新材料中试基地和检测公共服务平台，服务企业300余家次。",
        "强招引。围绕高性能纤维、电子化学品等方向引进项目15个。",
        "优服务。为重点企业配备专员，协调解决用地、用能等问题46个。",
    ]
    assert len(story.paragraphs) == 6
