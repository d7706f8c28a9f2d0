"""A column's label in the middle of a page (短评, 【园区观察】, 园区简讯) over a title or a run of
bulleted briefs ends the story above, though no byline follows it; a commentary's name
signed at its end is its author's."""

from .whole_pages import parsed_whole

STORY = (
    "宁波高新区新材料产业集群加速壮大\n\n本报记者 周航\n\n"
    "今年以来，宁波高新区新材料产业产值同比增长18%，集聚上下游企业300余家，形成从研发到制造的完整链条。\n\n"
    "园区相关负责人表示，下一步将围绕石墨烯、磁性材料等细分领域，引进一批链主企业和配套项目。\n\n"
)


def test_a_commentary_label_and_its_title_start_an_article_signed_by_its_author(gazetteer):
    text = STORY + (
        "短评\n\n别让企业在园区里“单打独斗”\n\n"
        "宁波高新区新材料产业集群的壮大表明，集群有没有活力，不看企业数量，而看上下游企业之间有没有分工协作。\n\n"
        "园区要做的，是围绕细分领域引进链主企业和配套项目，让大企业愿意带、小企业跟得上，久久为功。 林舟\n"
    )
    story, comment = parsed_whole(text, gazetteer).articles
    assert [c.name for c in story.credits] == ["周航"]
    assert [b.kind for b in story.blocks] == ["p", "p"]
    assert (comment.headline, comment.column) == ("别让企业在园区里“单打独斗”", "短评")
    assert [c.name for c in comment.credits] == ["林舟"]
    assert comment.paragraphs[-1].endswith("久久为功。")


def test_a_bracketed_column_label_and_its_title_start_an_article(gazetteer):
    text = STORY + (
        "【园区观察】\n\n服务要跑在需求前面\n\n"
        "宁波高新区新材料产业产值的增长，离不开园区对链主企业和配套项目的主动服务、精准对接。\n\n"
        "只有服务跑在需求前面，上下游企业才会把园区当成自己的家，把根扎在宁波高新区。（苏晴）\n"
    )
    story, comment = parsed_whole(text, gazetteer).articles
    assert [c.name for c in story.credits] == ["周航"]
    assert (comment.headline, comment.column) == ("服务要跑在需求前面", "园区观察")
    assert [c.name for c in comment.credits] == ["苏晴"]


def test_a_column_of_bulleted_briefs_under_its_label_ends_the_story_above(gazetteer):
    text = STORY + (
        "园区简讯\n\n"
        "■ 日前，宁波高新区与宁波大学签署合作协议，双方将共建新材料中试基地。（顾岩）\n\n"
        "■ 近日，宁波高新区举行新材料产业项目集中签约仪式，签约项目12个。（陶然）\n"
    )
    story, first, second = parsed_whole(text, gazetteer).articles
    assert [c.name for c in story.credits] == ["周航"]
    assert "园区简讯" not in story.paragraphs
    assert first.column == second.column == "园区简讯"
    assert first.paragraphs == ["日前，宁波高新区与宁波大学签署合作协议，双方将共建新材料中试基地。"]
    assert [c.name for c in first.credits] == ["顾岩"]
    assert [c.name for c in second.credits] == ["陶然"]


def test_a_marked_column_heading_over_a_marked_headline_is_the_column(gazetteer):
    text = (
        "# 园区书记访谈录\n\n## 以“双链融合”打造先进制造业高地\n\n——访常州高新区党工委书记沈阳\n\n■ 本报记者 许诺\n\n"
        "记者：常州高新区近年来在先进制造业发展上有哪些新举措？\n\n"
        "沈阳：我们坚持产业链和创新链双链融合，每条重点产业链都配套建设一个创新平台，推动科技成果就地转化。\n"
    )
    page = parsed_whole(text, gazetteer)
    (story,) = page.articles
    assert (story.column, story.kicker, story.headline) == ("园区书记访谈录", "", "以“双链融合”打造先进制造业高地")
    assert story.subtitle.lstrip("—") == "访常州高新区党工委书记沈阳"


def test_a_marked_kicker_over_a_marked_headline_stays_the_kicker(gazetteer):
    text = (
        "### 一季度签约项目42个\n\n# 常州高新区以链招商跑出加速度\n\n"
        "本报讯 今年一季度，常州高新区新签约项目42个，总投资逾360亿元，其中先进制造业项目占比超过七成。\n"
    )
    (story,) = parsed_whole(text, gazetteer).articles
    assert (story.column, story.kicker, story.headline) == ("", "一季度签约项目42个", "常州高新区以链招商跑出加速度")


def test_bulleted_headlines_under_a_column_label_are_one_article_each_without_the_bullet(gazetteer):
    text = STORY + (
        "园区动态\n\n"
        "◎ 宁波高新区新增省级研发中心5家\n\n"
        "　　日前，宁波高新区新认定省级企业研发中心5家，总数达到86家。\n\n"
        "◎ 宁波新材料实验室二期开工\n\n"
        "　　近日，宁波新材料实验室二期工程开工，总投资12亿元。\n"
    )
    story, first, second = parsed_whole(text, gazetteer).articles
    assert "园区动态" not in story.paragraphs
    assert (first.column, first.headline) == ("园区动态", "宁波高新区新增省级研发中心5家")
    assert second.headline == "宁波新材料实验室二期开工"
    assert second.paragraphs == ["近日，宁波新材料实验室二期工程开工，总投资12亿元。"]
