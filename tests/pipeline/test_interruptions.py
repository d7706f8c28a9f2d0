from archive.pipeline.parse import parse_page

from .conftest import article


def test_an_interrupting_article_does_not_swallow_the_resumed_one(parsed):
    a = article(parsed["003"], "浙江诸暨")
    assert [b.text for b in a.blocks if b.kind == "subhead"] == ["提高奖补额度 鼓励研发投入"]
    assert not any("包头" in b.text for b in a.blocks)


def test_the_resumed_section_is_joined_back_to_its_article(parsed):
    a = article(parsed["003"], "打造“包你满意”")
    subheads = [b.text for b in a.blocks if b.kind == "subhead"]
    assert subheads[-1] == "以简政求实效 打造“包你满意”品牌"
    assert "joined" in a.flags


def test_the_resumed_article_does_not_swallow_the_interruption(parsed):
    a = article(parsed["003"], "打造“包你满意”")
    assert not any("诸暨" in b.text for b in a.blocks)


def test_it_flags_a_paragraph_repeating_an_earlier_one(parsed):
    assert "repeated_text" in article(parsed["000"], "武汉东湖").flags
    flagged = [a.headline for p in parsed.values() for a in p.articles if "repeated_text" in a.flags]
    assert flagged == ["武汉东湖高新区首个“国家队”保险资金投资平台成立"]


def test_it_puts_a_fragment_moved_by_the_layout_back_after_the_paragraph_it_ends(parsed):
    paragraphs = article(parsed["003"], "打造“包你满意”").paragraphs
    (joined,) = [p for p in paragraphs if "帮助企业办理运输通行证" in p]
    assert joined.startswith("疫情期间，包头市伊利乳业受疫情影响")
    assert joined.endswith("产品运输的燃眉之急。")
    assert not any(p.startswith("业办理运输通行证") for p in paragraphs)


def fragment_page(*cut_paragraphs):
    """An article whose fragment ``业办理运输通行证…`` was printed before the paragraph(s) it
    could end, each followed by a subhead."""
    parts = [
        "## 企业服务再升级",
        "本报讯 高新区企业服务中心今年以来持续优化营商环境，帮助企业解决了一批难题，企业纷纷点赞。",
        "业办理运输通行证，解决了企业一万多吨产品仓储存放、托盘短缺、产品运输的燃眉之急，企业连连称赞。",
    ]
    for n, cut in enumerate(cut_paragraphs):
        parts += [f"#### 服务举措{n + 1}", cut]
    return "\n\n".join(parts) + "\n"


CUT = "疫情期间，服务中心积极发挥绿色通道专项服务功能，帮助企业联系库房、托盘，并协调交管大队帮助企"


def test_it_moves_a_fragment_back_when_one_paragraph_can_take_it():
    (a,) = parse_page(fragment_page(CUT)).articles
    assert (
        a.paragraphs[-1]
        == CUT + "业办理运输通行证，解决了企业一万多吨产品仓储存放、托盘短缺、产品运输的燃眉之急，企业连连称赞。"
    )
    assert "joined" in a.flags


def test_it_leaves_a_mid_sentence_paragraph_alone_when_its_place_is_not_clear():
    other = "园区还为企业提供政策咨询、项目申报、融资对接等一站式服务，帮助各类市场主体纾困解难，全力为企"
    (a,) = parse_page(fragment_page(CUT, other)).articles
    assert a.paragraphs[1].startswith("业办理运输通行证")
    assert a.paragraphs[-1] == other
