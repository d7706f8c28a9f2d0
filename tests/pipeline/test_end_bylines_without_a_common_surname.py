"""A story's credits in brackets on a line of their own under its text (``（本报记者　X）``)
close that story, also where X has no common Chinese surname (a Mongolian's, a Tibetan's
name): a role word in the brackets says a name follows, as a marker does (``◎本报记者　X``).
Read as no byline, the line became the next story's kicker."""

import pytest

from archive.pipeline import bylines as B
from archive.pipeline.parse import accounted_chars, parse_page


@pytest.mark.parametrize("line", ["（本报记者　格桑卓玛）", "(记者 乌兰图雅)", "（本报记者 次仁 通讯员 巴特尔）"])
def test_a_role_word_in_brackets_vouches_for_the_names_after_it(line):
    assert B.is_byline(line)


@pytest.mark.parametrize("line", ["（记者手记）", "（本报记者调查）", "（摘要）", "（图片新闻）"])
def test_brackets_without_a_name_stay_no_byline(line):
    assert not B.is_byline(line)


PAGE = "\n".join(
    [
        "",
        "金川开发区新材料产业园一期投产",
        "",
        "近日，金川开发区新材料产业园一期正式投产，首批入驻企业9家，主要生产镍钴新材料和电池前驱体。",
        "",
        "园区负责人表示，下一步将加快引进上下游配套企业，力争三年内形成百亿级产业集群。",
        "",
        "（本报记者　格桑卓玛）",
        "",
        "那曲高新区牦牛乳制品加工项目签约",
        "",
        "本报讯（记者　次仁）那曲高新区日前与两家乳品企业签约，共建牦牛乳制品精深加工基地，总投资3.2亿元。",
        "",
    ]
)


def test_the_line_closes_the_story_above_not_the_next():
    page = parse_page(PAGE)
    first, second = page.articles
    assert first.headline == "金川开发区新材料产业园一期投产"
    assert [c.name for c in first.credits] == ["格桑卓玛"]
    assert len(first.paragraphs) == 2
    assert second.headline == "那曲高新区牦牛乳制品加工项目签约"
    assert second.kicker == ""
    assert [c.name for c in second.credits] == ["次仁"]
    printed, placed = accounted_chars(PAGE, page)
    assert printed == placed
