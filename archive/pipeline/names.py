"""People's names and the role words that credit them, as bylines print them: what a name
looks like (two to four characters, or a minority's name with a middle dot), which bare
tokens are a person's (a common surname, not a column's word or a place), and the role
words in the order they must be tried. ``bylines`` and ``leads`` read credits with them."""

import re

# Common Chinese surnames (single and compound). Used only to accept a line made of bare
# names with no marker (an end signature such as ``石珊 谢小青 陈炜 谭超``).
_SINGLE_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况"
    "那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "洪"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "令狐",
)
_NOT_NAMES = {"编者按", "本报讯", "图片来源", "通讯员", "记者", "摄影", "作者"}

# Role words in the order they must be tried (longest first).
_ROLE_WORDS = [
    ("本报特约评论员", "author"),
    ("本报特约记者", "special"),
    ("本报特约通讯员", "special"),
    ("特约评论员", "author"),
    ("特约记者", "special"),
    ("特约撰稿人", "special"),
    ("特约撰稿", "special"),
    ("特约通讯员", "special"),
    ("本报通讯员", "correspondent"),
    # a local paper's reporters for print and screen (本报讯（全媒体记者 李梅）)
    ("本报全媒体记者", "staff"),
    ("本报融媒体记者", "staff"),
    ("全媒体记者", "staff"),
    ("融媒体记者", "staff"),
    ("全媒记者", "staff"),
    ("融媒记者", "staff"),
    ("本报记者", "staff"),
    ("通讯员", "correspondent"),
    ("记者", "staff"),
    ("实习生", "contributor"),
    # who joined in the reporting, on a line of its own under a wire's story (参与采写：X)
    ("参与采写", "contributor"),
    ("本报评论员", "author"),
    ("评论员", "author"),
    ("作者", "author"),
    ("撰文", "author"),
    ("撰稿", "author"),
    # who checked or proofread the story, on its credit line (撰稿：何晴  审核：周立): no credit
    ("审核", ""),
    ("审校", ""),
    # the desk editor a business paper or a site credits beside its writers (每经记者 X  每经编辑
    # Y, 作者：X  责编：Y)
    ("编辑", ""),
    ("责编", ""),
    ("文·图/", "author"),
    ("文/图", "author"),
    ("图/文", "author"),
    ("文/", "author"),
    ("图/", "photo"),
    ("摄影", "photo"),
]
ROLE_RE = re.compile("|".join(w for w, _ in _ROLE_WORDS))
ROLE_OF = dict(_ROLE_WORDS)
# The role words that may credit a person where a paragraph opens (``本报讯 特约记者 王明
# 近日…``), longest first: not the slash forms (read apart), 作者 (an attribution's label),
# 撰文 or 摄影 (a credit line's, ``撰文：X 摄影：Y``).
PERSON_ROLE_WORDS = tuple(
    w for w, role in _ROLE_WORDS if "/" not in w and w not in ("作者", "撰文", "撰稿", "摄影", "参与采写") and role
)

_HAN = r"\u3400-\u9fff"
# A person's name as bylines print it (``leads`` reads openings with it too); a name of the
# minorities' form has a middle dot: 阿依古丽·买买提.
NAME = rf"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,6}}·[{_HAN}]{{1,8}})"
_NAME_RE = re.compile(rf"^{NAME}$")


def is_surname(token: str) -> bool:
    """Is ``token`` a common single-character surname (``周``)?"""
    return len(token) == 1 and token in _SINGLE_SURNAMES


def is_name(token: str) -> bool:
    return bool(_NAME_RE.match(token)) and token not in _NOT_NAMES and not ROLE_RE.search(token)


def looks_like_person(token: str) -> bool:
    """A bare 2–4 character token that starts with a common surname."""
    if not is_name(token):
        return False
    if token[:2] in COMPOUND_SURNAMES or "·" in token:  # (阿依古丽·买买提: a person's name)
        return True
    return token[0] in _SINGLE_SURNAMES and len(token) <= 3


# Short column names that start with a common surname (``时评``): never a lone byline.
_COLUMN_WORDS = set(
    "时评 简讯 快讯 短评 综述 特稿 要闻 聚焦 观察 编后 点评 时论 钟声 华章 组图 "
    # what follows 记者 in a sidebar's label (记者手记, 记者调查), not a reporter's name
    "手记 札记 笔记 日记 调查 探访 走访 连线 体验 感言 随笔 直击 追踪 亲历".split()
)
# A lone "name" ending like a place or an organisation is not a person (``高新区``).
_PLACE_ENDINGS = tuple("区园城市省县镇村乡港湾")


def is_person_name(s: str) -> bool:
    """A name a marker may stand before on its own (``■叶伟``): a common surname's, a
    compound surname's or one with a middle dot; not a section head (``■谈项目``)."""
    if s[1:] in _SECTION_NOUNS:
        return False
    return is_bare_name(s) or (is_name(s) and (len(s) >= 3 and s[:2] in COMPOUND_SURNAMES or "·" in s))


# What an interview's or a report's section head names after its verb (``■谈项目``, ``■谈人才``,
# ``■强链条``, ``■高质量``): the verb may be a surname, so with a bullet and no role word the
# head reads like ``■叶伟``. A common noun there is no given name.
_SECTION_NOUNS = frozenset(
    "项目 人才 创新 发展 改革 开放 产业 服务 环境 营商 招商 规划 未来 科技 转型 合作 生态 民生 党建 治理 "
    "机遇 挑战 成效 亮点 举措 目标 企业 园区 经济 政策 资金 市场 品牌 质量 效率 安全 绿色 数字 链条 投资 "
    "融资 金融 文化 教育 城市 乡村 协同 变化 思路 成绩 问题 难题 机制 动能 布局 前景 使命 担当 作风 平台 "
    "载体 空间 土地 要素 制造 智造 创业 就业 消费 外贸 优势 特色 定位 战略 路径 方向 重点 难点 痛点 初心 "
    "责任 招引 产业链 新质 生产力 数字化 智能化 国际化 现代化 一体化".split()
)


# A zone press office's collective pen name: a city's one-character name, the zone's kind and
# 宣 (宣传): 孝高宣 (孝感高新区), 穗开宣 (广州开发区), 常新宣 (常州新北区), 苏高新宣 (苏州高新区),
# and 经开宣, 高新宣.
_DESK_NAME_RE = re.compile(r"^(?:[\u4e00-\u9fff]?(?:经开|高新)|[\u4e00-\u9fff][高开新])宣$")


def is_desk_name(s: str) -> bool:
    """A press office's pen name signing a story (``孝高宣``, ``经开宣``): credited as a person's
    name is, where a person's name is looked for."""
    return _DESK_NAME_RE.match(s) is not None


def is_column_word(s: str) -> bool:
    """A column's or a sidebar's word, never a name (``时评``; ``手记`` of 记者手记)."""
    return s in _COLUMN_WORDS


def is_bare_name(s: str) -> bool:
    """A person-like name (``王桂林``): a common surname, not a column word or a place."""
    return looks_like_person(s) and s not in _COLUMN_WORDS and not s.endswith(_PLACE_ENDINGS)


def is_credited_name(s: str) -> bool:
    """A name printed after a role word in credits (``本报记者　其其格``): the role says a
    name follows, so no common surname is needed (a Mongolian's, a Tibetan's); not a
    column word (``记者手记``) or a place."""
    return is_name(s) and s not in _COLUMN_WORDS and not s.endswith(_PLACE_ENDINGS)


def is_signature_name(s: str) -> bool:
    """A pen name or person's name a paragraph may end with (``欣然``): two or three
    characters, not a column word or a place; no surname needed."""
    return 2 <= len(s) <= 3 and is_name(s) and s not in _COLUMN_WORDS and not s.endswith(_PLACE_ENDINGS)


# How the name of a writer's employer ends, printed before the writer's after a bullet
# (``□ 中国电子信息产业发展研究院 刘洋``, think tanks' and experts' articles): it names no one.
_ORGANISATION_ENDINGS = (
    "研究院",
    "研究所",
    "研究中心",
    "研究会",
    "研究室",
    "科学院",
    "社科院",
    "实验室",
    "中心",
    "融媒",  # a county's or a zone's media centre (光谷融媒)
    "传媒",
    "大学",
    "学院",
    "协会",
    "学会",
    "委员会",
    "管委会",
    "智库",
    "集团",
    "公司",
    "银行",
)


def is_organisation(s: str) -> bool:
    """An organisation's name (``清华大学``, ``国务院发展研究中心``): four characters or more
    ending as one does."""
    return 4 <= len(s) <= 24 and s.endswith(_ORGANISATION_ENDINGS) and all("\u3400" <= c <= "\u9fff" for c in s)


# Who supplied a picture rather than took it, before 供图 (``受访单位供图``, ``受访者供图``,
# ``主办方供图``, ``资料供图``): a party to the story or an office, no person to credit.
_SUPPLIER_RE = re.compile(r"^(?:受访|被访|采访对象|资料)|(?:单位|企业|部门|机构|主办方|承办方|协办方|组委会)$")


def is_picture_supplier(s: str) -> bool:
    """A picture's supplier named where a photographer's name stands (``受访单位``)."""
    return _SUPPLIER_RE.search(s) is not None or is_organisation(s)


def without_employers(tokens: list[str]) -> list[str]:
    """A byline's tokens without the organisations each writer is printed after
    (``中国电子信息产业发展研究院 刘洋``: the institute names no one)."""
    return [
        t for i, t in enumerate(tokens) if not (is_organisation(t) and i + 1 < len(tokens) and is_name(tokens[i + 1]))
    ]
