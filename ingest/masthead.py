"""Whose page it is, as the page's furniture says.

A report on a public body's site often calls its unit only 我局/我院/我州, while the breadcrumb
("当前位置：某州人民政府>>某州交通运输局>>机关党建") or the byline ("作者：某县法院",
"来源：某县总工会") names it. Cleaning drops those lines as site chrome, so the names are read
from the page's head first and kept beside the article: a question that names the unit or its
place can then be matched to it.
"""

from __future__ import annotations

import re

MAX_NAMES = 4

_BREADCRUMB = re.compile(r"^\s*(?:您?现在的位置|当前位置|您的位置|你的位置|所在位置)\s*[:：]\s*(.+)$", re.MULTILINE)
_BYLINE = re.compile(r"(?:作者|来源|信息来源|文章来源|稿件来源|供稿单位|供稿|发布单位|发布机构)\s*[:：]\s*([^\s:：|｜,，。]{2,30})")
# a site's footer names its owner ("主办：某自治区自然资源厅 技术支持：…", "主办单位：… 版权所有 …")
_FOOTER_OWNER = re.compile(r"^(?:主办单位|主办)\s*[:：]\s*([^\s:：|｜,，。]{2,30}).*(?:技术支持|版权所有|ICP|网站标识码|公网安备)",
                           re.MULTILINE)
# "安康市公共交通有限责任公司 © 版权所有", "版权所有：某县总工会", "Copyright © 2023 某某集团": the owner of a copyright line
_COPYRIGHT_OWNER = re.compile(r"^(?:(?:Copyright|版权所有)\s*[:：]?\s*(?:©|\(c\)|（c）)?\s*(?:(?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?)?\s*"
                              r"(?P<after>[\u4e00-\u9fff（）()]{4,30})"
                              r"|(?:(?:Copyright|©)[^\u4e00-\u9fff\n]*?\s)?(?P<before>[\u4e00-\u9fff（）()]{4,30})\s*(?:©|\(c\)|（c）|Copyright)?\s*版权所有)",
                              re.MULTILINE | re.IGNORECASE)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>+|»|›|＞|/)\s*")
# an organisation or an area: two or more characters before a word that ends such a name
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff]{2,}?(?:省|市|州|盟|县|区|旗|镇|乡|街道|社区|村|局|厅|委|院|所|中心|公司|集团|工会"
    r"|学校|中学|小学|大学|学院|医院|法院|检察院|厂|矿|银行|支行|分行"
    r"|日报|晚报|报社|电视台)"  # a local paper's byline ("来源：某某日报") says whose place its 我市 is
)
# a site's own name or one of its sections ("…范文网", "社区工会工作总结" as a category): not a body
# (nor a site's news section, "新闻中心" alone; "柳岸县新闻中心" is a county's)
_NOT_A_BODY = re.compile(r"(?:网|网站|本站|本网|文库|首页|频道|栏目|总结|报告|汇报|计划|材料|范文|大全)$|^新闻中心$")


def _bodies(parts: list[str]) -> list[str]:
    return [part for part in parts if _ORGANISATION.search(part) and not _NOT_A_BODY.search(part)]


def publisher_names(head: str) -> str:
    """The bodies a page's breadcrumb, bylines and footer name, space-separated ("" when none): the
    text is the page's head (and tail) after character, script and width folding, before chrome is dropped."""
    names: list[str] = []
    for crumb in _BREADCRUMB.finditer(head):
        names += _bodies([part.strip() for part in _CRUMB_SEPARATOR.split(crumb.group(1)) if part.strip()])
    names += _bodies([match.group(1) for match in _BYLINE.finditer(head)])
    names += _bodies([match.group(1) for match in _FOOTER_OWNER.finditer(head)])
    return " ".join(list(dict.fromkeys(names))[:MAX_NAMES])


_ASIDE_AT_END = re.compile(r"[（(][^（）()]*[)）]$")  # "…科技有限公司（…化工有限公司）": its former name aside
_TEAM_END = re.compile(r"(?:地质|勘探|勘查|测绘|物探|水文)[\u4e00-\u9fff\d]{0,4}队$")  # "…327地质队": a survey team
_OWNER_END = re.compile(r"(?:公司|集团|工会|局|厅|委|院|所|中心|学校|大学|学院|医院|银行|协会|联合会)$")


# "欢迎访问安徽省地质矿产勘查局327地质队网站！": the site greets the reader in its owner's name
# (or "欢迎光临青禾市物业管理行业协会", the body alone)
_WELCOME = re.compile(r"^\s*欢迎(?:您)?(?:访问|光临|来到|进入)\s*(?P<owner>[\u4e00-\u9fff0-9（）()]{4,30}?)(?:(?:官方)?(?:门户)?(?:网站|官网|网))?\s*[!！。]?\s*$",
                      re.MULTILINE)


def copyright_owner(head: str) -> str:
    """The body a page's copyright line names ("安康市公共交通有限责任公司 © 版权所有") or its greeting does
    ("欢迎访问…327地质队网站"), "" when none: the
    site's owner, which is the report's own unit only where the report names no unit of its own (a
    federation's site carries its members' news)."""
    owners = [m.group("after") or m.group("before") for m in _COPYRIGHT_OWNER.finditer(head)]
    owned = next((owner for owner in _bodies(owners) if _OWNER_END.search(_ASIDE_AT_END.sub("", owner))), "")
    # a greeting names a portal as often as a body ("欢迎访问青禾县新闻网"): only a body's name ending counts
    return owned or next((owner for owner in _bodies([m.group("owner") for m in _WELCOME.finditer(head)])
                          if _OWNER_END.search(owner) or _TEAM_END.search(owner)), "")


# how a report says its own body of each kind: 我所 of a 研究所, 我院 of a 医院 or 法院, 我校 of a 大学, 我行 of a 银行
_FIRST_PERSON = (("学院", "院校"), ("大学", "校"), ("中学", "校"), ("小学", "校"), ("学校", "校"), ("银行", "行"), ("支行", "行"),
                 ("公司", "公司"), ("集团", "集团"), ("中心", "中心"), ("所", "所"), ("院", "院"), ("局", "局"), ("厂", "厂"),
                 ("矿", "矿"), ("站", "站"), ("段", "段"))


_BARE_KINDS = frozenset("院 校 所 局 厂 矿 站 行 公司 集团 中心 机关 院机关 局机关 校机关 所机关".split()) | {""}


def speaks_as_owner(text: str, owner: str, unit: str | None = None) -> bool:
    """The report says 我所/我院/我校… of the kind of body the site's owner is ("中国水稻研究所": 我所), and its own
    unit, as read, is no body of that kind (a county court's repost on the city court's site says 我院 of itself)."""
    end, said = next(((end, said) for end, said in _FIRST_PERSON if owner.endswith(end)), ("", ""))
    forms = [said] if len(said) > 1 and said in ("公司", "集团", "中心") else list(said)
    # (a unit read by its kind alone, "院工会", "校工会", is the owner's own report)
    named = unit and re.sub(r"(?:工会委员会|工会)$", "", unit) not in _BARE_KINDS
    if not forms or (named and any(re.search(rf"{re.escape(form)}(?:工会|工会委员会)?$", unit) for form in [end, *forms])):
        return False
    return re.search(rf"我(?:{'|'.join(forms)})(?![在属有能做需知以])", text) is not None
