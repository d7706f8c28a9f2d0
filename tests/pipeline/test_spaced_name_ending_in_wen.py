"""A two-character name set letter-spaced after a role word, its given name 文 (``本报记者　周　文``,
``通讯员 林 文``): the reporter 周文, a byline, not a one-character name with an author's
credit 文 (which follows a whole name: ``张明 文``) — and never a line of the headline."""

import pytest

from archive.pipeline.parse import parse_page

HEAD = "合肥高新区量子产业集群加快成长"
BODY = "近日，合肥高新区发布数据显示，园区量子科技企业已达60家，居全国前列。"


@pytest.mark.parametrize(
    "byline,names",
    [
        ("本报记者　周　文", ["周文"]),
        ("▶ 本报记者 周 文", ["周文"]),
        ("◎ 本报记者 韩 文 通讯员 李 静", ["韩文", "李静"]),
    ],
)
def test_a_spaced_name_ending_in_wen_is_the_reporter(gazetteer, byline, names):
    (a,) = parse_page("\n\n".join([HEAD, byline, BODY]), gazetteer=gazetteer).articles
    assert (a.column, a.kicker, a.headline, a.subtitle) == ("", "", HEAD, "")
    assert [c.name for c in a.credits] == names
    assert a.paragraphs == [BODY]
