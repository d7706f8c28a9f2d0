"""A label naming the kind of piece (``短评``, ``园区时评``, ``图片新闻``) set tight over its title,
with no blank line between: the piece's column, not joined into its headline and not its
kicker."""

import pytest

from archive.pipeline.parse import parse_page

STORY = """嘉善高新区集成电路产业投资超百亿元
本报记者　沈　洁

　　嘉善高新区今年以来新签约集成电路项目十二个，计划总投资一百一十亿元，涵盖设计、封测和材料。

"""


@pytest.mark.parametrize("label", ["短评", "园区时评", "图片新闻"])
def test_a_genre_label_set_tight_over_a_title_is_its_column(label):
    text = (
        STORY
        + f"{label}\n创新平台要让企业“用得上”\n文/钱　明\n\n　　各地高新区建了不少创新平台，但有的平台与企业需求脱节，使用率不高，值得重视。\n"
    )
    first, second = parse_page(text).articles
    assert (second.column, second.kicker, second.headline) == (label, "", "创新平台要让企业“用得上”")


def test_a_line_over_the_title_that_is_no_genre_label_is_no_column():
    text = (
        STORY
        + "创新驱动再提速\n创新平台要让企业“用得上”\n文/钱　明\n\n　　各地高新区建了不少创新平台，但有的平台与企业需求脱节，使用率不高，值得重视。\n"
    )
    first, second = parse_page(text).articles
    assert second.column == ""
    assert "创新驱动再提速" in second.kicker + second.headline
