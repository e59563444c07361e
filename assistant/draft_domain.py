"""Whether an exemplar sentence fits the user's kind of unit.

A sentence that carries another line of work's vocabulary (水利, 税务, 公务员, 施工生产, 车间,
教职工 for a non-school unit, 医院 for a non-hospital…) would put another unit's work into the
user's summary. It is used only when the user's unit, its kind, the topics or the notes share
that line of work.
"""

from __future__ import annotations

from dataclasses import dataclass

# Lines of work and the words that give them away; a kind of unit owns the lines it always has.
DOMAINS: dict[str, tuple[str, ...]] = {
    "水利": ("水利", "水库", "防汛", "抗旱", "河道", "水务", "治水"),
    "税务": ("税务", "地税", "国税", "纳税", "税收", "征管", "税源"),
    "公务员": ("公务员", "机关作风", "行政审批"),
    "工程施工": ("施工", "工地", "隧道", "项目部", "标段", "工程局", "铺架"),
    "工厂": ("车间", "班组", "生产线", "厂长", "产量", "工序", "倒班"),
    "学校": ("教职工", "教师", "教学", "师德", "教代会", "我校", "校园", "班主任", "课堂", "教工"),
    "医院": ("医院", "医护", "患者", "病人", "护士", "我院", "临床", "医德"),
    "电力": ("供电", "电网", "电业", "电力", "变电"),
    "房管": ("房管", "物业", "房产"),
    "交通运输": ("公路", "客运", "货运"),
    "金融": ("银行", "信贷", "网点", "储蓄"),
    "农业": ("农业", "农机", "农技", "种植", "养殖"),
}
KIND_DOMAINS: dict[str, tuple[str, ...]] = {
    "教育": ("学校",),
    "医疗": ("医院",),
    "企业": ("工厂",),
    "园区": ("工厂",),
    "县总工会": ("农业",),
    "市总工会": (),
    "省总工会": (),
    "机关": (),
}


@dataclass(frozen=True)
class DomainFit:
    """The lines of work the user's request allows."""

    allowed: frozenset[str]

    def fits(self, sentence: str) -> bool:
        """No word of a line of work the user's request does not share."""
        return not any(domain not in self.allowed and any(word in sentence for word in words)
                       for domain, words in DOMAINS.items())


def domain_fit(unit: str, kind: str, topics: tuple[str, ...], notes: str) -> DomainFit:
    """The lines of work shared by the user's unit name, kind, topics and notes."""
    said = unit + "".join(topics) + notes
    allowed = {domain for domain, words in DOMAINS.items() if any(word in said for word in words)}
    allowed |= set(KIND_DOMAINS.get(kind, ()))
    return DomainFit(frozenset(allowed))
