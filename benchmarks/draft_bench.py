"""Drafts for a dozen requests across unit kinds and periods, checked automatically (issue 12).

    .venv/bin/python benchmarks/draft_bench.py [--data-dir DIR] [--show N]

DIR holds an index (`union-assistant --data-dir DIR ingest …`); without one the sample corpus in
../shared/corpus is indexed into /tmp/ua_draft_bench. Every request is drafted in-process
(extractive), and each draft is checked for:

- structure: title, an opening "在…领导下…总结如下", one section per topic with （一）, the problems
  and plans sections, the signature and date;
- topics: every topic section says its topic's words;
- domain: no words of another kind of unit's work (水利, 税务, 施工, 教职工…) that the user's unit,
  topics and notes do not share;
- garbles: no placeholder glued into a name ("城南【待填】工会") or a word ("全【待填】"), no
  leftover site placeholders (_年, xx, **, 某某), no （一） glued inside a sentence;
- honours: no honour, prize or title another unit won ("“模范职工之家”称号", "获…二等奖");
- sections: the problems section only states shortcomings, the plans section only looks forward;
- density: at most one 【待填…】 per 150 characters of body;
- notes: each line of the user's notes, verbatim, under the topic it belongs to;
- kind: the opening names the leadership of the kind of unit the user chose;
- time: under 1 s.

It prints one row per request and the share of requests passing each check.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.draft import Draft, DraftRequest, Drafter  # noqa: E402
from assistant.knowledge import KnowledgeBase  # noqa: E402
from assistant.settings import Settings  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
MAX_SECONDS = 1.0
CHARS_PER_PLACEHOLDER = 150


@dataclass(frozen=True)
class Case:
    request: DraftRequest
    notes_topic: tuple[int, ...] = ()  # for each note line, the topic (index) it belongs under
    leadership: str = ""  # words the opening must hold for the chosen kind


CASES = (
    Case(DraftRequest("城南区卫生健康局工会", 2025, "年度", "机关", ("送温暖", "职工之家", "劳动竞赛"),
                      notes="今年共慰问困难职工45人，发放慰问金9万元。5月组织全系统护士节技能比武，参赛120人。"),
         (0, 2), "机关"),
    Case(DraftRequest("河西区教育工会", 2025, "年度", "教育", ("师德建设", "困难职工帮扶", "文体活动")), (), "学校"),
    Case(DraftRequest("青山县总工会", 2026, "上半年", "县总工会", ("基层组织建设", "送温暖", "劳动竞赛"),
                      notes="上半年新建基层工会12家，发展会员860人。"), (0,), "县委"),
    Case(DraftRequest("东湖市住房和城乡建设局机关工会", 2025, "年度", "机关", ("职工之家建设", "文体活动", "女职工工作")), (), "机关"),
    Case(DraftRequest("南岭供电有限公司工会", 2025, "年度", "企业", ("劳动竞赛", "职工技能培训", "安全生产"),
                      notes="全年举办技能比武4场，参赛职工310人次。"), (1,), "公司"),
    Case(DraftRequest("红星小学工会", 2025, "下半年", "教育", ("师德建设", "教职工文体活动")), (), "学校"),
    Case(DraftRequest("仁和医院工会", 2025, "年度", "医疗", ("送温暖", "民主管理", "文体活动"),
                      notes="春节前走访慰问困难职工28户。召开职工代表大会1次，征集提案36件。"), (0, 1), "医院"),
    Case(DraftRequest("金川工业园区工会联合会", 2025, "年度", "园区", ("基层组织建设", "职工之家建设", "困难职工帮扶")), (), "园区"),
    Case(DraftRequest("北河县总工会", 2025, "年度", "县总工会", ("困难职工帮扶", "金秋助学", "劳模管理")), (), "县委"),
    Case(DraftRequest("三江机械制造有限公司工会", 2026, "上半年", "企业", ("民主管理", "劳动竞赛")), (), "公司"),
    Case(DraftRequest("西城区财政局机关工会", 2025, "下半年", "机关", ("文体活动", "送温暖"),
                      notes="国庆节组织职工健步走，参加85人。"), (0,), "机关"),
    Case(DraftRequest("长宁中学工会", 2025, "年度", "教育", ("教代会", "送温暖", "女职工工作")), (), "学校"),
)

# Written after the rules were settled on CASES and run once: requests the drafter was not tuned on.
CHECK_CASES = (
    Case(DraftRequest("江北市总工会", 2026, "上半年", "市总工会", ("普惠服务", "困难职工帮扶", "产业工人队伍建设改革"),
                      notes="上半年发放普惠服务卡1.2万张。"), (0,), "市委"),
    Case(DraftRequest("阳光幼儿园工会", 2025, "年度", "教育", ("师德建设", "教职工关爱")), (), "学校"),
    Case(DraftRequest("清河农商银行工会", 2025, "年度", "企业", ("劳动竞赛", "文体活动", "女职工工作"),
                      notes="三八节组织女职工健康讲座，参加96人。"), (2,), "公司"),
    Case(DraftRequest("临江区交通运输局机关工会", 2025, "下半年", "机关", ("送温暖", "模范职工之家创建")), (), "机关"),
    Case(DraftRequest("枫林社区工会", 2025, "年度", "", ("会员服务", "困难帮扶")), (), "领导下"),
    Case(DraftRequest("滨海职业技术学院工会", 2025, "年度", "教育", ("教代会", "青年教师成长", "送温暖"),
                      notes="召开教代会1次，审议通过绩效分配方案。"), (0,), "学校"),
)

# Words of one kind of unit's work; used by no other kind unless the user's request says them.
DOMAIN_WORDS = {
    "水利": ("水利", "水库", "防汛", "河道"),
    "税务": ("税务", "地税", "国税", "纳税", "税收"),
    "公务员": ("公务员法", "公务员"),
    "施工": ("施工", "工地", "隧道", "项目部", "标段"),
    "工厂": ("车间", "班组长", "生产线", "厂长"),
    "学校": ("教职工", "教师", "教学", "师德", "教代会", "我校"),  # 学生: 金秋助学 helps workers' children
    "医院": ("医院", "医护", "患者", "病人", "护士", "我院"),
    "电力": ("供电", "电网", "电业局"),
    "房管": ("房管", "物业"),
}
_GARBLE = re.compile(r"[\u4e00-\u9fff]{1,3}【待填[^】]*】(?:[\u4e00-\u9fff]{0,4}(?:工会|党组|党委|委员会|局|公司))"
                     r"|_+年|[xX]{2,}|\*{2,}|某某|【待填[^】]*】【待填|[全各本]【待填|【待填[^】]*】、[镇乡村]"
                     r"|(?<=[\u4e00-\u9fff])[（(][一二三四五六七八九十][）)]")
# An honour, ranking or title another unit won, still in the draft.
_HONOUR = re.compile(r"[“\"][^”\"]{2,20}[”\"](?:荣誉)?称号|(?:荣获|获得|获|保持了?|被评为)[^，。；]{0,20}?"
                     r"(?:[一二三]等奖|特等奖|先进集体|先进个人|先进单位|模范职工之家|标兵|冠军|亚军|红旗奖)")
_SHORTCOMING = re.compile(r"不足|差距|问题|薄弱|有待|不够|欠缺|不平衡|不高|不强|不多|不到位|较少|较弱|困难|还需|亟待|滞后|单一|缺乏")
_FORWARD = re.compile(r"将|继续|进一步|要|计划|力争|打算|努力|争取|着力|持续|深入|加大|不断|全面|健全|完善|推动|加强")
_DONE = re.compile(r"(?<![为除])了(?![解])|已经|已[经完]|圆满")


def _body(draft: Draft) -> str:
    return "\n".join(s.text for s in draft.sections[1:-1])


def _items(text: str) -> list[str]:
    return [re.sub(r"^\d+\.\s*", "", line).strip() for line in text.splitlines() if line.strip()]


def check(case: Case, draft: Draft, seconds: float) -> dict[str, str]:
    """Each check's failure, in a few words ("" when it passes)."""
    request = case.request
    topics = draft.sections[1 : 1 + len(request.topics)]
    problems, plans = draft.sections[-3], draft.sections[-2]
    own = request.unit + "".join(request.topics) + request.notes
    failures: dict[str, str] = {}
    structure = (draft.title.startswith(request.unit) and "领导下" in draft.sections[0].text
                 and "总结如下" in draft.sections[0].text and all("（一）" in s.text for s in topics)
                 and "问题" in problems.heading and ("打算" in plans.heading or "计划" in plans.heading)
                 and re.search(r"\d{4}年\d{1,2}月", draft.sections[-1].text) is not None)
    failures["structure"] = "" if structure else "outline incomplete"
    missing = [t for t, s in zip(request.topics, topics) if not any(t[i : i + 2] in s.text for i in range(len(t) - 1))]
    failures["topics"] = ", ".join(missing)
    foreign = sorted({w for words in DOMAIN_WORDS.values() for w in words
                      if w in _body(draft) and not any(x in own for x in words)})
    failures["domain"] = ", ".join(foreign)
    failures["garbles"] = ", ".join(sorted({m.group(0) for m in _GARBLE.finditer(draft.markdown)}))[:80]
    failures["honours"] = ", ".join(sorted({m.group(0) for m in _HONOUR.finditer(_body(draft))}))[:80]
    bad_problems = [i for i in _items(problems.text) if not _SHORTCOMING.search(i) or re.match(r"^(?:在新的一年|今后|下一步)", i)]
    bad_plans = [i for i in _items(plans.text) if not _FORWARD.search(i) or _DONE.search(i)]
    failures["sections"] = "; ".join(x[:24] for x in bad_problems + bad_plans)
    body = _body(draft)
    failures["density"] = "" if body.count("【待填") * CHARS_PER_PLACEHOLDER <= max(len(body), 1) else \
        f"{body.count('【待填')} in {len(body)} chars"
    lines = [line.strip() for line in re.split(r"[\n。；]", request.notes) if len(line.strip()) >= 4]
    misplaced = [line[:12] for line, topic in zip(lines, case.notes_topic) if line not in topics[topic].text]
    failures["notes"] = ", ".join(misplaced)
    failures["kind"] = "" if case.leadership in draft.sections[0].text else draft.sections[0].text[:30]
    failures["time"] = "" if seconds < MAX_SECONDS else f"{seconds:.2f} s"
    return failures


def knowledge_base(data_dir: Path | None) -> KnowledgeBase:
    if data_dir is not None:
        return KnowledgeBase(Settings(data_dir=data_dir))
    kb = KnowledgeBase(Settings(data_dir=Path("/tmp/ua_draft_bench")))
    kb.ingest([CORPUS], progress=False)
    return kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many drafts whole")
    args = parser.parse_args()
    drafter = Drafter(knowledge_base(args.data_dir))
    drafter.draft(CASES[0].request)  # warm: the models and the index load once
    names = ("structure", "topics", "domain", "garbles", "honours", "sections", "density", "notes", "kind", "time")
    for label, cases in (("tuning requests", CASES), ("check requests", CHECK_CASES)):
        print(f"\n{label}\n")
        table(drafter, cases, names, args.show)


def table(drafter: Drafter, cases: tuple[Case, ...], names: tuple[str, ...], show: int) -> None:
    """One row per request, then how many pass each check."""
    passed = {name: 0 for name in names}
    print("| request | time | placeholders | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 3) + "|")
    for number, case in enumerate(cases):
        started = time.perf_counter()
        draft = drafter.draft(case.request)
        seconds = time.perf_counter() - started
        failures = check(case, draft, seconds)
        for name in names:
            passed[name] += not failures[name]
        cells = " | ".join("ok" if not failures[n] else f"✗ {failures[n]}" for n in names)
        print(f"| {case.request.unit} {case.request.period} | {seconds:.2f} s | {draft.placeholders} | {cells} |")
        if number < show:
            print("\n" + draft.markdown, file=sys.stderr)
    print("| **passing** | | | " + " | ".join(f"{passed[n]}/{len(cases)}" for n in names) + " |")


if __name__ == "__main__":
    main()
