"""A page that sets a blank line before each story: a heading set tight under the text
above it is that story's subhead, even over a section that shares few words with the
story's lead (``topics.set_apart``); a heading after a blank line over text about
something else still starts a story of its own (``topics.changes_topic``). Where no blank
line tells, a heading of the form of a subhead of the story above is its next subhead
(``topics.same_form``)."""

from archive.pipeline.parse import accounted_chars, parse_page

from .layouts import wrap

INDENT = "\u3000\u3000"


def column(*paragraphs: str) -> list[str]:
    return [line for p in paragraphs for line in wrap(INDENT + p, 16)]


FEATURE = [
    "创新园区跑出发展加速度",
    "本报记者　王　明",
    *column(
        "初夏时节，滨湖科技园的研发楼里一片繁忙，一批新建的中试基地陆续投用，园区企业的订单排到了年底。",
        "今年一季度，园区规模以上工业增加值同比增长9.6%，高新技术企业总数超过3200家。",
    ),
    "重研发，企业舍得投入",
    *column(
        "在一家光学仪器公司的实验室里，工程师们正在调试新一代激光测距设备。",
        "“近三年公司研发投入年均增长超过两成，产品精度已达国际先进水平。”公司负责人说。",
    ),
    "补链条，产业抱团成长",
    *column("光学器件、精密仪器、智能装备等一条完整的产业链正在成形，从镜片、模组到整机的配套企业已有六十余家。"),
]
NEWS = [
    "东港新区举办智能制造论坛",
    *column(
        "本报讯（记者 李华）5月20日，东港新区举办智能制造论坛，来自全国的百余位专家学者和企业代表参加。",
        "论坛期间，东港新区与多家机构签署合作协议，共建智能制造公共服务平台。",
    ),
]
BRIEF = [
    "百家企业拿出三千个岗位招揽人才",
    *column(
        "为帮助企业解决用工难题，市人社部门联合有关单位举办专场招聘会，一百余家企业现场提供岗位三千余个，涵盖研发、技工、管理等类别，吸引了两千多名求职者到场。",
        "据了解，招聘会还设置了政策咨询和技能培训专区，现场达成初步就业意向八百余人。",
    ),
]


def test_a_heading_tight_under_its_storys_text_is_a_subhead_where_stories_are_set_apart(gazetteer):
    text = "\n".join([*FEATURE, "", *NEWS, "", *BRIEF]) + "\n"
    page = parse_page(text, gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [FEATURE[0], NEWS[0], BRIEF[0]]
    feature = page.articles[0]
    assert [b.text for b in feature.blocks if b.kind == "subhead"] == ["重研发，企业舍得投入", "补链条，产业抱团成长"]
    raw, placed = accounted_chars(text, page)
    assert raw == placed


def test_a_heading_of_the_form_of_the_storys_subhead_is_its_next_subhead(gazetteer):
    # No blank line on the page says where its stories begin; the section under
    # ``“芯片”难题怎么破`` shares few words with the story, but the heading has the form of the
    # story's subhead above it.
    story = [
        "滨湖科技园加快推动科技成果转化",
        "本报记者　王　明",
        *column(
            "在滨湖科技园，一批大科学设施集聚，每年吸引数万名科研人员前来开展实验，园区科技成果转化步伐不断加快。",
            "如何让科研成果更多地在滨湖科技园开花结果？近年来，滨湖科技园推出概念验证、中试熟化等举措，推动科研成果走向产品。",
        ),
        "“最初一公里”怎么走",
        *column("滨湖科技园设立了概念验证中心，对高校院所的科研成果给予验证资金，帮助科研人员判断成果的市场价值。"),
        "“芯片”难题怎么破",
        *column(
            "在集成电路领域，一些企业通过与高校联合攻关，在关键设备零部件上取得突破，形成了较为完整的产业链。",
            "“优势在于大设施和产业链都在身边，想法可以很快在企业里得到验证。”一位集成电路企业研发负责人说。",
        ),
    ]
    page = parse_page("\n".join(story) + "\n", gazetteer=gazetteer)
    assert [a.headline for a in page.articles] == [story[0]]
    assert [b.text for b in page.articles[0].blocks if b.kind == "subhead"] == [
        "“最初一公里”怎么走",
        "“芯片”难题怎么破",
    ]
