from search import analysis
from search.positions import unit_positions, word_positions


def test_it_converts_traditional_to_simplified():
    assert analysis.normalize("張江高新區發展") == "张江高新区发展"
    assert analysis.query_words("張江") == analysis.query_words("张江")


def test_it_keeps_the_length_of_any_text():
    for text in ["\x00控制\x1f", "😀emoji", "\ud800lone", "İstanbul", "乾隆後來"]:
        assert len(analysis.normalize(text)) == len(text)


def test_it_keeps_numbers_and_latin_words_as_tokens():
    words = analysis.query_words("SMC公司5G签约4191.83亿元")
    assert "smc" in words and "5g" in words
    assert analysis.query_units("4191.83") == ["4191", "83"]
    assert analysis.query_units("京") == ["京"]


def test_it_learns_park_and_reporter_names():
    analysis.add_words(["于大勇", "宿迁高新区"])
    assert analysis.query_words("本报记者于大勇")[-1] == "于大勇"
    assert "宿迁高新区" in analysis.query_words("宿迁高新区每两年")


def test_the_char_field_indexes_bigrams_and_queries_end_in_a_prefix():
    assert analysis.query_char_terms("新中心") == (["新中", "中心"], None)
    assert analysis.query_char_terms("京") == ([], "京")
    assert analysis.query_char_terms("云签约5G") == (["云签", "签约", "约", "5g"], None)


def test_a_number_with_thousands_separators_is_one_unit_and_one_word():
    for written in ["4,000亿元", "4，000亿元", "4000亿元"]:
        assert analysis.query_units(written) == ["4000", "亿", "元"]
        assert analysis.query_words(written) == ["4000", "亿元"]
    assert analysis.query_units("12,345,678.5") == ["12345678", "5"]
    assert analysis.query_units("2019,2020年") == ["2019", "2020", "年"]  # not a grouping: two numbers
    text = analysis.normalize("投资4，000亿元，其中1,200万元")
    by_tokenizer = {}
    for word, pos, _s, _e in analysis.char_terms(text):
        by_tokenizer.setdefault(word, []).append(pos)
    assert by_tokenizer == unit_positions(text)
    assert {w for w, *_ in analysis.words(text, subwords=True)} == set(word_positions(text))


def test_it_lists_each_han_character_of_a_text_once():
    text = analysis.normalize("北京、京津冀 SMC5G 2024年 京")
    assert analysis.han_chars(text) == {"北", "京", "津", "冀", "年"}
    assert analysis.han_chars(text) == {u for u in analysis.query_units(text) if analysis.is_han_word(u)}
