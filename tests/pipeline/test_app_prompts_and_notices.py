"""What a page prints among its stories that is neither text nor an article: an app's or a QR
code's prompt on a line of its own, wherever it stands (between two paragraphs, after the
last one, in the footer), a notice's footer of the paper's hotline and mailbox, and a listed
company's paid disclosure notice on a securities paper's page."""

from archive.pipeline.parse import parse_page

STORY = [
    "A06　湖南新闻　　2025年4月2日　星期三",
    "",
    "株洲高新区发布轨道交通产业扶持办法",
    "",
    "湖南日报记者　谭　峰",
    "",
    "　　4月1日，株洲高新区发布轨道交通产业扶持办法，对新落户的配套企业给予最高500万元奖励。",
    "▶扫码下载新湖南客户端，看株洲高新区更多报道",
    "　　办法还提出，对企业首台套装备给予保费补贴，每年评选一次。",
    "【相关阅读】打开新湖南客户端，搜索“株洲高新区”，查看产业专题",
    "",
    "新湖南　扫码阅读本版更多内容　湖南日报　新闻热线：0731-84326000",
]


def test_an_app_prompt_between_paragraphs_is_furniture(gazetteer):
    page = parse_page("\n".join(STORY), gazetteer=gazetteer)
    (art,) = page.articles
    texts = [b.text for b in art.blocks]
    assert len(texts) == 2
    assert texts[0].startswith("4月1日") and texts[1].startswith("办法还提出")
    assert not any("客户端" in t or "扫码" in t for t in texts)
    kinds = {e["text"]: e["kind"] for e in page.furniture}
    assert kinds["▶扫码下载新湖南客户端，看株洲高新区更多报道"] == "qr_prompt"
    assert kinds["【相关阅读】打开新湖南客户端，搜索“株洲高新区”，查看产业专题"] == "qr_prompt"


def test_a_paragraph_telling_of_an_app_stays_text(gazetteer):
    lines = STORY[:8] + ["　　打开政务服务客户端后，企业可在线申报补贴，审核通过后资金直接拨付到账。"]
    (art,) = parse_page("\n".join(lines), gazetteer=gazetteer).articles
    assert any(b.text.startswith("打开政务服务客户端后") for b in art.blocks)


def test_a_hotline_and_mailbox_footer_is_no_article(gazetteer):
    lines = STORY[:7] + ["", "　　湖南新闻线索征集：热线电话 0731-84326000　电子邮箱 hnxw@hnrb.cn"]
    page = parse_page("\n".join(lines), gazetteer=gazetteer)
    assert len(page.articles) == 1
    assert any(e["text"].startswith("湖南新闻线索征集") for e in page.furniture)


NOTICE = [
    "",
    "证券代码：600123　　证券简称：湘江科技　　公告编号：2025-018",
    "湘江科技股份有限公司关于设立全资子公司的公告",
    "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
    "　　一、投资概述",
    "　　公司拟以自有资金3000万元在株洲高新区设立全资子公司。",
    "　　特此公告。",
    "湘江科技股份有限公司董事会",
    "2025年4月2日",
]


def test_a_paid_disclosure_notice_is_no_article(gazetteer):
    page = parse_page("\n".join(STORY[:9] + NOTICE), gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == ["株洲高新区发布轨道交通产业扶持办法"]
    start = len(STORY[:9]) + 1  # (the notice's first line; its date may be read as the page's)
    taken = {e["line"] for e in page.furniture}
    assert all(n in taken for n in range(start, start + len(NOTICE) - 1))
    assert "湘江科技股份有限公司关于设立全资子公司的公告" in {
        e["text"] for e in page.furniture if e["kind"] == "disclosure"
    }
