"""The vocabulary of key figures (``figures``): units and their base units, the words that
qualify a number, the metric terms and their classes, and the counted nouns that are not
key figures. Tables only; the rules that use them are in ``figures``."""

import re
from decimal import Decimal

# unit as written -> (kind, base unit, factor to the base unit)
UNITS = {
    "元": ("money", "元", 1),
    "美元": ("money", "美元", 1),
    "欧元": ("money", "欧元", 1),
    "港元": ("money", "港元", 1),
    "平方公里": ("area", "平方米", 10**6),
    "平方千米": ("area", "平方米", 10**6),
    "平方米": ("area", "平方米", 1),
    "平米": ("area", "平方米", 1),
    "㎡": ("area", "平方米", 1),
    "公顷": ("area", "平方米", 10**4),
    "亩": ("area", "平方米", Decimal(2000) / 3),
    "GW": ("power", "W", 10**9),
    "MW": ("power", "W", 10**6),
    "kW": ("power", "W", 10**3),
    "吉瓦": ("power", "W", 10**9),
    "兆瓦": ("power", "W", 10**6),
    "千瓦": ("power", "W", 10**3),
    # a transformer's or substation's capacity in apparent power (变电容量60万千伏安)
    "千伏安": ("power", "千伏安", 1),
    "兆伏安": ("power", "千伏安", 10**3),
    "kVA": ("power", "千伏安", 1),
    "千瓦时": ("energy", "千瓦时", 1),
    # a battery line's or a storage station's capacity (50GWh电芯): not power, not energy used
    "GWh": ("storage", "千瓦时", 10**6),
    "Gwh": ("storage", "千瓦时", 10**6),
    "MWh": ("storage", "千瓦时", 10**3),
    # (in words: 200兆瓦/800兆瓦时, a storage plant's power and energy; 兆瓦 alone would cut it)
    "兆瓦时": ("storage", "千瓦时", 10**3),
    "吉瓦时": ("storage", "千瓦时", 10**6),
    # a battery plant's yearly output in ampere-hours (年产6亿安时电池)
    "安时": ("storage", "安时", 1),
    "Ah": ("storage", "安时", 1),
    "kWh": ("energy", "千瓦时", 1),
    # computing power in floating-point operations a second (算力规模达到1200PFlops)
    **{
        f"{p}{f}": ("compute", "PFlops", k)
        for p, k in (("P", 1), ("E", 1000), ("T", Decimal("0.001")))
        for f in ("Flops", "FLOPS", "flops")
    },
    "立方米": ("volume", "立方米", 1),
    # an amount per area is an intensity (产出强度12563.33万元/公顷): its own unit
    "元/公顷": ("intensity", "元/公顷", 1),
    "元/亩": ("intensity", "元/亩", 1),
    "元/平方米": ("intensity", "元/平方米", 1),
    "度": ("energy", "千瓦时", 1),
    "吨": ("mass", "吨", 1),
    "公斤": ("mass", "吨", Decimal("0.001")),
    "千克": ("mass", "吨", Decimal("0.001")),
    "%": ("rate", "%", 1),
    "％": ("rate", "%", 1),
    "‰": ("rate", "%", Decimal("0.1")),
    "成": ("rate", "%", 10),
    "个百分点": ("points", "个百分点", 1),
    "百分点": ("points", "个百分点", 1),
    "倍": ("times", "倍", 1),
}
# (services done counted in 次: 提供技术服务800余次, not meetings or a number of times,
# ``figure_exclusions``; equipment counted in sets: 60万台套, 1.5万台（套）, 3000台/套; chips and lenses in 颗, deals
# in 笔, funds and teams in 支, cases and deals in 起, land parcels and cases in 宗, containers
# in 标箱 (TEU), documents and filings in 份; orders in 单, rooms in 间, trains in 列, shares
# in 股, flights in 架次: the longer unit wins over 架)
for _u in "标箱 份 起 宗 家 个 项 件 户 次 块 场 本 辆 只 套 片 颗 座 台 台套 台(套) 台（套） 台/套 所 篇 种 款 栋 张 株 头 艘 架 架次 例 条 笔 支 盒 瓶 箱 袋 单 间 列 股 批次 家次 户次 项次 人 名 位 人次".split():
    UNITS[_u] = ("people" if _u in ("人", "名", "位", "人次") else "count", "个", 1)
# R&D staff in full-time equivalents (研发人员折合全时当量1420人年): person-years, not heads
UNITS["人年"] = ("people", "人年", 1)
# Matched so that the longest unit wins, then refused: dates, durations, ordinals, pages,
# distances, levels ("千亿级"), rankings ("50强"). (条 counts items, ``figure_exclusions``
# refuses it for policy clauses.)
EXCLUDED_UNITS = set(
    "个工作日 工作日 个月 个小时 小时 分钟 天 日 年 年度 月 周年 周 岁 号 届 期 批 页 个方面 方面 米 公里 级 强 大 倍数".split()
)
# A money amount written without 元 (总投资50亿, 营收突破千亿大关): the scaling word is the
# unit when nothing follows it but punctuation or a qualifier, and a money term stands
# before it in the clause (``figure_exclusions``).
BARE_MONEY = {"万亿": 10**12, "亿": 10**8, "万": 10**4}
for _u, _f in BARE_MONEY.items():
    UNITS[_u] = ("money", "元", _f)
_PUNCT_AFTER = r"[，,。；;、：:\s）)”’！？!?]"
# (or a money word: 50亿贷款资金, 10亿基金)
BARE_MONEY_NOUNS = ("贷款", "融资", "授信", "资金", "基金")
_BARE_END = rf"(?={_PUNCT_AFTER}|大关|以上|左右|之多|[多余](?:{_PUNCT_AFTER}|$)|{'|'.join(BARE_MONEY_NOUNS)}|的|$)"
# (``四大工程`` is a name, ``千亿大关`` a mark the amount passed)
# (nor is 支 of 支持, 支出, 支付, 支撑 a unit)
# (nor 次 before what is done a number of times: 5次核酸检测, 3次会议, 一次性, 一次办)
_UNIT_GUARDS = {
    **{u: _BARE_END for u in BARE_MONEY},
    "大": "(?!关)",
    "支": "(?!持|出|付|撑|援|队伍建设)",
    "次": "(?!(?!以上|以下|左右|多|余)[\u4e00-\u9fff])",
    # (起 of 起步, 起来, 起草, 起降; a start after a date is the date's: 1月1日起)
    "起": "(?!步|来|草|降|飞|点|算|止|诉|源|航|始)",
    "宗": "(?!旨|教|族|师|亲)",
    "份": "(?!额|子|量)",  # (not 份额, 份子, 份量)
    # (nor 单位, 单元, 单价…: an order counted stands before no other word; 间隔, 间接; 列入,
    # 列为, 列车; 股份, 股东, 股权…)
    "单": "(?!(?!以上|以下|左右|多|余)[\u4e00-\u9fff])",
    "人年": "(?!(?!以上|以下|左右|多|余)[\u4e00-\u9fff])",  # (not 人年均, 人年薪)
    "间": "(?!隔|距|接|断|歇|或|谍)",
    "列": "(?!入|为|举|出|席|表|队|岛|强|车|支|位|明|示)",
    "股": "(?!份|东|权|票|本|民|市|价|息|利|指|改|比|金)",
}
UNIT_ALT = "|".join(
    re.escape(u) + _UNIT_GUARDS.get(u, "") for u in sorted((*UNITS, *EXCLUDED_UNITS), key=len, reverse=True)
)

# 上 before a scaling word is "as many as" (上万名研发人员, 上千家企业), not after 以/线… (以上);
# before any other number it is no qualifier (``figures`` asks: 上3家).
# 约 after 签/预/制… is part of a word (签约32个), as is 近 after 最/附/临 (最近3年); 过 and 破
# (营收过百亿元, 产值破千亿) after 通/经/不… (通过3项, 不过5家) and 突/打… likewise.
PRE = (
    "最高不超过|不超过|不少于|不低于|不高于|不足|不到|将近|接近|大约|超过|超出|突破|多达"
    "|约为|约达|约合|(?<=折合)约|(?<![签预制合公节条协邀契])约|(?<![最附临])近|超|逾|最高|最多|至少|最少"
    "|(?<![通经超越路度错不闯难跨穿走])过|(?<![突打爆攻识看])破"
    "|(?<![以线网之马向往加晚早路会台楼市])上"
)
CN = "零〇一二两三四五六七八九十百千万亿"
# Arabic digits (thousands set apart by commas, or by a space as some papers print them:
# 2 340万美元), Chinese numerals, or 数/几 with a scaling word. The three kinds begin with
# disjoint characters, so the number is written as its first character (a set the regex
# engine skips to in C: half the cost of ``FIGURE_RE`` over an article) and then the rest
# of the kind that character began (``\d+`` is ``\d`` then ``(?<=\d)\d*``): the same
# matches as the plain alternation, tried in the same order.
NUMBER = (
    rf"[\d{CN}数几](?:(?<=\d)\d*(?:[,，]\d{{3}}|(?<!\d\d\d\d) \d{{3}}(?![\d.]))*(?:\.\d+)?(?:[万亿]?\s*[-~～—至到]\s*\d+(?:\.\d+)?)?"
    rf"|(?<=[{CN}])[{CN}]*(?:点[零〇一二三四五六七八九]+)?|(?<=[数几])[十百千万亿])"
)


APPROX = {
    "近": "approx",
    "将近": "approx",
    "接近": "approx",
    "约": "approx",
    "约为": "approx",
    "约达": "approx",
    "约合": "approx",
    "大约": "approx",
    "左右": "approx",
    "上下": "approx",
    "超": "lower",
    "超过": "lower",
    "超出": "lower",
    "突破": "lower",
    "逾": "lower",
    "过": "lower",
    "破": "lower",
    "多达": "lower",
    "上": "lower",
    "余": "lower",
    "多": "lower",
    "以上": "lower",
    "之多": "lower",
    "不少于": "lower",
    "不低于": "lower",
    "至少": "lower",
    "最少": "lower",
    "不超过": "upper",
    "最高不超过": "upper",
    "不足": "upper",
    "不到": "upper",
    "最高": "upper",
    "最多": "upper",
    "以下": "upper",
    "以内": "upper",
    "不高于": "upper",
}

# Metric terms -> class. Several terms per class; "其他" terms stop a search from reaching
# a farther, wrong term (``技术合同成交额`` is not 营收, ``30家研发机构`` are not 企业).
METRIC_TERMS = {
    "产值": "工业总产值 总产值 年产值 产值 地区生产总值 生产总值 GDP 经济总量 工业增加值 增加值 产业规模 集群规模 "
    # 增加值 of a sector is that sector's: the second and the third are not one series
    "第一产业增加值 第二产业增加值 第三产业增加值 服务业增加值 规上工业增加值 规模以上工业增加值 制造业增加值 "
    "高技术制造业增加值 建筑业增加值 数字经济核心产业增加值 战略性新兴产业增加值 高新技术产业增加值",
    "营收": "营业收入 主营业务收入 企业总收入 技工贸总收入 总收入 营收 营业额 销售收入 销售额 销售 收入",
    "税收": "全口径收入 全口径税收 税收收入 税收总额 纳税总额 实缴税金 税金 创税 一般预算收入 预算收入 地方财政收入 财政总收入 上缴税金 上缴税额 实缴税额 纳税额 缴税额 税额 税收 减免税 减税 税费 纳税 退税 利税 财政收入 一般公共预算收入 一般财政预算收入 财政预算收入 "
    # each kind of tax is tax revenue (分税种看，增值税完成…)
    "增值税 国内增值税 土地增值税 企业所得税 个人所得税 所得税 消费税 关税 契税 印花税 资源税 房产税 "
    "城镇土地使用税 耕地占用税 城市维护建设税 环境保护税 车船税",
    "投资": "总投资额 总投资金额 总投资 投资额 固定资产投资 固投 投资 总规模 签约金额 签约额 "
    "自有资金 台资 签下 协议投资额 协议总投资 协议总金额 协议金额 合同投资额 合同总金额 合同金额 实际使用外资 实际利用外资 利用外资 外资 引资 研发经费投入 研发经费 研发投入 投入 "
    "研发经费支出 研发支出 R&D经费支出 R&D经费投入 R&D经费 R&D投入 资本开支 资本性支出 "
    # money a 招商 report counts as invested, not granted (资金 alone is 资金)
    "到位资金 实际到位资金 到账资金 实际到账资金 签约资金 协议签约资金 协议资金 引进资金 引资金额 注册资金 注册资本 增资 入资 内资",
    "融资/贷款": "募集资金 流动资金贷款 资金贷款 融资 贷款 放贷 信贷 授信 募资 募集 定增 定向增发 "
    # bonds issued (发行公司债券5亿元, 中期票据…发行规模10亿元)
    "债券 公司债 中期票据 发行规模 发债",
    "资金": "基金总规模 资金总规模 实缴规模 认缴规模 实缴出资 认缴出资 出资 基金规模 产业基金 引导基金 基金 专项资金 资金 奖补 奖励 补贴 津贴 补助 资助 扶持 支持 经费 兑现 兑付 创新券 财政支持 拨付",
    # (goods moved, whatever policy they moved under: 享受免征关税政策货值42.8亿元 is no tax)
    "进出口": "进出口总额 进出口额 进出口 出口总额 出口额 出口 进口总额 进口额 进口 外贸 贸易额 贸易总额 进出口货值 出口货值 进口货值 货值",
    "企业数": "高新技术企业 科技型中小企业 科技型企业 专精特新企业 小巨人企业 规上工业企业 规模以上工业企业 "
    "规上企业 规模以上企业 上市企业 上市公司 瞪羚企业 独角兽企业 潜在独角兽企业 准独角兽企业 潜在瞪羚企业 企业 高企 公司 市场主体 瞪羚 独角兽 银行 纳税人",
    "项目数": "项目",
    # (people counted as a workforce, whatever qualifies them: 研究生及以上学历人员, 职工)
    "人才": "硕士 研究生 工人 技工 技术工人 人才 入选者 人才计划入选者 专家 科学家 院士 博士 研发人员 科研人员 科技人员 技术人员 从业人数 从业人员 培训人数 持卡人数 员工 职工 人员 就业 就业人员 就业人数 就业岗位 岗位 用工",
    "专利": "发明专利拥有量 专利拥有量 发明专利 专利 知识产权 商标 著作权",
    "面积": "面积 占地 用地 建筑面积",
    "产能": "产能 年产 生产能力 装机 发电量 出货量 产量",
    # a figure per head is not the total it is divided from (人均GDP is not 产值)
    "其他": "人均GDP 人均地区生产总值 人均生产总值 人均可支配收入 人均收入 人均产值 人均税收 "
    "每万人口高价值发明专利拥有量 每万人高价值发明专利拥有量 每万人发明专利拥有量 万人发明专利拥有量 每万人口发明专利拥有量 万人口发明专利拥有量 亩均税收 亩均产值 亩均营收 亩均收入 地均产值 亩均效益 亩产值 亩产税收 亩均投资 投资强度 "
    "市值总额 总市值 市值 估值 利润总额 净利润 利润 研发经费投入强度 研发投入强度 R&D经费投入强度 R&D投入强度 投入强度 "
    "技术合同成交额 技术合同交易额 技术交易额 成交额 账款 技术合同 院士工作站 院士专家工作站 专家工作站 博士后工作站 博士后科研工作站 博士后创新实践基地 事项 研发机构 研发平台 研发中心 企业技术中心 技术中心 科研院所 研究院 研究所 实验室 平台 载体 机构 院校 高校 园区 基地 论文 干部 孵化器 众创空间 "
    "产品 货物 物资 粮食 社会消费品零售总额 消费品零售总额 零售总额 零售额 "
    # spending is no investment (民生投入…，全年民生支出…: not 投入's); 研发支出 is
    "支出 "
    # insurance cover and a cost saved are no grant or loan (保费补贴…，提供风险保障逾120亿元;
    # 节约融资成本约1600万元)
    "风险保障 成本",
}
TERM_CLASS = {t: c for c, terms in METRIC_TERMS.items() for t in terms.split()}
# (a kind of tax with its revenue: 个人所得税收入 is the tax's, not 收入, 营收)
TERM_CLASS.update({t + "收入": "税收" for t, c in list(TERM_CLASS.items()) if c == "税收" and t.endswith("税")})
# (a 年 after a year's digits is the year's: 2023年产业规模 is 产业规模, not 年产)
TERM_RE = re.compile(
    "|".join(
        "年(?<![\\d〇零]年)" + re.escape(t[1:]) if t.startswith("年") else re.escape(t)
        for t in sorted(TERM_CLASS, key=len, reverse=True)
    )
)
CLASSES_BY_KIND = {
    "money": {"产值", "营收", "税收", "投资", "融资/贷款", "资金", "进出口", "其他"},
    "people": {"人才", "其他"},
}
# What a count unit can count: 家 are enterprises (or institutions), 项 projects or patents.
# Units that count enterprises when nothing names what they count (386家, 1.8万户).
ENTERPRISE_UNITS = ("家", "家次", "户", "户次")
CLASSES_BY_UNIT = {
    **{u: {"企业数", "其他"} for u in ENTERPRISE_UNITS},
    **{u: {"项目数", "专利", "其他"} for u in ("项", "项次", "件")},
    "个": {"项目数", "企业数", "人才", "其他"},  # (就业岗位1000个)
}
PRODUCT_UNITS = set(
    "套 只 片 颗 台 台套 台(套) 台（套） 台/套 辆 件 块 张 株 头 艘 架 盒 瓶 箱 袋 支".split()
)  # counts that can be a capacity (支: 年产能8000万支注射笔)
# (月产 last: 1至10月产量 is 产量)
CAPACITY_CUES = ("产能", "年产", "生产能力", "发电量", "装机", "产量", "出货量", "月产")
# Output made or to be made in a year, the product between the verb and its number: the
# product is the metric (累计生产汽车93.6万辆, 下线整车20万辆, 年产电驱动系统60万台套, 产销整车).
# (not a verb's phrase: 年产能将达到12万片, 下线时间缩短至)
MADE_RE = re.compile(
    r"(?:生产|下线|年产(?!销)|产销)了?(?P<what>(?!能|量|值|时间)(?:(?!达|将|为|超|突破|增|至|约|近|可|逾|缩短|提升)[\u4e00-\u9fffA-Za-z]){1,10})\Z"
)
MADE_UNITS = frozenset("辆 台 套 台套 片 颗 只 吨 万吨".split())
# What a plant's size in tonnes or units names right after it: 1.2万吨碳纤维项目.
PLANT_AFTER_RE = re.compile(r"(?:/年)?[\u4e00-\u9fff]{0,8}?(?:项目|装置|生产线|产线|工厂)")
# A count's level with no noun of its own (其中国家级435家): the noun is the figure before's.
LEVEL_WORDS = frozenset("国家级 省级 市级 区级 县级".split())
# Parks counted in 家 with no noun after them (已建有高新区20家): parks, not enterprises.
# (国家高新区总数达173家: their number)
PARKS_BEFORE_RE = re.compile(
    r"((?:国家级?|省级)?(?:高新区|经开区|开发区|园区))(?:总数|数量|总量)?(?:已?达到?|为|共|有|增至)?\Z"
)
# An amount of money as written after a number's start (500万元, 5亿美元), and the high end of
# a range of amounts after the low end's unit (20万元至50万元, 20亿元至50亿元项目).
AMOUNT = r"[\d.]+[万亿]*(?:美元|元)"
RANGE_END_RE = re.compile(rf"\s*[至到~～—－-]\s*{AMOUNT}")
# A share word with its adverb (约占, 分别占): read as 占 alone.
SHARE_ADVERB_RE = re.compile(r"(?:大约|约|分别|依次|共|合计)占")
GROWTH_RE = re.compile(
    r"压缩率|增长率|增速|增幅|降幅|同比增长|比增|比降|缩短|增长|提升|提高|下降|降低|减少|缩减|压缩|精简了|精简|提速|增加(?!值)|回落|下滑|上涨"
)
# The change words of a fall: a growth rate after one is negative (同比下降3.2% -> -3.2).
DECLINE_WORDS = frozenset("压缩率 降幅 比降 缩短 下降 降低 减少 缩减 压缩 精简了 精简 回落 下滑".split())
SHARE_RE = re.compile(r"占比|占|比例|比重|率|满意度|覆盖")
# Counted things that are organisational structure, not key figures.
STRUCTURE_NOUNS = (
    "方面",
    "党支部",
    "党小组",
    "党员",
    "党组织",
    "网格",
    "部门",
    "细分领域",
    "领域",
    "社区",
    "街道",
    "乡镇",
    "村",
    "环节",
    "要素",
)

WORD_AFTER_CHENG = set("本果为立功交员长熟效型绩品就都分")

# The noun phrase just before a number (``调整更新权责6835项``, ``排查车辆14071辆``) starts
# after the last of these: verbs and words that lead into a counted noun, places and
# modifiers (``湘潭高新区政务服务办件为13457件`` -> 政务服务办件). Not nouns that are also
# verbs when they name what is counted (备案, 受理, 服务, 许可). A phrase after a unit that
# starts with one of them is a verb, not what is counted (``55家入选``).
NOUN_LEAD_WORDS = (
    "打造 调整 更新 实现 新增 新设立 设立 修改 清理 精简 梳理 处理 接待 收集 完成 开展 推出 解决 协调 帮助 排查 "
    "调配 累计 共计 合计 达到 拥有 现有 引进 引入 签约 认定 获批 培育 走访 调研 组织 召开 举办 举行 编制 共建 组建 新建 "
    "出台 发放 落实 提供 争取 对接 建成 建设 打通 化解 减少 压减 取消 申报 评选 评定 吸引 集聚 聚集 "
    "增至 减至 降至 升至 增长到 增加到 提升到 提高到 贡献 带动 吸纳 创造 "
    "形成 涵盖 包括 覆盖 入选 进入 参加 参与 落户 投产 获得 通过 净增 增加 分别 依次 其中 已 再 了 的 等 各类 各项 各种 所有 全部 "
    "该区 该市 该县 该省 该园区 该 全年 今年 去年 上半年 下半年 前三季度 一季度 年内 高新区 开发区 经开区 示范区 自贸区 保税区 片区 园区 新区 全市 全区 全省 全国"
).split()
# Words that end a phrase before a number without being what is counted.
NOUN_TRAIL_WORDS = (
    "折合 首次 达到 达 为 共 累计 共计 合计 超过 已 有 再 了 分别 依次 总体 同比 总数 总量 数量 总计 总额".split()
)
# What 条 counts when it counts policy clauses (政策20条, 22条措施, 26条具体举措), not items
# (意见建议20余条, 3条生产线).
POLICY_NOUNS = "政策 措施 举措 新政 条款 条例 规定 办法 细则".split()
