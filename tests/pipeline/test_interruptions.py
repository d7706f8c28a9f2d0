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
