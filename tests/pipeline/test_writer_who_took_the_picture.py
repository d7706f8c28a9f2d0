"""A writer who also took the story's picture: credited under it as its photographer
(``本报记者　周　宁摄``) and in the credit closing the text (``（本报记者　周　宁　通讯员　吴　凡）``).
The closing credit gives the writer's role: a staff reporter, not only the photographer."""

from archive.pipeline.parse import parse_page

PAGE = "\n".join(
    [
        "绵阳高新区电子信息产业加快集聚",
        "",
        "　　在绵阳高新区一家电子企业的生产线上，工人正在调试新一代显示模组。",
        "　　图为绵阳高新区一家企业的工人在调试显示模组。",
        "　　本报记者　周　宁摄",
        "　　今年一季度，绵阳高新区电子信息产业产值同比增长14.2%，新增配套企业12家。（本报记者　周　宁　通讯员　吴　凡）",
    ]
)


def test_the_closing_credit_makes_the_photographer_a_reporter(gazetteer):
    (art,) = parse_page(PAGE, gazetteer=gazetteer).articles
    roles = {c.name: c.role for c in art.credits}
    assert roles["周宁"] == "staff"
    assert roles["吴凡"] == "correspondent"
