"""A page that sets a blank line before each story: a heading set tight under the text
above it is that story's subhead, even over a section that shares few words with the
story's lead (``topics.set_apart``); a heading after a blank line over text about
something else still starts a story of its own (``topics.changes_topic``)."""

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
