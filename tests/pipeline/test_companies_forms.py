"""Company names in the forms a fifth held-out test wrote them: a list after 带动, a joint
venture's hyphen (一汽-大众), and a name that opens with 联合."""

import pytest

from archive.pipeline.companies import extract_companies


def names(text):
    return [c.name for c in extract_companies(text)]


def test_a_list_led_in_by_daidong_starts_after_the_verb():
    assert names("项目投产后将带动星宇电子、华光集团等上下游企业集聚。") == ["星宇电子", "华光集团"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("长安-福特汽车有限公司前三季度产量增长12%。", "长安-福特汽车有限公司"),
        ("园区引进了东风－日产汽车有限公司。", "东风－日产汽车有限公司"),
    ],
)
def test_a_hyphen_between_name_characters_is_inside_the_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        ("联合汽车电子有限公司建成新一代控制器产线。", "联合汽车电子有限公司"),
        ("产线已投产；联合光电股份有限公司建成研发中心。", "联合光电股份有限公司"),
        ("园区联合华为技术有限公司共建实验室。", "华为技术有限公司"),
        ("区政府牵头，联合华为技术有限公司等企业组建联盟。", "华为技术有限公司"),
    ],
)
def test_lianhe_opening_a_sentence_is_the_names_and_after_a_subject_a_verb(text, name):
    assert names(text) == [name]
