"""A kicker ending in its colon (``项目建设按下“快进键”：``), set apart by a blank line over a
headline broken over lines set tight, with a byline or dateline under it: the kicker, not a
paragraph of the story above nor the headline's first line (``stacks.kicker_over_headline``,
``headings._kicker_apart``). A park's name and its colon still goes on in the next line."""

from archive.pipeline.parse import parse_page

ABOVE = [
    "孝感高新区召开科技创新大会",
    "",
    "本报讯（记者 刘启航） 近日，孝感高新区召开2024年科技创新大会，对一批企业和个人予以表彰。",
    "",
    "会上，获奖企业代表、科研人员代表先后发言，表示将继续加大研发投入。",
    "",
]
BODY = [
    "今年一季度，武汉东湖高新区核心区新开工重大项目38个，总投资426亿元，同比增长21.5%。",
    "",
    "据悉，核心区今年计划实施亿元以上项目260个，年度计划投资超过800亿元。",
]


def parse(kicker: str, first: str, second: str, lead: list[str], gazetteer):
    lines = [*ABOVE, kicker, "", first, second, "", *lead, *BODY]
    return parse_page("\n".join(lines) + "\n", gazetteer=gazetteer).articles


def test_a_phrase_and_its_colon_over_a_two_line_headline_and_byline_is_its_kicker(gazetteer):
    arts = parse(
        "项目建设按下“快进键”：",
        "武汉东湖高新区“光谷科创",
        "大走廊”核心区建设提速",
        ["本报记者 刘启航 通讯员 邹静", ""],
        gazetteer,
    )
    assert len(arts) == 2
    assert arts[0].blocks[-1].text.endswith("加大研发投入。")
    assert arts[1].kicker == "项目建设按下“快进键”："
    assert arts[1].headline.replace(" ", "") == "武汉东湖高新区“光谷科创大走廊”核心区建设提速"


def test_a_colon_kicker_over_a_headline_and_a_dateline_is_its_kicker(gazetteer):
    arts = parse_page(
        "\n".join(
            [
                *ABOVE,
                "科技金融赋能：",
                "",
                "东莞松山湖高新区“科技成果",
                "转化券”撬动企业研发投入",
                "",
                "本报讯（记者 叶子青） " + BODY[0],
                "",
                BODY[2],
            ]
        )
        + "\n",
        gazetteer=gazetteer,
    ).articles
    assert arts[-1].kicker == "科技金融赋能："
    assert arts[-1].headline.replace(" ", "") == "东莞松山湖高新区“科技成果转化券”撬动企业研发投入"
    assert "科技金融赋能" not in arts[0].blocks[-1].text


def test_a_park_and_its_colon_over_the_headline_goes_on_in_it(gazetteer):
    page = (
        "\n".join([*ABOVE, "长沙高新区：", "", "智能制造产业集群", "加速崛起", "", "本报记者 刘启航", "", *BODY]) + "\n"
    )
    arts = parse_page(page, gazetteer=gazetteer).articles
    assert arts[-1].kicker == ""
    assert arts[-1].headline.replace(" ", "").startswith("长沙高新区：")
