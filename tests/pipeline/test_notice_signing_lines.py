"""A notice closing a page (启事, 声明), signed on its last line by the body that issues it
(``…编辑部``): the signing line has no text under it, so it heads no section; it stays the
notice's last line and is never moved to a story above whose words it happens to share
(``rejoin.join_interruptions``)."""

from archive.pipeline.parse import parse_page

PAGE = [
    "宁波高新区新材料科技城新增孵化载体5家",
    "◎本报记者 周丽娜",
    "近日，宁波高新区新材料科技城5家孵化载体集中揭牌，新增孵化面积12万平方米。",
    "新材料科技城相关负责人表示，科技城将为入驻企业提供中试验证、检验检测和科技金融服务。",
    "截至目前，新材料科技城已累计孵化科技型企业430家，其中高新技术企业96家。",
    "声　明",
    "近期有不法分子冒用本刊名义向企业收取版面费用，本刊从未授权任何机构或个人开展此类业务。",
    "如有疑问，请拨打本刊编辑部电话核实，谨防上当受骗。",
    "新材料科技城企业服务编辑部",
]


def test_a_notices_signing_line_stays_with_the_notice(gazetteer):
    page = parse_page("\n".join(PAGE) + "\n", gazetteer=gazetteer)
    story = next(a for a in page.articles if a.headline.startswith("宁波高新区"))
    assert story.blocks[-1].text.startswith("截至目前")
    assert all("编辑部" not in b.text for b in story.blocks)
    notice = next(a for a in page.articles if any("不法分子" in b.text for b in a.blocks))
    assert notice.blocks[-1].text == PAGE[-1]
