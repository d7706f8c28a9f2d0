"""A picture-news item (``### 图片新闻`` / ``## title``) whose only text is one long caption
line ending in its photographer's credit (``…检测。 本报记者 王明 摄``): too long to be read
as a caption, the line is the item's paragraph, and the credit that closes it is the item's
reporter, taken out of its text, as for a caption under the label (``briefs.photo_story``)."""

from archive.pipeline.parse import accounted_chars, parse_page

CAPTION = (
    "11月2日,温州经开区一家鞋服企业的智能仓储中心正式投用,仓内120台搬运机器人可同时作业,"
    "日处理订单能力达到8万单,较原有仓库提升两倍。今年以来,温州经开区已有27家传统制造企业完成智能化改造,"
    "带动园区规上工业增加值增长9.1%。图为机器人在仓储中心内分拣货物。"
)
PAGE = f"""

## 绍兴高新区新增两个省级重点实验室

▶ 本报记者 沈嘉禾

日前,浙江省科技厅公布新一批省级重点实验室名单,绍兴高新区两家单位入选。

### 图片新闻

## 温州经开区智能仓储中心投用

{CAPTION} 本报记者 陈一鸣 摄


## 衢州高新区电子化学品项目投产

▶ 本报记者 毛晓岚

近日,衢州高新区一家企业的电子级氢氟酸项目建成投产,可年产电子化学品3万吨。
"""


def test_the_credit_closing_a_long_caption_is_the_picture_storys_reporter(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    assert len(CAPTION) > 120
    photo = page.articles[1]
    assert photo.headline == "温州经开区智能仓储中心投用"
    assert photo.paragraphs == [CAPTION]
    assert photo.captions == []
    assert [(c.name, c.role) for c in photo.credits] == [("陈一鸣", "photo")]
    assert page.articles[2].headline == "衢州高新区电子化学品项目投产"
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed
