"""新华社 closes a story written by several reporters with a line naming those who joined
in: ``参与采写：X`` (or several names). It is printed under the text only, so it closes the
story above and credits its names there, even when the story is credited already; it is
never the next story's headline."""

from archive.pipeline.parse import parse_page

PAGE = """## 在“稀土之都”，园区跑出新速度

新华社记者　乌　兰　高志强

　　包头稀土高新区的一座厂房里，机械臂正把一块块永磁体装进电机外壳。“订单已经排到年底。”企业负责人说。

　　去年，园区稀土新材料产业产值同比增长三成，新引进项目27个。

{joint}

赣州经开区：新能源汽车产业链加速成形

　　新华社南昌6月3日电（记者刘　畅）记者从赣州经开区获悉，今年前5个月，该区新能源汽车产业产值同比增长42%。

　　目前，园区已集聚整车及零部件企业110余家。
"""


def test_a_joint_reporting_line_closes_the_story_above_and_credits_it(gazetteer):
    first, second = parse_page(PAGE.format(joint="参与采写：韩　冬"), gazetteer=gazetteer).articles
    assert sorted(c.name for c in first.credits) == ["乌兰", "韩冬", "高志强"]
    assert first.paragraphs[-1].endswith("新引进项目27个。")
    assert second.headline == "赣州经开区：新能源汽车产业链加速成形"
    assert second.subtitle == ""
    assert [c.name for c in second.credits] == ["刘畅"]


def test_it_credits_every_name_the_line_gives(gazetteer):
    first, second = parse_page(PAGE.format(joint="参与采写：韩冬、邹文婧"), gazetteer=gazetteer).articles
    assert sorted(c.name for c in first.credits) == ["乌兰", "邹文婧", "韩冬", "高志强"]
    assert second.headline == "赣州经开区：新能源汽车产业链加速成形"
