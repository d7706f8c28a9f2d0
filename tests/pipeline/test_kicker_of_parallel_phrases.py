"""A kicker of two parallel phrases about a full-width gap, set tight over a headline that
names no park (``“链”上发力　“群”聚成势`` / …): the kicker, not the headline's first words."""

from archive.pipeline.parse import parse_page

PAGE = """“点”上突破　“面”上开花
车谷汽车零部件企业今年新增高新技术企业三十家
本报记者　赵　远　通讯员　钱　程
　　记者从园区获悉，今年以来，该区汽车零部件企业新增高新技术企业三十家，总数达到一百二十家。
　　园区有关负责人介绍，园区通过“链主企业+配套企业”的协同模式，推动大企业向中小企业开放应用场景。
"""


def test_two_parallel_phrases_over_the_headline_are_its_kicker(gazetteer):
    (art,) = parse_page(PAGE, gazetteer=gazetteer).articles
    assert art.kicker.replace("\u3000", " ") == "“点”上突破 “面”上开花"
    assert art.headline == "车谷汽车零部件企业今年新增高新技术企业三十家"
