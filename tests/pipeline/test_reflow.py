import pytest

from archive.pipeline.parse import parse_page

from .conftest import article


def test_it_joins_a_paragraph_across_a_blank_line(parsed):
    a = article(parsed["000"], "益阳高新区")
    assert any("据介绍,益阳高新区按照" in b.text for b in a.blocks)


def test_it_joins_a_paragraph_split_mid_word(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert any("等主题演讲,勾画了" in b.text for b in a.blocks)


def test_it_keeps_real_paragraph_breaks(parsed):
    assert len(article(parsed["000"], "大连理工大学洛阳研究院成立").blocks) == 3


def test_it_joins_narrow_column_fragments_into_paragraphs(parsed):
    a = article(parsed["004"], "郑州高新区")
    assert [len(b.text) > 60 for b in a.blocks] == [True] * len(a.blocks)
    assert a.blocks[0].text == (
        "近日，郑州高新区召开优化营商环境工作会议，安排部署优化营商环境评价和进一步优化营商环境工作。"
        "会议对要开展的优化营商环境评价相关工作进行了研究部署，对进一步优化营商环境各项指标性工作进行了初步分工。"
    )


def test_it_keeps_spaces_inside_numbers_as_printed(parsed):
    a = article(parsed["004"], "乌鲁木齐高新区")
    assert any("总投资 186 亿元" in b.text for b in a.blocks)


def test_it_breaks_a_narrow_paragraph_at_a_short_line_ending_a_sentence(parsed):
    a = article(parsed["004"], "安康高新区")
    assert a.blocks[0].text.endswith("工作进行了安排部署。")
    assert a.blocks[1].text.startswith("安康高新区党工委副书记")


def test_it_does_not_break_at_a_full_width_line_ending_a_sentence(parsed):
    a = article(parsed["004"], "安康高新区")
    assert "推动各项政策落地的责任主体也在基层。要通过加强基层党建工作" in a.blocks[1].text


def test_it_reads_crlf_lone_cr_tabs_and_a_bom():
    text = "\ufeff## 某某高新区：一条新闻\r\n\r\n▶ 本报记者 张三\r\n\r\n第一段\t文字，\r\rsecond 段落。\n"
    page = parse_page(text)
    (a,) = page.articles
    assert a.headline == "某某高新区：一条新闻"
    assert a.byline == "本报记者 张三"
    assert a.blocks[0].text.startswith("第一段")


def test_an_empty_page_has_no_articles():
    assert parse_page("").articles == []
    assert parse_page(" \n\r\n\t\n").articles == []


def test_a_very_long_line_does_not_break_the_parser():
    page = parse_page("很长的一行" * 20000)
    assert len(page.articles) == 1


def test_the_output_is_deterministic(gazetteer):
    from .conftest import page_text

    text = page_text("003")
    assert parse_page(text, gazetteer=gazetteer) == parse_page(text, gazetteer=gazetteer)


LIST = (
    "长沙经开区出台“招商十条”\n\n"
    "本报讯 今年2月，长沙经开区出台“招商十条”，加大支持力度。其中，企业最关注的措施包括{0}"
    "{1}设立50亿元产业引导基金，对重大项目给予股权投资支持；{2}"
    "{3}对固定资产投资超过5亿元的项目，给予最高3000万元补助；{2}"
    "{4}对新引进的研发总部，给予最高1000万元的租金补贴。{2}"
    "长沙经开区投资促进局负责人介绍，该区今年将力争引进企业项目10个以上。\n"
)


@pytest.mark.parametrize("colon", ["：", ":"])
@pytest.mark.parametrize(
    "marks", [("1.", "2.", "3."), ("（一）", "（二）", "（三）"), ("一是", "二是", "三是"), ("1、", "2、", "3、")]
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_numbered_item_after_a_colon_or_a_semicolon_starts_a_paragraph(gazetteer, colon, marks, gap):
    text = LIST.format(colon + gap, marks[0], gap, marks[1], marks[2])
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert [b.text[:2] for b in story.blocks] == ["今年", marks[0][:2], marks[1][:2], marks[2][:2], "长沙"]


def test_a_line_ending_in_a_colon_before_plain_text_still_goes_on(gazetteer):
    text = "园区出台新政\n\n本报讯 今年2月，长沙经开区出台新政，措施包括：\n\n设立50亿元产业引导基金。\n"
    (story,) = parse_page(text, gazetteer=gazetteer).articles
    assert len(story.blocks) == 1


def test_a_numbered_item_after_a_short_column_line_ending_in_a_colon_starts_a_paragraph(gazetteer):
    paragraphs = LIST.format("：\n", "1.", "\n", "2.", "3.").split("\n")
    lines = [paragraphs[0], ""] + [p[i : i + 16] for p in paragraphs[2:] if p for i in range(0, len(p), 16)]
    (story,) = parse_page("\n".join(lines) + "\n", gazetteer=gazetteer).articles
    assert [b.text[:2] for b in story.blocks] == ["今年", "1.", "2.", "3.", "长沙"]


NARROW_LIST = """长沙经开区招商引资跑出“加速度”

6月15日，长沙经开区2023
年第二季度重大项目集中签
约活动举行，15个项目现场
签约，总投资达96.8亿元。
好项目纷至沓来，得益于长
沙经开区持续优化的营商环
境。该区推行项目“拿地即
开工”，今年以来已有9个项
目实现“交地即交证、拿地
即开工”，平均为企业节约
时间3个月以上。
今年2月，长沙经开区出台
“招商十条”，在产业基金、
用地保障、人才引进等方面
加大支持力度。其中，企业
最关注的措施包括：
1.设立50亿元产业引导基金，
对重大项目给予股权投资支
持；
2.对固定资产投资超过5亿
元的项目，按投资额的3%给
予最高3000万元补助；
3.对新引进的研发总部，给
予最高1000万元的租金补贴；
4.为重点企业高管和技术骨
干提供人才公寓和子女入学
保障。
长沙经开区投资促进局负责
人介绍，该区今年将力争引
进企业项目10个以上。
"""


def test_a_full_column_line_ending_an_item_with_a_semicolon_breaks_before_the_next_item(gazetteer):
    (story,) = parse_page(NARROW_LIST, gazetteer=gazetteer).articles
    texts = [b.text for b in story.blocks]
    assert texts[-6].endswith("措施包括：")
    assert [t[:2] for t in texts[-5:]] == ["1.", "2.", "3.", "4.", "长沙"]
