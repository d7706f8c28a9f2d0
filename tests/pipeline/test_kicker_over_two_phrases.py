"""人民日报's way of stacking a headline: a kicker of one clause that opens with its park's
name, set tight over a headline of two phrases side by side that names none. The kicker is
no part of the headline. A headline broken over two lines stays one headline."""

from archive.pipeline.parse import parse_page


def _page(first, second):
    return "\n".join(
        [
            first,
            second,
            "本报记者　刘　畅",
            "",
            "　　走进成都高新区，一家家企业正加紧生产，园区今年新增规上企业40余家。",
            "　　园区负责人介绍，今年以来共引进项目38个，总投资超过200亿元。",
        ]
    )


def test_a_one_clause_kicker_over_two_phrases_is_the_kicker(gazetteer):
    (art,) = parse_page(_page("成都高新区推行“首席服务官”制度", "一个电话　一站办结"), gazetteer=gazetteer).articles
    assert art.kicker == "成都高新区推行“首席服务官”制度"
    assert art.headline.replace("\u3000", " ") == "一个电话 一站办结"
    assert [c.name for c in art.credits] == ["刘畅"]


def test_a_headline_broken_over_two_lines_stays_one(gazetteer):
    (art,) = parse_page(_page("成都高新区38个重点项目集中签约", "总投资超过200亿元"), gazetteer=gazetteer).articles
    assert art.kicker == ""
    assert art.headline.startswith("成都高新区38个重点项目集中签约")
