"""A picture-news label (图片新闻, 图片报道…) over a picture's own headline: the caption under
the headline is that story's text, as it is under the label alone (``briefs.photo_story``),
and the photographer's credit on the line under it closes the story. Before, the label was
read as the headline's kicker, the text as a caption, and the story had no text at all."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = """绵阳科技城新区举办军民融合成果展

　　本报讯　（记者　李　想）6月12日，绵阳科技城新区军民融合成果展开幕，120余家企业参展。
　　展会期间，新区将发布一批科技成果转化项目。

图片报道
宜宾三江新区：新能源重卡下线
　　6月11日，宜宾三江新区一家汽车企业的首批氢燃料电池重卡下线，将交付物流企业使用。
　　本报记者　吴　敏　摄

遂宁高新区锂电产业再添新项目
　　本报讯　（记者　张　勇）6月10日，遂宁高新区与一家锂电企业签订协议，项目计划总投资20亿元。
"""


def test_the_pictures_caption_under_its_own_headline_is_the_storys_text(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [
        "绵阳科技城新区举办军民融合成果展",
        "宜宾三江新区：新能源重卡下线",
        "遂宁高新区锂电产业再添新项目",
    ]
    photo = page.articles[1]
    assert [b.text for b in photo.blocks] == [
        "6月11日，宜宾三江新区一家汽车企业的首批氢燃料电池重卡下线，将交付物流企业使用。"
    ]
    assert photo.captions == []
    assert [(c.name, c.role) for c in photo.credits] == [("吴敏", "photo")]
    assert [c.name for c in page.articles[2].credits] == ["张勇"]
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed
