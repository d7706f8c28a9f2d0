"""The Whoosh tokenizers: the terms of ``search.analysis`` as Whoosh tokens."""

from whoosh.analysis import Token

from search.backends.whoosh import fields


def tokens(tokenizer, text, **kwargs):
    return [(t.text, t.pos, t.startchar, t.endchar) for t in tokenizer(text, positions=True, chars=True, **kwargs)]


def test_it_numbers_word_positions_consecutively_and_keeps_char_offsets():
    toks = tokens(fields.QueryWordTokenizer(), "乌鲁木齐与北京签署协议")
    assert [t[1] for t in toks] == list(range(len(toks)))
    text = "乌鲁木齐与北京签署协议"
    assert all(text[s:e] == w for w, _p, s, e in toks)


def test_it_keeps_the_original_offsets_for_traditional_and_fullwidth_text():
    text = "張江ＳＭＣ公司"
    toks = tokens(fields.CharTokenizer(), text)
    assert [t[0] for t in toks] == ["张江", "江", "smc", "公司", "司"]
    assert text[toks[2][2] : toks[2][3]] == "ＳＭＣ"


def test_it_honours_tokenize_false_so_match_all_works():
    toks = tokens(fields.WordTokenizer(), "*", tokenize=False)
    assert toks == [("*", 0, 0, 1)]


def test_a_token_is_a_whoosh_token():
    assert isinstance(next(iter(fields.CharTokenizer()("京"))), Token)


def test_the_char_set_tokenizer_gives_each_han_character_once_at_its_first_offset():
    text = "京、北京SMC 京"
    toks = tokens(fields.HanCharTokenizer(), text)
    assert [(t[0], text[t[2] : t[3]]) for t in toks] == [("京", "京"), ("北", "北")]
    assert toks[0][2] == 0
