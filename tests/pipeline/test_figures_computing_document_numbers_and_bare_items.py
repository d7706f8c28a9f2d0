"""Figures a digital-economy, drug-approval or port report counts: computing power in
floating-point operations a second (PFlops, EFlops, TFlops); approval or document numbers
counted (批准文号, 批号); and items counted in 条 with no noun after them, after what they
count was named before a change verb or counted in 条 in the clause before (航线增至60条,
…新开航线3条，总数达到30条), though a bare 条 after a policy or its issuing is a clause."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text, **kw):
    return [(f.text, f.metric_class) for f in extract_figures(text, **kw)]


@pytest.mark.parametrize(
    "text, figure, base",
    [
        ("园区智算中心算力规模达到1200PFlops。", "1200PFlops", 1200),
        ("到2026年，全区智能算力超过2EFlops。", "超过2EFlops", 2000),
        ("单台服务器算力为320TFlops。", "320TFlops", 0.32),
    ],
)
def test_computing_power_is_a_figure(text, figure, base):
    found = [f for f in extract_figures(text) if f.text == figure]
    assert found and found[0].base_value == pytest.approx(base) and found[0].base_unit == "PFlops"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("今年以来，园区企业新获兽药批准文号26个。", "26个"),
        ("全年新增保健食品批号15个。", "15个"),
    ],
)
def test_approval_numbers_counted_are_a_figure(text, figure):
    assert figure in [t for t, _c in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "颁奖典礼上，园区获评第3号示范基地。",
        "国务院印发国发〔2023〕12号文件。",
    ],
)
def test_a_number_after_a_number_word_is_still_no_count(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, figure",
    [
        ("到2026年，园区国际货运航线增至60条。", "60条"),
        ("港口新开通集装箱航线3条，总数达到30条。", "30条"),
    ],
)
def test_items_in_tiao_with_no_noun_after_them_are_counted(text, figure):
    assert figure in [t for t, _c in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "会上，园区出台26条。",
        "园区出台支持政策，共计18条。",
        "园区制定“人才新政”，共20条。",
    ],
)
def test_a_bare_tiao_after_a_policy_or_its_issuing_is_still_a_clause(text):
    assert [t for t, _c in figures(text) if t.endswith("条")] == []
