"""A figure's class from the kind of word that names it, after its term has named one
(``figure_context.metric_of``) and the deal its sentence tells (``figure_deals``):

- people named by a word for a person (技术经纪人, 创业导师, 投资人, 工程师, 求职者 …) and
  counted in 人, 名 or 位 are talent (人次, visits, are left as they are);
- households (农户, 居民户, 家庭) and stations or centres (创新站, 服务站, 服务中心) counted in
  户 or 家 are no enterprises;
- an amount right before the grant it is given as (按每人800元给予补贴) is a grant;
- an amount of a capacity named by its ability (日处理能力, 处置能力, 年冷藏能力) or a yearly or
  daily processing (年加工, 日处理) is a capacity, as is a count of products or heads after an
  ability (年屠宰生猪能力达到1500万头);
- people named by a word for a person right before their number are talent, though a term
  qualifies the word (高校毕业生约4.5万人: 高校 is the term);
- participants of an event counted in 人次 (参演人员, 参会人员, 参赛人员) are no workforce;
- a quota a bank or a loan scheme offers (“投贷联动”专项额度30亿元) is a credit line, and
  an amount of vouchers issued (算力券, 消费券) a grant.

Pure functions, no Django."""

import re

from .figure_nouns import clause_start
from .figure_terms import PRODUCT_UNITS, TERM_CLASS, TERM_RE

_PEOPLE_UNITS = ("人", "名", "位")
# The last character of a word for a person: 经纪人, 投资人, 导师, 工程师, 求职者, 企业家,
# 毕业生, 院士, 技工.
_PERSON_ENDS = tuple("人者师生家士工")
_HOUSEHOLD_RE = re.compile(r"农户|居民|住户|家庭|村民|农民|贫困户|脱贫户|低收入户")
_STATION_ENDS = ("站", "中心")
_ENTERPRISE_UNITS = ("户", "家")
# (a centre right before the number, whatever term is inside its name: 企业服务中心12家)
_STATION_BEFORE_RE = re.compile(r"(?:站|中心)(?:已?达到?|共|为|有)?\Z")
_GRANT_AFTER_RE = re.compile(r"的?(?:给予|发放|予以|一次性)*")
# A capacity's word before its amount in the clause: …能力, or processing in a day or a year.
_CAPACITY_RE = re.compile(r"能力|[日年](?:处理|加工|处置|冷藏|储存|仓储|吞吐|消纳)")
_CAPACITY_KINDS = ("mass", "volume", "energy")
# A word for a person right before the number, after what the clause says of it (高校毕业生约…).
_PERSON_BEFORE_RE = re.compile(r"[\u4e00-\u9fff][人者师生家士工](?:已?达到?|为|共|有)?\Z")
# Participants of an event (参演人员, 参会人员, 参赛选手): people counted at it, no workforce.
_TAKING_PART = "参"
_CREDIT_RE = re.compile(r"银行|贷")
_SECURITIES = ("证券", "债券")  # (no vouchers)


def kind_class(metric: str, metric_class: str, kind: str, unit: str, sentence: str, at: int, stop: int) -> str:
    """The class of the figure at ``at``:``stop`` in ``sentence`` once the kind of word naming
    it is read (see the module's docstring); ``metric_class`` otherwise."""
    if metric_class == "其他":
        if (
            kind == "people"
            and unit in _PEOPLE_UNITS
            and (metric.endswith(_PERSON_ENDS) or _PERSON_BEFORE_RE.search(sentence, max(0, at - 6), at))
        ):
            return "人才"
        if kind == "money":
            if grant := _grant_after(sentence, stop):
                return grant
            if metric.endswith("额度") and _CREDIT_RE.search(sentence):
                return "融资/贷款"  # “投贷联动”专项额度30亿元: a credit line
            if metric.endswith("券") and not metric.endswith(_SECURITIES):
                return "资金"  # 发布算力券3000万元: vouchers issued are a grant
        if (kind in _CAPACITY_KINDS or kind == "count" and unit in PRODUCT_UNITS) and _CAPACITY_RE.search(
            sentence, clause_start(sentence, at), at
        ):
            return "产能"
    elif metric_class == "人才" and unit == "人次" and metric.startswith(_TAKING_PART):
        return "其他"  # 参演人员1.2万人次: people taking part in an event
    elif metric_class == "企业数" and unit in _ENTERPRISE_UNITS:
        if _HOUSEHOLD_RE.search(metric) or metric.endswith(_STATION_ENDS) or _STATION_BEFORE_RE.search(sentence, 0, at):
            return "其他"
    return metric_class


def _grant_after(sentence: str, stop: int) -> str:
    """资金 when a grant's term follows the amount ending at ``stop`` (给予补贴, 的奖励), else ""."""
    named = TERM_RE.match(sentence, _GRANT_AFTER_RE.match(sentence, stop).end())
    return "资金" if named is not None and TERM_CLASS[named.group()] == "资金" else ""
