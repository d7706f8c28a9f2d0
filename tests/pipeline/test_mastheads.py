"""Mastheads, running heads, dates, page labels and jump lines (archive.pipeline.mastheads)."""

import datetime
from pathlib import Path

import pytest

from archive.pipeline.mastheads import (
    PageLabel,
    find_furniture,
    jump_in,
    jump_out,
    label_from_file_name,
    parse_date,
    parse_page_label,
)

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "pages").glob("*.txt"))
DAY = datetime.date(2021, 2, 22)


@pytest.mark.parametrize(
    "text",
    [
        "2021年2月22日",
        "2021年02月22日 星期一",
        "2021-02-22",
        "2021.2.22",
        "2021/02/22 周一",
        "二〇二一年二月二十二日",
        "二○二一年二月二十二日 星期一",
        "２０２１年２月２２日",
    ],
)
def test_it_reads_every_common_form_of_a_printed_date(text):
    assert parse_date(text)[0] == DAY


def test_it_refuses_an_impossible_date():
    assert parse_date("2021年2月30日") is None


@pytest.mark.parametrize(
    "label, expected",
    [
        ("第5版", PageLabel("", 5)),
        ("5版", PageLabel("", 5)),
        ("A5", PageLabel("A", 5)),
        ("第05版", PageLabel("", 5)),
        ("A05版", PageLabel("A", 5)),
        ("第五版", PageLabel("", 5)),
        ("第十二版", PageLabel("", 12)),
        ("第 5 版 园区", PageLabel("", 5)),
        ("ａ５", PageLabel("A", 5)),
    ],
)
def test_it_reads_every_form_of_page_label(label, expected):
    assert parse_page_label(label) == expected


@pytest.mark.parametrize(
    "stem, expected",
    [
        ("05", PageLabel("", 5)),
        ("5", PageLabel("", 5)),
        ("A5", PageLabel("A", 5)),
        ("第5版", PageLabel("", 5)),
        ("page05", PageLabel("", 5)),
        ("p5", PageLabel("", 5)),
        ("000_b91e9d17d41253cb", None),
        ("0", None),
        ("notes", None),
    ],
)
def test_it_reads_a_page_from_a_file_name(stem, expected):
    assert label_from_file_name(stem) == expected


@pytest.mark.parametrize(
    "line, page",
    [
        ("企业发展驶入快车道。(下转第6版)", PageLabel("", 6)),
        ("（下转第6版）", PageLabel("", 6)),
        ("(下转6版)", PageLabel("", 6)),
        ("转第6版", PageLabel("", 6)),
        ("下转A6版", PageLabel("A", 6)),
        ("企业发展驶入快车道。（紧转第6版）", PageLabel("", 6)),
        ("紧转A6版", PageLabel("A", 6)),
    ],
)
def test_it_finds_a_jump_to_another_page(line, page):
    found, (start, end) = jump_out(line)
    assert found == page
    assert end == len(line)


@pytest.mark.parametrize("line", ["他转身离开", "园区转第三产业方向", "转型升级"])
def test_it_does_not_take_a_sentence_for_a_jump(line):
    assert jump_out(line) is None


@pytest.mark.parametrize(
    "line, page",
    [
        ("(上接第5版)", PageLabel("", 5)),
        ("（上接第5版）本报记者", PageLabel("", 5)),
        ("上接第5版", PageLabel("", 5)),
        ("接第5版", PageLabel("", 5)),
        ("(上接A5版)", PageLabel("A", 5)),
        ("（紧接第1版）", PageLabel("", 1)),
        ("紧接第一版 园区持续推进", PageLabel("", 1)),
    ],
)
def test_it_finds_a_continuation_mark(line, page):
    assert jump_in(line)[0] == page


@pytest.mark.parametrize("line", ["接着说", "接待来访企业", "上接下来"])
def test_it_does_not_take_a_sentence_for_a_continuation(line):
    assert jump_in(line) is None


HEAD = [
    "中国高新技术产业导报",
    "2021年2月22日 星期一",
    "第5版 园区",
    "责任编辑：王伟  美术编辑：李丽  校对：张明",
    "",
    "郑州高新区研究部署优化营商环境工作",
    "正文第一段。",
    "本版邮箱：yq@example.com  电话：010-12345678",
]


def test_it_reads_a_masthead_over_several_lines():
    furniture = find_furniture(HEAD, ["中国高新技术产业导报"])
    assert (furniture.newspaper, furniture.date, furniture.page, furniture.page_title) == (
        "中国高新技术产业导报",
        DAY,
        PageLabel("", 5),
        "园区",
    )
    assert furniture.lines == {0: "masthead", 1: "date", 2: "page", 3: "editor", 7: "contact"}


@pytest.mark.parametrize(
    "line",
    [
        "科技日报 2021年2月22日 星期一 第5版 园区",
        "2021年2月22日 星期一 | 科技日报 | 第5版 园区",
        "《科技日报》 二〇二一年二月二十二日 5版 园区",
        "园区 第05版 科技日报 2021-02-22",
    ],
)
def test_it_reads_a_one_line_running_head(line):
    furniture = find_furniture([line, "标题", "正文。"])
    assert (furniture.newspaper, furniture.date, furniture.page.number, furniture.page_title) == (
        "科技日报",
        DAY,
        5,
        "园区",
    )
    assert furniture.lines == {0: "masthead"}


def test_it_reads_a_running_foot():
    lines = ["标题", "正文。", "", "2021年2月22日  第5版"]
    furniture = find_furniture(lines)
    assert furniture.lines == {3: "date"}
    assert (furniture.date, furniture.page) == (DAY, PageLabel("", 5))


def test_a_known_newspaper_is_matched_by_its_alias():
    furniture = find_furniture(["中國高新技術產業導報 2021年2月22日"], ["中国高新技术产业导报", "中國高新技術產業導報"])
    assert furniture.newspaper == "中國高新技術產業導報"


@pytest.mark.parametrize(
    "line",
    [
        "高新区传来喜报",
        "据科技日报报道，园区产值增长",
        "2021年2月22日，郑州高新区召开会议。",
        "第5版刊登了园区的消息",
        "2019打造特色载体推动双创升级工作培训班",
    ],
)
def test_a_headline_or_sentence_is_never_furniture(line):
    assert find_furniture([line, "正文。"]).lines == {}


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name[:3])
def test_the_fixture_pages_have_no_running_heads(path):
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    assert find_furniture(lines, ["中国高新技术产业导报"]).lines == {}


STACKED_HEAD = [
    "2021年2月22日 星期一",
    "科技日报",
    "区域创新",
    "5",
    "本版责编 王小龙",
    "从“跟跑”到“领跑”",
    "正文第一段。",
]


def test_it_reads_a_head_stacked_one_item_a_line_with_a_bare_page_number():
    furniture = find_furniture(STACKED_HEAD, ["科技日报"])
    assert (furniture.newspaper, furniture.date, furniture.page, furniture.page_title) == (
        "科技日报",
        DAY,
        PageLabel("", 5),
        "区域创新",
    )
    assert furniture.lines == {0: "date", 1: "masthead", 2: "page_title", 3: "page", 4: "editor"}


@pytest.mark.parametrize("line", ["5 区域创新", "区域创新 5", "区域创新  05"])
def test_it_reads_a_bare_page_number_beside_a_title_after_a_masthead(line):
    furniture = find_furniture(["科技日报", line, "标题", "正文。"])
    assert (furniture.page, furniture.page_title) == (PageLabel("", 5), "区域创新")


def test_a_bare_number_or_a_short_line_is_furniture_only_beside_furniture():
    assert find_furniture(["5", "区域创新", "正文。"]).lines == {}
    # a short headline after the masthead, followed by its text, stays a headline
    assert find_furniture(["科技日报", "园区动态", "正文第一段。"]).lines == {0: "masthead"}


@pytest.mark.parametrize(
    "line",
    [
        "本版责编 王小龙",
        "视觉设计 李丽",
        "责任编辑 王小龙 美术编辑 李丽 校对 张明",
        "本版编辑：王伟  制图：李丽",
        "本版策划：王明 执行：李华",
        "本版编辑：王明  电话：010-58884051  邮箱：gxdb@163.com",
        "本版责编：吴 刚 刘 阳 版式设计：沈亦伶",
        "本版编辑 李 娜  美术编辑 王 强",
        "本版责编 王小龙  邮箱 quyu@stdaily.com",
    ],
)
def test_it_reads_the_editor_lines_of_other_papers(line):
    assert find_furniture(["科技日报", line, "标题", "正文。"]).lines == {0: "masthead", 1: "editor"}


@pytest.mark.parametrize("line", ["（本版编辑：张明 王丽）", "(责任编辑：王伟)", "【本版责编 王小龙】"])
def test_it_reads_an_editor_line_in_brackets_at_the_foot(line):
    assert find_furniture(["标题", "正文。", line]).lines == {2: "editor"}


def test_a_paper_named_in_a_bare_bao_is_read_beside_a_date():
    furniture = find_furniture(["香港文汇报 2021年2月22日 星期一 A12 中国经济", "标题", "正文。"])
    assert (furniture.newspaper, furniture.date, furniture.page_title) == ("香港文汇报", DAY, "中国经济")
    assert find_furniture(["高新区传来喜报", "正文。"]).lines == {}


def test_a_traditional_page_reads_its_masthead(gazetteer):
    from archive.pipeline.parse import parse_page

    page = parse_page(
        "香港文匯報 2021年2月22日 星期一 A12 中國經濟\n\n深圳高新區營收突破萬億元\n本報記者 李昌鴻\n記者從深圳市獲悉，營收1.2萬億元。\n"
    )
    assert (page.printed.newspaper, page.printed.issue_date) == ("香港文汇报", DAY)
    assert page.articles[0].headline == "深圳高新區營收突破萬億元"


def test_a_known_paper_printed_in_traditional_characters_is_read_as_its_simplified_name():
    from archive.pipeline.parse import parse_page

    page = parse_page("中國高新技術產業導報 2021年2月22日\n\n標題\n\n正文。\n", newspapers=["中国高新技术产业导报"])
    assert page.printed.newspaper == "中国高新技术产业导报"  # (so the archive's record is found)


def test_a_page_title_opening_the_page_above_its_masthead_is_furniture():
    furniture = find_furniture(["园区", "2021年2月22日 星期一", "中国高新技术产业导报", "标题", "正文。"])
    assert furniture.page_title == "园区"
    assert furniture.lines == {0: "page_title", 1: "date", 2: "masthead"}


def test_a_short_headline_opening_the_page_over_its_text_is_no_title():
    assert find_furniture(["园区动态", "正文第一段。", "科技日报"]).page_title == ""


def test_a_bare_number_on_the_line_of_the_papers_name_and_date_is_the_page():
    furniture = find_furniture(["科技日报  2023年6月8日  星期四  区域创新  7", "标题", "正文。"], ["科技日报"])
    assert (furniture.newspaper, furniture.page, furniture.page_title) == ("科技日报", PageLabel("", 7), "区域创新")


def test_a_bare_number_on_the_line_of_a_date_and_its_weekday_is_the_page():
    furniture = find_furniture(["2021年4月19日  星期一  人物  5", "标题", "正文。"])
    assert (furniture.date, furniture.page, furniture.page_title) == (
        datetime.date(2021, 4, 19),
        PageLabel("", 5),
        "人物",
    )


def test_a_paper_named_as_a_daily_wire_is_read_in_its_running_head():
    furniture = find_furniture(["新华每日电讯  2015年1月14日  星期三  3  评论", "标题", "正文。"])
    assert (furniture.newspaper, furniture.page, furniture.page_title) == ("新华每日电讯", PageLabel("", 3), "评论")


def test_a_jump_mark_ending_the_page_is_no_page_label():
    furniture = find_furniture(["标题", "正文。", "（下转第3版）"])
    assert (furniture.page, furniture.page_title, furniture.lines) == (None, "", {})


def test_an_editors_credit_on_the_line_of_the_date_leaves_it_a_running_head():
    furniture = find_furniture(["2023年3月14日 星期二 本版编辑 王明", "标题", "正文。"])
    assert (furniture.date, furniture.lines) == (datetime.date(2023, 3, 14), {0: "date"})


@pytest.mark.parametrize(
    "line",
    [
        "欢迎投稿 gxdb@163.com",
        "电话：010-58884051",
        "邮箱：gxdb@163.com",
        "网址：www.yxgx.gov.cn  广告热线：0877-2025678",
    ],
)
def test_a_contact_line_at_the_foot_is_furniture(line):
    assert find_furniture(["标题", "正文。", line]).lines == {2: "contact"}


def test_a_line_that_only_starts_like_a_contact_is_no_furniture():
    assert find_furniture(["标题", "正文。", "电话会议"]).lines == {}


def test_a_special_issues_title_in_two_phrases_beside_the_page_label_is_the_page_title():
    furniture = find_furniture(["中山日报", "2024年06月28日  星期五", "A03  湾区新核 科学光明", "标题", "正文。"])
    assert furniture.lines == {0: "masthead", 1: "date", 2: "page"}
    assert furniture.page_title == "湾区新核 科学光明"
