"""PDF text wraps its lines where the column did, and a Latin word or a code broken at a
line's end keeps its hyphen there (``bio-`` / ``pharmaceutical…``, ``6G-`` / ``R…``). Such a
line leaves a word open: the next line goes on with the paragraph, however short it is
(set with Latin letters, it is narrower than the Chinese lines around it), and is never a
headline nor the paragraph's last line. A word in lower case either side loses the hyphen
(``biopharmaceutical``); a hyphen after a capital or a digit is the word's own (``6G-R``)."""

from archive.pipeline.parse import accounted_chars, parse_page

PAGE = """合肥高新区生物医药产业园新增入驻企业

  本报讯　（记者　方　圆）合肥高新区生物医药产业园近
日迎来一批新企业：9家从事抗体药物、细胞治疗和bio-
pharmaceutical研发的企业签约入驻，园区入驻
企业总数达到64家。
  园区负责人介绍，入驻企业可共享价值2亿元的公共实验
平台，园区还将联合高校建设中试基地，推动成果就地转化。

芜湖高新区启用6G-R通信测试场

  本报讯　（记者　钱　进）芜湖高新区联合科研院所建成的6G-
R（6G-Railway）测试场日前启用，可为园区
轨道交通装备企业提供车地通信测试，测试带宽达到每秒
20吉比特。
  首批入场测试的企业有5家，测试周期平均缩短三分之一。
"""


def test_a_line_ending_in_a_hyphenated_word_goes_on_with_its_paragraph(gazetteer):
    page = parse_page(PAGE, gazetteer=gazetteer)
    first, second = page.articles
    assert [b.text for b in first.blocks] == [
        "合肥高新区生物医药产业园近日迎来一批新企业：9家从事抗体药物、细胞治疗和biopharmaceutical"
        "研发的企业签约入驻，园区入驻企业总数达到64家。",
        "园区负责人介绍，入驻企业可共享价值2亿元的公共实验平台，园区还将联合高校建设中试基地，推动成果就地转化。",
    ]
    assert second.headline == "芜湖高新区启用6G-R通信测试场"
    assert [b.text for b in second.blocks] == [
        "芜湖高新区联合科研院所建成的6G-R（6G-Railway）测试场日前启用，可为园区轨道交通装备企业提供车地通信测试，"
        "测试带宽达到每秒20吉比特。",
        "首批入场测试的企业有5家，测试周期平均缩短三分之一。",
    ]
    raw, placed = accounted_chars(PAGE, page)
    assert raw == placed
