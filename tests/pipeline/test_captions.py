import pytest

from .conftest import article


def test_it_joins_a_paragraph_broken_by_a_caption(parsed):
    a = article(parsed["000"], "打通向西开放")
    assert any("跨区域协同创新中心(异地孵化器)和设在哈萨克斯坦" in b.text for b in a.blocks)
    assert "图片来源:乌鲁木齐市科技局" in a.captions


def test_it_keeps_a_picture_source_out_of_the_body(parsed):
    for page in parsed.values():
        for a in page.articles:
            assert not any("图片来源" in b.text for b in a.blocks)


def test_it_takes_a_descriptive_caption_out_of_a_sentence(parsed):
    a = article(parsed["001"], "湘潭高新区")
    assert a.captions == ["湘潭高新区政务服务中心服务大厅窗口人员用心为群众办证。 图片来源:湘潭高新区"]
    assert any("逐步落实一窗受理、集成服务" in b.text for b in a.blocks)


def test_a_caption_at_the_end_of_an_article_stays_with_it(parsed):
    assert article(parsed["002"], "平顶山高新区").captions == ["图片来源:平顶山高新区"]


def test_a_fragment_after_a_caption_is_kept_as_the_first_paragraph(parsed):
    a = article(parsed["002"], "上海张江高新区")
    assert a.captions == ["图片来源:上海张江高新区"]
    assert a.blocks[0].text == "费用加计扣除政策,年度减免税超过300亿元。"


def test_a_photo_caption_above_the_headline_goes_to_the_article_below(parsed):
    a = article(parsed["003"], "打造“包你满意”")
    assert a.captions == ["一流服务助推包头双良单晶硅项目加快建设"]
    assert a.blocks[0].text.startswith("近年来，包头市以问题为导向")


PEOPLES_DAILY_PICTURES = """# 科技的集聚地 创新的孵化器

陕西省西安高新区一家汽车变速器生产基地，智慧物流小车在进行物品运输。
新华社记者 刘 潇摄

江西省新余高新区光电新材料产业园，技术工人在生产线上作业。
赵春亮摄（影像中国）

数据来源：科技部

高新区是科技的集聚地，也是创新的孵化器。十年来，国家高新区成功探索出科技与经济紧密结合的有效途径。
"""


def test_a_sentence_set_right_above_a_photo_credit_is_its_caption(gazetteer):
    from archive.pipeline.parse import parse_page

    (a,) = parse_page(PEOPLES_DAILY_PICTURES, gazetteer=gazetteer).articles
    assert a.captions[:2] == [
        "陕西省西安高新区一家汽车变速器生产基地，智慧物流小车在进行物品运输。",
        "江西省新余高新区光电新材料产业园，技术工人在生产线上作业。",
    ]
    assert [b.text[:5] for b in a.blocks] == ["高新区是科"]
    assert {c.name for c in a.credits if c.role == "photo"} == {"刘潇", "赵春亮"}


def test_a_charts_data_source_is_a_caption_not_a_headline(gazetteer):
    from archive.pipeline.parse import parse_page

    (a,) = parse_page(PEOPLES_DAILY_PICTURES, gazetteer=gazetteer).articles
    assert "数据来源：科技部" in a.captions


@pytest.mark.parametrize(
    "line, name",
    [
        ("▲采访团在周口经济开发区参观。（记者 李一 摄）", "李一"),
        ("苏州工业园区一角。  朱桂根摄（新华社发）", "朱桂根"),
        ("园区一景。（王明摄）", "王明"),
        ("8月6日晚在长沙经开区拍摄的三一重工厂房夜景。新华社记者 白田田 摄", "白田田"),
        ("工人在一家食醋酿造企业的灌装生产线上检查产品。新华社发（辛一 摄）", "辛一"),
    ],
)
def test_a_caption_whose_credit_is_in_brackets_or_names_an_agency_is_a_caption(line, name):
    from archive.pipeline import bylines

    assert bylines.is_caption(line)
    assert [c.name for c in bylines.caption_credits(line)] == [name]


HEADLINE_OVER_PICTURE = """人民日报
2019年6月10日 星期一
第10版 经济

国家级经开区再获利好 加速融入全球价值链

苏州工业园区一角。  朱桂根摄

从1984年沿海城市的14家到目前遍布全国的219家，国家级经济技术开发区成为中国经济发展重要增长点。

商务部外资司负责人表示，将支持经开区引进跨国公司地区总部。

本报记者 王 珂

外国记者中关村体验“新四大发明”

新华社北京10月19日电（记者 赵修知）18日下午，一群来自世界各地的记者在中关村体验了共享单车。
"""


def test_a_headline_over_its_picture_is_no_sentence_the_picture_cut(gazetteer):
    from archive.pipeline.parse import parse_page

    a, b = parse_page(HEADLINE_OVER_PICTURE, gazetteer=gazetteer).articles
    assert a.headline == "国家级经开区再获利好 加速融入全球价值链"
    assert a.blocks[0].text.startswith("从1984年")
    assert b.headline == "外国记者中关村体验“新四大发明”"


def test_a_photographers_credit_does_not_credit_the_story(gazetteer):
    from archive.pipeline.parse import parse_page

    a, b = parse_page(HEADLINE_OVER_PICTURE, gazetteer=gazetteer).articles
    assert [(c.name, c.role) for c in a.credits] == [("朱桂根", "photo"), ("王珂", "staff")]
    assert [c.name for c in b.credits] == ["赵修知"]


CAPTION_AND_CREDIT_CUTTING = """# 凤城经开区：民企争当行业“领跑者”

文/王卢莎

如今，在凤城经济开发区的诸多民营企业中，依靠科技创新不断提高科研水平，争相占领

凤城经开区一家企业的智能化生产线。
王卢莎 摄
行业领跑位置，是他们为之不懈努力的奋斗目标。

走进凤城市宏伟机械制造有限公司，记者在采访中听到最多的一句话就是“我们的目标是成为行业领跑者”。
"""


def test_a_caption_and_its_credit_cutting_a_paragraph_leave_it_whole(gazetteer):
    from archive.pipeline.parse import parse_page

    (a,) = parse_page(CAPTION_AND_CREDIT_CUTTING, gazetteer=gazetteer).articles
    assert a.captions == ["凤城经开区一家企业的智能化生产线。"]
    assert a.paragraphs[0].endswith("争相占领行业领跑位置，是他们为之不懈努力的奋斗目标。")
    assert len(a.paragraphs) == 2
    assert [(c.name, c.role) for c in a.credits] == [("王卢莎", "author")]


def test_a_photographers_credit_under_a_caption_does_not_end_the_paragraph_it_cut(gazetteer):
    from archive.pipeline.parse import parse_page

    text = (
        "# 鼎欣生物医药产业园奠基\n\n本报记者 刘岩\n\n"
        "据了解，该产业园计划总投资64亿元人民币，着力打造集研发、生产于一体的\n\n"
        "图为大连鼎欣生物医药产业园奠基现场。\n\n本报记者 刘岩摄\n\n多功能生物医药基地。\n\n"
        "其中，一期计划投资9亿元，用地73.37万平方米。\n"
    )
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.paragraphs[0].endswith("集研发、生产于一体的多功能生物医药基地。")
    assert a.captions == ["图为大连鼎欣生物医药产业园奠基现场。"]


@pytest.mark.parametrize(
    "credit, name", [("新华社发（辛一 摄）", "辛一"), ("新华社发(辛一摄)", "辛一"), ("人民网发（李华 摄）", "李华")]
)
def test_an_agencys_sent_picture_credit_on_its_own_line_is_a_photo_credit(credit, name):
    from archive.pipeline import bylines

    assert [c.name for c in bylines.photo_credit(credit)] == [name]


@pytest.mark.parametrize(
    "credit, name", [("（科技日报记者 刘园园 摄）", "刘园园"), ("（记者 李一 摄）", "李一"), ("(王卢莎摄)", "王卢莎")]
)
def test_a_photo_credit_in_brackets_on_its_own_line_is_a_photo_credit(credit, name):
    from archive.pipeline import bylines

    assert [c.name for c in bylines.photo_credit(credit)] == [name]


# A narrow column (科技日报's 16 cells) cut mid-sentence by a picture: the caption is set across
# the picture, far wider than the column, and its credit under it.
NARROW_COLUMN_CUT_BY_A_CAPTION = """苏锡通科技产业园区：推动区域协同发展的示范园区

科技日报记者 刘园园 崔爽

5月19日，科技日报记者跟随“高质

量发展调研行”主题采访活动走进这

座园区。据介绍，江苏南通苏锡通科

技产业园区（以下简称苏锡通园区）

成立于2020年5月，由苏通科技产业

园区、锡通科技产业园一体化融合而

成，是中国与新加坡合作开发的跨国

园区，是中国政府与奥地利政府共同

苏锡通科技产业园区内的中新智能制造产业园。

{credit}

建设的生态园区。

不仅如此，园区处于上海、苏州、南

通核心三角的中心位置，是南通、苏

州、无锡三市跨江联动、推动区域协

同发展的示范园区。
"""


@pytest.mark.parametrize("credit", ["（科技日报记者 刘园园 摄）", "科技日报记者 刘园园 摄"])
def test_a_caption_wider_than_a_narrow_column_cutting_a_paragraph_leaves_it_whole(gazetteer, credit):
    from archive.pipeline.parse import parse_page

    (a,) = parse_page(NARROW_COLUMN_CUT_BY_A_CAPTION.format(credit=credit), gazetteer=gazetteer).articles
    assert a.captions == ["苏锡通科技产业园区内的中新智能制造产业园。"]
    assert a.paragraphs[0].endswith("是中国政府与奥地利政府共同建设的生态园区。")
    assert len(a.paragraphs) == 2
    assert a.byline.startswith("科技日报记者 刘园园 崔爽")


def test_a_caption_without_a_credit_wider_than_a_narrow_column_leaves_the_paragraph_whole(gazetteer):
    from archive.pipeline.parse import parse_page

    text = NARROW_COLUMN_CUT_BY_A_CAPTION.format(credit="").replace("\n\n\n\n", "\n\n")
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.captions == ["苏锡通科技产业园区内的中新智能制造产业园。"]
    assert a.paragraphs[0].endswith("共同建设的生态园区。")


def test_a_full_sentence_line_of_a_narrow_column_is_no_caption(gazetteer):
    from archive.pipeline.parse import parse_page

    text = NARROW_COLUMN_CUT_BY_A_CAPTION.format(credit="").replace("\n\n\n\n", "\n\n")
    text = text.replace("苏锡通科技产业园区内的中新智能制造产业园。", "建设的生态园。")
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert a.captions == []


def test_a_summary_set_wide_under_a_headline_on_a_narrow_page_is_no_caption(gazetteer):
    from archive.pipeline.parse import parse_page

    text = NARROW_COLUMN_CUT_BY_A_CAPTION.format(credit="").replace("\n\n\n\n", "\n\n")
    text = text.replace(
        "科技日报记者 刘园园 崔爽\n\n",
        "苏州工业园区，在国家级经开区综合发展水平考核中，连续四年位居第一。\n\n",
    )
    (a,) = parse_page(text, gazetteer=gazetteer).articles
    assert "苏州工业园区，在国家级经开区综合发展水平考核中，连续四年位居第一。" not in a.captions
