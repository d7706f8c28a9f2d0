"""``--explain`` on a printed rule (分隔线, furniture) and on a continued story's repeated
headline over its 上接 mark (标题, with why the article starts there)."""

from archive.pipeline.explain import explain

from .test_continuation_under_its_headline import HEADLINE, page
from .test_printed_rules import PAGE as RULED


def test_a_rule_is_explained_as_furniture():
    decided = {d.text: d for d in explain(RULED)}
    assert decided["———"].role == "版面信息" and decided["———"].why.startswith("分隔线")
    assert decided["聊城高新区轴承产业集群入选省级名单"].role == "标题"


def test_the_headline_over_a_continuation_mark_is_explained_as_its_headline():
    decided = {d.text: d for d in explain(page(18))}
    assert decided[HEADLINE].role == "标题"
    assert "上接第2版" in decided[HEADLINE].why
