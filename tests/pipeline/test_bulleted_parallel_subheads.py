"""A subhead set with a bullet may list parallel phrases parted by enumeration commas
(``■ 强链、补链、延链``, ``■ 建平台、育主体、优服务``): the bullet and the phrases
with no clause's punctuation make it a heading, not the first line of the paragraph under
it (which was glued to it, bullet and all). A sentence listing things has its clause's
punctuation too (``■ 日前，园区…``) and stays text."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = """襄阳高新区新能源汽车产业链加速成势

本报记者　冯　涛

　　今年以来，襄阳高新区新能源汽车产业链新增配套企业21家，本地配套率提高到62%。
　　■ 建平台、育主体、优服务
　　“过去零部件要从外地采购，现在园区就能配齐。”一家整车企业负责人说，园区为企业搭建了供需对接平台。
　　■ 链上企业协同攻关
　　园区组织整车企业和零部件企业联合攻关电驱系统，首批成果已装车测试。
"""


def test_a_bulleted_subhead_of_parallel_phrases_is_a_subhead(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    (art,) = page.articles
    assert [(b.kind, b.text[:10]) for b in art.blocks] == [
        ("p", "今年以来，襄阳高新区"),
        ("subhead", "建平台、育主体、优服"),
        ("p", "“过去零部件要从外地"),
        ("subhead", "链上企业协同攻关"),
        ("p", "园区组织整车企业和零"),
    ]
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed
