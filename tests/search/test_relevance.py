"""Relevance over the fixture pages, imported and published by the real importer:
query -> articles that must come back, the one that must come first, ones that must not."""

from search import query


def headlines(q, **kwargs):
    return [a.headline for a in query.search(q, **kwargs).articles]


def has(found, *needles):
    return all(any(n in h for h in found) for n in needles)


def test_nadi_jikaigong_finds_baotou_and_suqian(archive):
    found = headlines("拿地即开工")
    assert has(found, "包你满意", "宿迁高新区")
    assert not has(found, "张江")


def test_zhangjiang_puts_the_shanghai_zhangjiang_article_first(archive):
    assert headlines("张江")[0].startswith("上海张江高新区")


def test_traditional_zhangjiang_finds_the_same(archive):
    assert headlines("張江") == headlines("张江")


def test_gazelle_companies(archive):
    found = headlines("瞪羚企业")
    assert has(found, "沈阳高新区", "潍坊高新区")
    assert not has(found, "张江")


def test_a_reporters_name_finds_their_articles(archive):
    found = headlines("于大勇")
    assert has(found, "打通向西开放", "上海张江高新区")
    assert len(found) == 2


def test_a_single_character(archive):
    assert has(headlines("京"), "打通向西开放")


def test_numbers_and_latin(archive):
    assert headlines("4191.83") == ["佛山高新区：“干”字当头谱新篇"]
    assert has(headlines("SMC"), "北京经开区")
    assert has(headlines("5G"), "北京经开区")
    assert len(headlines("PPP")) >= 1


def test_a_substring_across_word_boundaries(archive):
    assert has(headlines("新中心"), "打通向西开放")


def test_an_exclusion_removes_an_article(archive):
    found = headlines("拿地即开工 -包头")
    assert has(found, "宿迁高新区") and not has(found, "包你满意")


def test_a_park_filter_narrows_to_the_parks_articles(archive):
    park = query.search("拿地即开工").facets["park"]
    suqian = next(f for f in park if "宿迁" in f["label"])
    found = headlines("拿地即开工", filters=query.Filters(parks=[suqian["value"]]))
    assert found and all("包你满意" not in h for h in found)


def test_a_pasted_phrase_with_punctuation_inside_finds_its_article(archive):
    assert headlines('"近日,家住益阳高新区"') == ["益阳高新区:“一门式”服务全覆盖 便民利民暖人心"]
    assert has(headlines("“年会期间,乌鲁木齐与北京”"), "打通向西开放")


def related_to(headline_part):
    from archive.models import Article

    article = Article.objects.published().get(headline__contains=headline_part)
    return [a.headline for a in query.more_like_this(article, limit=3)]


def test_related_articles_pair_the_two_urumqi_stories(archive):
    assert "想不到乌鲁木齐" in related_to("全球豫商")[0]
    assert "全球豫商" in related_to("想不到乌鲁木齐")[0]


def test_related_articles_pair_stories_on_the_same_theme(archive):
    assert has(related_to("安康高新区大力推进基层党建"), "景德镇高新区:强化党建")
    assert has(related_to("益阳高新区"), "湘潭高新区:政务服务")
    assert not has(related_to("益阳高新区"), "益阳高新区")
