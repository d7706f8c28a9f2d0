"""``组图`` (a set of photographs) labels a photo story as ``图片新闻`` does: a column of
pictures whose captions are the story's text, the photographer its reporter. It is no
person's name (组 is a surname: read as a name, ``组　图`` on its own line became a
reporter of the story above)."""

import pytest

from archive.pipeline import bylines as B
from archive.pipeline.parse import accounted_chars, parse_page


@pytest.mark.parametrize("line", ["组图", "组　图", "组 图"])
def test_the_label_is_no_byline(line):
    assert not B.is_byline(line)


PAGE = "\n\n".join(
    [
        "四平红嘴经开区：装备制造业提质增效",
        "◎本报记者　田丽娟",
        "四平红嘴经开区今年以来新增规上工业企业11家，装备制造业产值同比增长15.2%。",
        "",
        "组　图",
        "白山经开区：人参产业“链”上发力",
        "图①：工人在人参加工车间分拣鲜参。",
        "图②：科研人员检测人参皂苷含量。",
        "图③：电商主播在直播间推介人参产品。",
        "本报记者　孟庆林摄",
        "辽源经开区袜业园新增订单",
        "本报讯　辽源经开区袜业园今年新增外贸订单2.6亿元，同比增长18%。　（王立新）",
    ]
)


def test_a_photo_story_under_the_label_is_its_captions():
    page = parse_page(PAGE)
    above, photos, below = page.articles
    assert [c.name for c in above.credits] == ["田丽娟"]
    assert photos.headline == "白山经开区：人参产业“链”上发力"
    assert photos.column.replace(" ", "").replace("\u3000", "") == "组图"
    assert photos.paragraphs == [
        "图①：工人在人参加工车间分拣鲜参。",
        "图②：科研人员检测人参皂苷含量。",
        "图③：电商主播在直播间推介人参产品。",
    ]
    assert [c.name for c in photos.credits] == ["孟庆林"]
    assert below.headline == "辽源经开区袜业园新增订单"
    printed, placed = accounted_chars(PAGE, page)
    assert printed == placed
