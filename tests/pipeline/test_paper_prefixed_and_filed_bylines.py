"""Byline forms of business papers, WeChat accounts and Taiwan's papers: a line of staff
under a paper's short name (``甬商记者 X  甬商实习记者 Y  甬商编辑 Z``: the writers are
reporters, the editor is not), a WeChat credit line with bars (``文字｜X  图片｜Y``), a
Taiwan paper's ``記者X／Y報導`` (in 【】 or 〔〕 opening the text, or on a line of its own)
and an agency's dateline in brackets (``（中央社記者X台中5日電）``: it stays in the text and
names its reporter)."""

from archive.pipeline.parse import parse_page


def _reporters(article):
    return sorted(c.name for c in article.credits if c.role != "photo")


BUSINESS_PAGE = """宁波高新区新材料企业扩产提速

甬商记者　周　宁　　甬商编辑　钱　红

　　5月8日，宁波高新区两家新材料企业同时宣布扩产，新增产能将在明年上半年释放。
　　园区相关负责人表示，今年将继续为扩产项目提供用地和审批服务。

温州高新区激光企业去年营收增长两成

甬商记者　郑　立　　甬商实习记者　吴雨桐　　甬商编辑　钱　红

　　温州高新区激光与光电企业去年实现营收增长两成，其中出口占比接近三成。
"""


def test_a_staff_line_under_a_papers_short_name_is_the_byline_and_its_editor_no_reporter():
    first, second = parse_page(BUSINESS_PAGE).articles
    assert (first.headline, first.subtitle) == ("宁波高新区新材料企业扩产提速", "")
    assert _reporters(first) == ["周宁"]
    assert (second.headline, second.subtitle) == ("温州高新区激光企业去年营收增长两成", "")
    assert _reporters(second) == ["吴雨桐", "郑立"]
    assert [b.text for b in second.blocks] == ["温州高新区激光与光电企业去年实现营收增长两成，其中出口占比接近三成。"]


WECHAT_COPY = """这座孵化器，又添新成员！
原创 东湖新城发布 东湖新城发布 2026年3月2日 09:10 湖北
文字｜李　航　　图片｜新城融媒

3月1日，东湖新城科技孵化器迎来第三批入驻企业，共有12家初创企业签约。

孵化器负责人介绍，新入驻企业主要集中在智能制造和生物医药领域。
"""


def test_a_wechat_credit_line_with_bars_is_the_byline_under_the_first_line_headline():
    (a,) = parse_page(WECHAT_COPY).articles
    assert a.headline == "这座孵化器，又添新成员！"
    assert _reporters(a) == ["李航"]
    assert [b.text for b in a.blocks][0].startswith("3月1日")


TAIWAN_PAGE = """台商加碼蘇州高新區　擴建電池產線

　　【記者王家豪／台北報導】電池材料廠立能科技昨（5）日公告，董事會通過對蘇州高新區子公司增資，擴建正極材料產線。
　　立能科技表示，新產線投產後，月產能可望提升三成。

成都高新區電子業者　擴大對台採購

　　（中央社記者許志明台中5日電）成都高新區多家電子業者近期擴大向台灣採購被動元件。
　　業者表示，今年對台採購金額可望成長一成。

無錫高新區封測產業　台商占兩成產值
記者張雅婷／綜合報導

　　無錫高新區是大陸重要的封測產業基地，區內台資企業貢獻約兩成產值。

合肥高新區　吸引台資設備廠進駐

　　〔記者郭志偉／台北報導〕設備廠鼎盛昨（5）日宣布，將在合肥高新區設立新廠。
"""


def test_taiwan_bylines_leave_the_text_and_name_their_reporters():
    arts = parse_page(TAIWAN_PAGE).articles
    assert [a.headline.replace("\u3000", " ") for a in arts] == [
        "台商加碼蘇州高新區 擴建電池產線",
        "成都高新區電子業者 擴大對台採購",
        "無錫高新區封測產業 台商占兩成產值",
        "合肥高新區 吸引台資設備廠進駐",
    ]
    first, wire, own_line, last = arts
    assert first.blocks[0].text.startswith("電池材料廠立能科技昨（5）日公告")
    assert last.blocks[0].text.startswith("設備廠鼎盛昨（5）日宣布")
    assert own_line.blocks[0].text.startswith("無錫高新區是大陸重要的封測產業基地")
    # (reporters' names of a traditional page are stored simplified)
    assert [_reporters(a) for a in (first, own_line, last)] == [["王家豪"], ["张雅婷"], ["郭志伟"]]
    # the agency's dateline stays in the text, as 新华社…电 does, and names its reporter
    assert wire.blocks[0].text.startswith("（中央社記者許志明台中5日電）成都高新區")
    assert _reporters(wire) == ["许志明"]
