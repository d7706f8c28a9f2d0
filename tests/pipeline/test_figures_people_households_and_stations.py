"""What a count of people, households or institutions counts: people named by a word for a
person (经纪人, 导师, 投资人, 工程师, 求职者 …) counted in 人/名/位 are talent; households
(农户, 居民户, 家庭) and stations or centres (创新站, 服务站, 中心) counted in 户 or 家 are
no enterprises."""

import pytest

from archive.pipeline.figures import extract_figures


def figures(text, **kw):
    return [(f.text, f.metric_class) for f in extract_figures(text, **kw)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("园区今年培养知识产权经纪人45名。", "45名"),
        ("基地已聘请创业导师120余名。", "120余名"),
        ("其中天使投资人30名，产业导师52名。", "30名"),
        ("其中天使投资人30名，产业导师52名。", "52名"),
        ("区内共有注册工程师860人。", "860人"),
        ("招聘会吸引求职者3200人。", "3200人"),
    ],
)
def test_people_named_by_a_word_for_a_person_are_talent(text, figure):
    assert (figure, "人才") in figures(text)


def test_visitors_counted_are_still_no_talent():
    assert ("12万人次", "其他") in figures("活动期间接待游客12万人次。")


@pytest.mark.parametrize(
    "text, figure",
    [
        ("合作社带动1.5万户农户增收。", "1.5万户"),
        ("项目惠及周边居民户2800户。", "2800户"),
        ("园区结对帮扶困难家庭320户。", "320户"),
    ],
)
def test_households_are_no_enterprises(text, figure):
    assert (figure, "其他") in figures(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("园区与高校共建专家服务站16家。", "16家"),
        ("已建成企业服务中心12家。", "12家"),
    ],
)
def test_stations_and_centres_counted_are_no_enterprises(text, figure):
    assert (figure, "其他") in figures(text)


def test_enterprises_counted_in_households_are_still_enterprises():
    assert ("562户", "企业数") in figures("同期注销企业562户。")
