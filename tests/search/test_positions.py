"""The indexing fast paths (search.positions) give the terms and positions of search.analysis."""

from search import analysis
from search.positions import WordTerms, unit_positions, unit_sequence, word_positions, word_sequence


def test_it_breaks_char_phrases_at_punctuation_but_not_at_line_breaks():
    positions = unit_positions(analysis.normalize("京、沪 创新\n中心"))
    assert positions["沪创"][0] - positions["京"][0] == 2
    assert positions["新中"][0] - positions["创新"][0] == 1


def test_the_fast_index_path_agrees_with_the_tokenizer():
    text = analysis.normalize("上海张江高新区集聚了330家国家级研发机构，SMC(中国)有限公司 4191.83亿元")
    by_tokenizer = {}
    for word, pos, _s, _e in analysis.char_terms(text):
        by_tokenizer.setdefault(word, []).append(pos)
    assert by_tokenizer == unit_positions(text)
    words = word_positions(text)
    assert {w for w, *_ in analysis.words(text, subwords=True)} == set(words)


def test_it_adds_dictionary_sub_words_of_long_words_at_the_same_position():
    analysis.add_words(["上海张江高新区"])
    poses = word_positions("上海张江高新区发展")
    assert poses["上海张江高新区"] == poses["上海"] == poses["高新区"]


def test_positions_are_numbered_from_the_start_given():
    text = analysis.normalize("上海张江高新区发展，京、沪 4191.83")
    for positions in (unit_positions, word_positions):
        assert positions(text, start=7) == {t: [p + 7 for p in ps] for t, ps in positions(text).items()}


def test_the_build_sequences_give_the_terms_and_positions_of_the_grouped_paths():
    text = analysis.normalize("上海张江高新区发展，京、沪 创新\n中心 4,000亿元 4191.83 SMC(中国) 京京。京")
    terms, positions = unit_sequence(text, start=3)
    by_tokenizer = [(term, pos + 3) for term, pos, _s, _e in analysis.char_terms(text)]
    assert sorted(zip(terms, positions, strict=True)) == sorted(by_tokenizer)
    occurrences = word_sequence(text, WordTerms())
    assert {w: occurrences.count(w) for w in occurrences} == {w: len(p) for w, p in word_positions(text).items()}
