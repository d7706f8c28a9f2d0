"""A figure's class from the deal its sentence tells, after its term has named one
(``figure_context.metric_of``): capital a company puts into a company it sets up is invested
(出资1.2亿元设立…子公司; a fund's 出资 stays 资金), a count right after 年产 is a capacity
whatever it is counted in (年产600万条轮胎), installations counted are no capacity (装机量超过
300万套), and the amount of a contract won is the winner's order, no investment (中标…，合同金额
约2.6亿元).

Pure functions, no Django."""

import re

# A company being set up in the sentence (出资设立全资子公司, 共同出资成立合资公司).
_SETS_UP_RE = re.compile(r"(?:设立|成立|组建|新设|注册)[^，,。；;]{0,12}?公司")
_FUND_RE = re.compile(r"基金|合伙")
_YEARLY_OUTPUT = ("年产", "年产能")
_CONTRACT_TERMS = ("合同金额", "合同总金额")
_WON_RE = re.compile(r"中标|中选|签下订单|获得订单")


def deal_class(metric: str, metric_class: str, kind: str, sentence: str, at: int) -> str:
    """The class of the figure at ``at`` in ``sentence`` once the deal is read (see the
    module's docstring); ``metric_class`` when the sentence tells nothing more."""
    if metric == "出资" and metric_class == "资金":
        if _SETS_UP_RE.search(sentence) and not _FUND_RE.search(sentence):
            return "投资"
    elif kind == "count" and metric_class != "产能" and sentence[:at].rstrip().endswith(_YEARLY_OUTPUT):
        return "产能"
    elif kind == "count" and metric_class == "产能" and "装机" in metric:
        return "其他"
    elif metric in _CONTRACT_TERMS and metric_class == "投资" and _WON_RE.search(sentence):
        return "其他"
    return metric_class
