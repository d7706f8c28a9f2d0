"""A headline broken before a term in quotation marks (``成都高新区推出`` / ``“科创贷二十条”``):
a quoted term alone on the second line is the object of the first, one headline, not a
subtitle; a deck is a phrase or a sentence of its own. A second line that says more than the
term (``——“科创贷”惠及千家企业``, ``“科创贷”惠及千家企业``) is still a subtitle."""

import pytest

from archive.pipeline.parse import parse_page

from .layouts import wrap

BODY = "本报讯（记者 蒲阳） 近日，成都高新区推出支持科技型中小企业融资的“科创贷二十条”，最高给予企业500万元贷款贴息。"
ABOVE = ["眉山高新区锂电项目投产", "", "本报讯 近日，眉山高新区一个年产五万吨锂电材料项目正式投产。（蒲阳）", "", ""]


def narrow(lines, width=20):
    return "\n\n".join(w for ln in lines for w in (wrap(ln, width) if ln else [""]))


@pytest.mark.parametrize("first,term", [("成都高新区推出", "“科创贷二十条”"), ("绵阳科技城上线", "“一网通办”")])
def test_a_quoted_term_alone_under_the_first_line_goes_on_with_it(gazetteer, first, term):
    page = parse_page(narrow(ABOVE + [first, "", term, "", BODY]), gazetteer=gazetteer)
    a = page.articles[-1]
    assert a.headline.replace(" ", "") == first + term
    assert a.subtitle == ""


def test_a_second_line_that_says_more_than_a_term_is_a_subtitle(gazetteer):
    page = parse_page(
        narrow(ABOVE + ["成都高新区推出“科创贷二十条”", "", "——最高给予企业500万元贴息", "", BODY]), gazetteer=gazetteer
    )
    a = page.articles[-1]
    assert a.headline == "成都高新区推出“科创贷二十条”"
    assert a.subtitle.endswith("最高给予企业500万元贴息")
