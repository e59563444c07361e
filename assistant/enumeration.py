"""Lists in summary prose, read whole: the items of an enumeration, in order, without repeats.

Summaries list things in a few fixed shapes: ordinals (一是…二是…, （一）…（二）…, （1）…（2）…,
①②, 第一，…第二，…, numbered lines "1、…"), and runs of items joined by 、 (often quoted, often
closed by 等 or by 和/及 before the last item). A list question is answered with the items, so
each shape is parsed into an `Enumeration` with the words that introduce it (its lead), which
is what tells one list from another.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from assistant.persons import looks_like_name
from vectorstore.lexical import tagged

MAX_ITEM_CHARS = 24
MAX_TITLE_CHARS = 60  # a document's title in 《》 is one item however long ("《关于开展…活动的实施意见》")
MIN_OPENING_CLAUSE = 6
MIN_CLAUSE_AFTER_CLOSE = 8  # "等比赛", "等各类文体活动" name the run's kind; a longer stretch goes on as a clause
"""An ordinal item is cut at its first sentence end, and then at a comma past this length:
"一是加强组织建设，健全……" answers with its heading-like opening clause."""
LEAD_CHARS = 60

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "两": 2}
_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Each ordinal family: a pattern whose group "n" is the ordinal. The mark must open a clause, so
# "第一届" or "统一是" are not read as items.
_OPENS = r"(?:^|(?<=[\n，,。；;：:！？!?\s]))"
_NOT_A_YAO_WORD = r"(?![求点素件领])"  # 要 of 要求, 要点, 要素, 要件, 要领 is a word, no ordinal's verb
_ORDINAL_FAMILIES = (
    re.compile(_OPENS + rf"(?P<n>[{_CN}]{{1,3}})是"),
    re.compile(_OPENS + rf"(?P<n>[{_CN}]{{1,3}})要{_NOT_A_YAO_WORD}"),  # "提出要求：一要…，二要…" (not 一要求, 三要素)
    re.compile(_OPENS + rf"第(?P<n>[{_CN}]{{1,3}})[，,、：:]"),
    re.compile(rf"[（(](?P<n>[{_CN}]{{1,3}})[）)]"),
    re.compile(r"[（(](?P<n>\d{1,2})[）)]"),
    re.compile(rf"(?P<n>[{_CIRCLED}])"),
    re.compile(r"(?m)^[ \t　]*(?P<n>\d{1,2})[、.．](?!\d)"),
    re.compile(rf"(?m)^[ \t　]*(?P<n>[{_CN}]{{1,3}})、"),
    # "议程：一、致辞；二、颁奖；…": after a colon or a semicolon (a line of its own may follow one), a family
    # apart from the headings that open lines, not inside a clause ("一、二等奖")
    re.compile(rf"(?:(?<=[：:；;])|(?<=[；;]\n))(?P<n>[{_CN}]{{1,3}})、"),
)
_ITEM_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_BREAK = re.compile(r"[，,：:]")
# A clause of a run; a short aside in brackets belongs to its item ("运营开发（集团）有限公司工会").
_RUN_CLAUSE = re.compile(r"(?:[^，,。；;：:！？!?\n（）()]|[（(][^（）()，,。；;：:！？!?\n]{1,10}[）)])+")
# Where the words before a 、-run stop and its first item begins: a completed verb (了/过), a
# colon-like 为/是/即/如/包括, or a preposition. Grammar words, not topic words.
HONOURED = re.compile(r"荣?获(?:得|评)?|被?评为")
_FIRST_ITEM_START = re.compile(rf"了|过|包括|包含|涵盖|即|如|有(?!限)|为|是|对|向|在|从|围绕|以|把|将|给|开展|举办|举行|组织|参加|评选出?|表彰|{HONOURED.pattern}"
                               r"|赴|前往|走进|深入(?:到)?(?!推进|开展|学习|贯彻|实施|落实|推动|研究|调研|探索|细致|持久|扎实|人心|浅出|走访|慰问|挖掘|思考|分析|了解)|来到|来自|[做抓搞办]好|所属的|下属的?|下设的?|下辖的?|旗下的?|指导")
# a count ends the run ("…三项户外运动"); an ordinal (第四名) or a count after 和 (an item of its own) does not
# the verbs a run of things set up or put in place follows ("…场所打造/推广/设立…"): where the next run starts
_NEXT_RUN_VERB = re.compile(r"打造|建成|建设|新建|设立|建立|开设|增设|推广|安装|投放|配备|配置|设置|开展|举办|组织|发放|提供")
NEXT_RUN_ITEM_CHARS = 3  # a verb followed by less ("…规范化建设工作") ends a noun phrase, it opens no run
# "甲功八项2个检查项目": a count right before the run's own count is part of the last item's name
_COUNT = rf"[{_CN}两\d]+(?:[个项类种件家场次名位人户]|大[类项块]|方面)"
_TAIL_START = re.compile(rf"(?<![{_CN}\d特])等|这|共(?![\u4e00-\u9fff](?:等|、|，|,|。|；|;|$))|以及其他|之类|(?P<count>(?<![第和及与{_CN}两\d]){_COUNT}(?!{_COUNT})|(?<![\d.])\d+[支所座条])")  # "…徒步三项户外运动"
_COLON_LIST = re.compile(r"[：:](?P<body>[^。；;！？!?\n：:]+)")
_NUMBERED = re.compile(rf"^\s*(?:\d{{1,2}}|[{_CN}]{{1,3}})、")
_LAST_JOIN = re.compile(r"(?:以及|和|及|与)")


@dataclass(frozen=True)
class Enumeration:
    """One list found in a text: its items in order, where it is, and the words introducing it."""

    items: tuple[str, ...]
    start: int  # offsets in the text that was parsed
    end: int
    lead: str
    written: str = ""  # a pair as the text joins it ("武汉和荆州")

    @property
    def text(self) -> str:
        """The items as one answer clause: 、 between short items, ； between items that hold 、
        themselves; a pair as written."""
        if self.written:
            return self.written
        joiner = "；" if any("、" in item or "，" in item for item in self.items) else "、"
        return joiner.join(self.items)


_CN_NUMERALS = "零一二三四五六七八九"


def chinese_number(value: int) -> str:
    """1..99 in Chinese numerals, as reports write editions and numbered bodies: 3 -> 三, 21 -> 二十一."""
    tens, ones = divmod(value, 10)
    return ((_CN_NUMERALS[tens] if tens > 1 else "") + "十" if tens else "") + (_CN_NUMERALS[ones] if ones else "")


def ordinal_value(mark: str) -> int:
    """1 for "一", "1" or "①"; 12 for "十二"; 0 for anything else."""
    if mark.isdigit() and mark.isascii():
        return int(mark)
    if mark in _CIRCLED:
        return _CIRCLED.index(mark) + 1
    if not mark or any(ch not in _CN_DIGITS for ch in mark):
        return 0
    if "十" not in mark:
        return _CN_DIGITS[mark] if len(mark) == 1 else 0
    tens, _, units = mark.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)


def dedupe(items: list[str]) -> list[str]:
    """Items in first-seen order, dropping empties and repeats (compared without quotes and spaces)."""
    seen: set[str] = set()
    kept = []
    for item in items:
        key = re.sub(r"[\s“”\"'‘’《》]", "", item)
        if key and key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _lead(text: str, start: int, floor: int = 0, numbered: bool = False) -> str:
    """The words before a list, back to the previous sentence end (or `floor`, the end of the
    list before it): what the list is a list of."""
    before = text[max(floor, start - LEAD_CHARS) : start].rstrip()
    sentences = re.split(r"[。！？!?\n]", before)
    # "…提出要求。一要…，二要…": a numbered list opening a sentence is introduced by the sentence before it
    if numbered and not sentences[-1].strip(" \t　，,、") and len(sentences) > 1 and before.endswith("。"):
        return sentences[-2].strip(" \t　，,、")
    return sentences[-1].strip(" \t　，,、")


def _ordinal_item(text: str, start: int, end: int) -> str:
    item = text[start:end]
    stop = _ITEM_END.search(item)
    item = item[: stop.start()] if stop else item
    if len(item) > MAX_ITEM_CHARS:
        # "（1）认真组织，精心安排参加…" and "（3）8月份，继续为…": a clause this short opens the item, not says it
        breaks = [b for b in _CLAUSE_BREAK.finditer(item) if b.group() in "：:" or b.start() >= MIN_OPENING_CLAUSE]
        # "与有关部门联合，深入开展…" and "审批和年检过程中，继续坚持…": a clause that only sets the scene
        # (opened by a preposition, closed by a word of place or time) leads into what the item says
        if breaks and breaks[0].group() not in "：:" and _sets_the_scene(item[: breaks[0].start()]):
            if (breaks[1].start() if len(breaks) > 1 else len(item)) <= 2 * MAX_ITEM_CHARS:
                breaks = breaks[1:]
        item = item[: breaks[0].start()] if breaks else item
    return item.strip(" \t　，,、：:；;")


def _sets_the_scene(clause: str) -> bool:
    words = tagged(clause)
    return bool(words) and (words[0][1] == "p" or words[-1][1] == "f")


# "工会系统一要…；二要…": the first mark of a 是/要 family may follow the list's subject inside its clause
_FIRST_AFTER_SUBJECT = {_ORDINAL_FAMILIES[0]: re.compile(r"一是"), _ORDINAL_FAMILIES[1]: re.compile(rf"一要{_NOT_A_YAO_WORD}")}
SUBJECT_LOOKBACK = 400  # back to the sentence start: a first item may be long
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _first_after_subject(text: str, family: re.Pattern[str], second: re.Match[str]) -> re.Match[str] | None:
    """The first mark of a run whose second opens a clause, written right after a subject in the same sentence
    ("今后，工会系统一要突出政治性…；二要…"): 一 a word of its own there, not the end of 统一, 唯一, 之一."""
    first = _FIRST_AFTER_SUBJECT.get(family)
    floor = max(0, second.start() - SUBJECT_LOOKBACK)
    ended = [m.end() for m in _SENTENCE_END.finditer(text, floor, second.start())]
    marks = list(first.finditer(text, ended[-1] if ended else floor, second.start())) if first else []
    if not marks:
        return None
    mark = marks[-1]
    at = max(0, mark.start() - 4)
    ends = {at + length for length in itertools.accumulate(len(word) for word, _ in tagged(text[at : mark.start() + 2]))}
    return mark if mark.start() in ends else None


def _ordinal_runs(text: str, family: re.Pattern[str]) -> list[Enumeration]:
    """Runs of marks numbered 1, 2, 3… in one family; a run ends where the numbering breaks."""
    marks = [(ordinal_value(m.group("n")), m) for m in family.finditer(text)]
    runs: list[list[re.Match[str]]] = []
    for value, match in marks:
        if value == 1:
            runs.append([match])
        elif runs and value == ordinal_value(runs[-1][-1].group("n")) + 1:
            runs[-1].append(match)
        elif value == 2 and (first := _first_after_subject(text, family, match)) is not None:
            runs.append([first, match])
    found = []
    for run in (r for r in runs if len(r) >= 2):
        ends = [m.start() for m in run[1:]]
        last_end = _ITEM_END.search(text, run[-1].end())
        ends.append(last_end.start() if last_end else len(text))
        items = dedupe([_ordinal_item(text, m.end(), end) for m, end in zip(run, ends)])
        if len(items) >= 2:
            found.append(Enumeration(tuple(items), run[0].start(), ends[-1], _lead(text, run[0].start(), numbered=True)))
    return found


_BULLET = re.compile(r"[●•■◆◇○★☆▲►▪]")
_BETWEEN_ITEMS = re.compile(r"[\s;；。，,、]*")


def _bullet_runs(text: str) -> list[Enumeration]:
    """Items each opened by the same bullet ("●为困难职工建立档案；●完成职工书屋建设；"), one run
    while nothing but punctuation and space stands between an item and the next bullet."""
    runs: list[list[tuple[int, int, str]]] = []
    marks = list(_BULLET.finditer(text))
    for i, mark in enumerate(marks):
        following = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        stop = _ITEM_END.search(text, mark.end(), following)
        end = stop.start() if stop else following
        item = (mark.start(), end, _ordinal_item(text, mark.end(), end))
        last = runs[-1][-1] if runs else None
        if (last is not None and text[last[0]] == mark.group()
                and _BETWEEN_ITEMS.fullmatch(text, last[1], mark.start())):
            runs[-1].append(item)
        else:
            runs.append([item])
    found = []
    for run in (r for r in runs if len(r) >= 2):
        items = dedupe([item for _, _, item in run])
        if len(items) >= 2:
            found.append(Enumeration(tuple(items), run[0][0], run[-1][1], _lead(text, run[0][0])))
    return found


# the label ends with a colon, or a dash before what it means ("无凭无据——当初…")
_LABELLED_LINE = re.compile(r"(?m)^[ \t　]*(?P<label>[^\n，,。；;：:！？!?、“”\"—\-《》]{2,12}(?<![\d０-９]))(?:[：:]|——|—|--)(?=[^\n\d０-９][^\n]{3,})")
LABEL_GAP_LINES = 3
"""How many lines of text may stand between two labelled lines of one list (each label's own account)."""


def _labelled_runs(text: str) -> list[Enumeration]:
    """Lines each opened by a short label and a colon ("一封慰问信：…", "一次同劳动：…"), with at
    most a few lines of account between them: the labels are the items, as a numbered list's
    headings are. A run of one is no list."""
    found = []
    for run in _runs_of_labels(_LABELLED_LINE.finditer(text), text):
        items = dedupe([m.group("label").strip() for m in run])
        if len(items) >= 2:
            found.append(Enumeration(tuple(items), run[0].start("label"), run[-1].end(), _lead(text, run[0].start("label"))))
    return found + _headed_paragraph_runs(text)


# a paragraph opened by a short heading run in with a full stop ("服务优化。大力建设…")
_HEADED_PARAGRAPH = re.compile(r"(?m)^[ \t　]*(?P<label>[\u4e00-\u9fff]{2,8})。(?=[^\n]{10,})")


def _headed_paragraph_runs(text: str) -> list[Enumeration]:
    """Paragraphs one after another, each opened by a heading of the same length run in with a full stop
    ("服务优化。…", "权益保障。…", "素养提升。…"): the headings are the items, as a numbered list's are. A sentence
    that happens to be short ("会议指出。") stands alone, or beside one of another length."""
    found = []
    for run in _runs_of_labels(_HEADED_PARAGRAPH.finditer(text), text, same_length=True):
        items = dedupe([m.group("label") for m in run])
        first = run[0].start("label")
        found.append(Enumeration(tuple(items), first, run[-1].end("label"), _lead(text, first, numbered=True)))
    return found


def _runs_of_labels(matches: Iterable[re.Match[str]], text: str, same_length: bool = False) -> list[list[re.Match[str]]]:
    """Labelled lines grouped into runs of two or more, each at most LABEL_GAP_LINES lines after the one before (its
    account between them) and, with `same_length`, with a label as long as the one before."""
    runs: list[list[re.Match[str]]] = []
    for match in matches:
        last = runs[-1][-1] if runs else None
        if (last is not None and text.count("\n", last.end(), match.start()) <= LABEL_GAP_LINES
                and (not same_length or len(match.group("label")) == len(last.group("label")))):
            runs[-1].append(match)
        else:
            runs.append([match])
    return [run for run in runs if len(run) >= 2]


_SEGMENT = re.compile(r"[^。；;！？!?\n]+")
FRAME_CHARS = 2  # the words every segment goes on with after its own opening ("…活动中")
PARALLEL_OPENING = (2, 8)  # how long each segment's own opening may be
MIN_PARALLEL = 3
PARALLEL_GAP = 1  # segments of account between two openings ("…;资助困难职工33人…;冬送温暖活动中…")


_LEADS_ON = re.compile(r"[在对把将向从给被与和及的了]$")


def _frame_at(segment: str, frame: str) -> int:
    """Where the frame follows the segment's own opening, or -1."""
    at = segment.find(frame, PARALLEL_OPENING[0])
    opening = segment[:at]
    # an opening is words of its own, not a date ("2024年3月，…") or a number
    words = re.sub(r"[\d一二三四五六七八九十]+[年月日号]?", "", opening)
    # nor a phrase cut before its object ("相信在|公司领导的大力支持下": 在 leads on to what follows)
    return (at if 0 < at <= PARALLEL_OPENING[1] and len(words) >= 2 and not re.search(r"[^\u4e00-\u9fff]", opening)
            and not _LEADS_ON.search(opening) else -1)


def _parallel_runs(text: str) -> list[Enumeration]:
    """Consecutive sentences or clauses that each open with their own words and go on the same
    way ("春送岗位活动中…；夏送清凉活动中…；金秋助学活动中…"): the openings are the items, as the
    headings of an ordinal list are. Three at least, each opening its own."""
    segments = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip()) for m in _SEGMENT.finditer(text)]
    found: list[Enumeration] = []
    i = 0
    while i < len(segments):
        best: tuple[int, list[str]] = (i + 1, [])
        first = segments[i][1]
        for at in range(PARALLEL_OPENING[0], min(PARALLEL_OPENING[1], len(first) - FRAME_CHARS) + 1):
            frame = first[at : at + FRAME_CHARS]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", frame) or _frame_at(first, frame) != at:
                continue
            j, openings, end = i, [], i
            while j < len(segments):
                k = _frame_at(segments[j][1], frame)
                if k > 0:
                    openings.append(segments[j][1][:k])
                    end = j + 1
                elif j - end >= PARALLEL_GAP or len(openings) < 2:  # one segment may go on with the item before
                    break
                j += 1
            j = end
            # the openings differ from their first character on: "对于在职…；对于退休…" share a frame, not items
            if len(openings) >= MIN_PARALLEL and len({o[0] for o in openings}) == len(openings) and len(openings) > len(best[1]):
                best = (j, openings)
        j, openings = best
        if openings:
            start, end = segments[i][0], segments[j - 1][0] + len(segments[j - 1][1])
            # a run of whole sentences is announced by the sentence before ("持续开展“四季恒温”活动。")
            before = text[max(0, start - LEAD_CHARS) : start].rstrip("。！？!?；; \n")
            found.append(Enumeration(tuple(openings), start, end, re.split(r"[。！？!?；;\n]", before)[-1].strip()))
        i = j
    return found


def word_bounds(text: str) -> set[int]:
    """The offsets where the tagger's words of a text begin or end."""
    import jieba

    from vectorstore.lexical import tokenize

    tokenize("")  # the shared jieba, initialised once
    bounds, at = {0}, 0
    for word in jieba.lcut(text):
        at += len(word)
        bounds.add(at)
    return bounds


def opens_with_verb(text: str) -> bool:
    """The tagger's first word of the text is a verb, preposition, adverb, conjunction or pronoun:
    the text says something done ("送去米", "发放助学金"), not a thing or a name."""
    words = tagged(text)
    return bool(words) and words[0][1].startswith(("v", "p", "d", "c", "r"))


_DOES_WELL = re.compile(r"[\u4e00-\u9fff]好")


_BARE_KIND = re.compile(r"中心|站|室|所|组|部|处|科|会|馆|院|队")


def _first_item(part: str, others: list[str]) -> str:
    """The first item out of the words before it: it starts after a grammar word, at the cut
    that makes it as long as the other items are (items of a list run parallel: "从抓组织领导、
    抓调查研究" cuts after 从, not after the 组织 inside the item)."""
    for mark in "“《":  # the others are quoted (or titles): so is the first, from its opening mark
        if others and all(item.startswith(mark) for item in others) and mark in part:
            return part[part.rindex(mark) :]
    if _same_template(part, others):  # "建立组织共建、阵地共用、活动共办": the first is cut to the others' shape
        return part[-len(others[0]) :]
    starts = list(_FIRST_ITEM_START.finditer(part))
    bounds_of = word_bounds(part) if any(_DOES_WELL.fullmatch(m.group()) or HONOURED.fullmatch(m.group()) for m in starts) else set()
    # "获全国总工会二等奖、…": a verb of honours, only as a word of its own (not the 获 of 获嘉县)
    starts = [m for m in starts if not HONOURED.fullmatch(m.group()) or (m.start() in bounds_of and m.end() in bounds_of)]
    # "坚持做好人好事" is no 做好 (好人好事 is a word); "做好本职、守好岗位": the siblings keep their verb
    well_done = others and all(_DOES_WELL.match(o) for o in others)
    starts = [m for m in starts if not _DOES_WELL.fullmatch(m.group()) or (m.end() in bounds_of and not well_done)
              or (well_done and m.start() in bounds_of | {0})]
    ends = [m.end() for m in starts if m.end() < len(part) and not (well_done and _DOES_WELL.fullmatch(m.group()))]
    # "提出了“抓好A、抓好B…": a start word every other item opens with is the first item's own
    parallel = [m.start() for m in starts if others and (all(o.startswith(m.group()) for o in others)
                                                          or (well_done and _DOES_WELL.fullmatch(m.group())))]
    bounds = word_bounds(part) if ends else set()  # tagged once: every check below reads it
    if len(ends) > 1:  # "有安全知识有奖问答": a cut between words, not inside 有奖
        ends = [e for e in ends if e in bounds] or ends
    elif ends and ends[0] not in bounds and len(part) - ends[0] < 2:
        ends = []  # "总工会组织/部": a lone character cut off a word is no item
    cuts = [part[end:] for end in ends + parallel]
    # a cut inside a word right after 的 ("提出的有/害工种…": 有害 is one word) may start the item at that word
    cuts += [part[start:] for start in (_word_start(part, end, bounds) for end in ends) if start is not None]
    # "困难职工余早红、成家宝、刘庭健": a name after what they are (not "赵清和（女）" cut to its aside)
    if others and 2 * sum(map(looks_like_name, others)) >= len(others):
        cuts += [part[end:] for end in sorted(word_bounds(part)) if 0 < end < len(part) - 1 and looks_like_name(part[end:])]
    cuts = [cut for cut in cuts if cut[0] not in "了过"] or cuts  # "开展/了拔河": an item opens after 了, not at it
    # "在工会组织/建设": a start word that ends a longer noun of the tagger's (工会组织) is no grammar word ("通过" is one)
    inside = {part[m.end() :] for m in starts if m.start() not in bounds | {0} and _ends_a_noun(part, m.end())} if len(bounds) > 1 else set()
    cuts = [cut for cut in cuts if cut not in inside] or cuts
    # "对工会工作开展/情况、建设职工之家情况": the word another item ends with is their shared head, no item
    cuts = [cut for cut in cuts if not _shared_ending(cut, others)] or cuts
    cuts = [cut for cut in cuts if not _BARE_KIND.fullmatch(cut)] or cuts  # "就业指导/中心": a kind alone is no item
    if not cuts:
        return part
    if not any(end in bounds for end in ends):  # "有" inside 有限公司 is no grammar word:
        cuts.append(part)  # the clause may open with the item itself ("随后，昆明某某有限公司工会、…")
    typical = sorted(len(item) for item in others)[len(others) // 2] if others else 0
    return min(cuts, key=lambda item: (abs(len(item) - typical), len(item)))


def _ends_a_noun(part: str, end: int) -> bool:
    """The tagger's word that ends at `end` is a noun."""
    at = 0
    for word, flag in tagged(part):
        at += len(word)
        if at >= end:
            return at == end and flag.startswith("n")
    return False


def _shared_ending(cut: str, others: list[str]) -> bool:
    """The cut is only the word another item ends with, that item longer ("情况" beside "…职工之家情况")."""
    return any(len(other) > len(cut) and other.endswith(cut) for other in others)


def _same_template(part: str, others: list[str]) -> bool:
    """The other items are one shape ("阵地共用、活动共办、人才共育": as long, a character in the same place), and the
    words before the first end in that shape too: its first characters are the lead's."""
    if len(others) < 2 or len(part) <= len(others[0]) or len({len(item) for item in others}) != 1:
        return False
    size = len(others[0])
    shared = [at for at in range(size) if len({item[at] for item in others}) == 1]
    tail = part[-size:]
    # a shared ending ("登山比赛、跳绳比赛") is no shape: a first item may be longer ("职工羽毛球比赛")
    if size < 3 or not shared or size - 1 in shared or any(tail[at] != others[0][at] for at in shared):
        return False
    # (tagged only for a shape found: every list's first item passes here)
    cut = len(part) - size
    lead = tagged(part[:cut])  # what is cut off is the lead's verb ("建立"), no qualifier ("全国模范")
    return cut in word_bounds(part) and bool(lead) and lead[-1][1].startswith("v")


def _word_start(part: str, end: int, bounds: set[int]) -> int | None:
    """Where the word a cut falls inside starts, when a 的 stands right before it (what was said of it
    ends there); None for a cut between words or inside a name ("某某有/限公司")."""
    if not bounds or end in bounds:
        return None
    start = max((b for b in bounds if b < end), default=0)
    return start if start > 0 and part[start - 1] == "的" else None


_BODY_END = "局厅委部办会院所司处站社馆联协府"  # how the names of offices and bodies end
_OTHER_BODY_END = "行队厂校团军室科组"  # and of banks, troops, factories… ("青禾银行和市税务局": two bodies)


def _join_inside_name(before: str, after: str, siblings: Sequence[str]) -> bool:
    """"…税务局、…总工会、省人力资源和社会保障厅": among bodies, a 和 after words that end no body's name
    and before a body's kind is the name's own (人力资源和社会保障厅, 住房和城乡建设局, 文化和旅游局)."""
    return (bool(siblings) and all(item and item[-1] in _BODY_END for item in siblings)
            and before[-1] not in _BODY_END + _OTHER_BODY_END and re.match(rf"[\u4e00-\u9fff]{{1,8}}?[{_BODY_END}]", after) is not None)


_RUN_COUNT = re.compile(rf"等?([\d{_CN}两]+)(?:余|多)?(?:[个项类种件家场次名位人户条]|大[类项块]|方面)")


def _count_value(numeral: str) -> int:
    """"5", "五", "两", "十二" as a number (0 when it is none)."""
    return int(numeral) if numeral.isdigit() else (2 if numeral == "两" else ordinal_value(numeral))


def _last_items(part: str, joined: bool = True, others: Sequence[str] = (), first: str = "") -> list[str]:
    """The last part of a run without its tail ("等活动"); "A、B和C" also splits its 和/及
    (`joined`), which comma-separated items do not use ("评定及奖励办法" is one item), nor a body's name
    (_join_inside_name). A count inside each of its siblings ("每月评选一次…、每季度评选一名…") is part of
    the last one's shape too."""
    at = [next((m.start() for m in _TAIL_START.finditer(other) if m.group("count")), None) for other in others]
    # a count opening the item ("1名…标兵", as its siblings "10名…") is its own
    tail = next((m for m in _TAIL_START.finditer(part, 1)
                 if not (m.group("count") and at and all(a is not None and abs(a - m.start()) <= 1 for a in at))), None)
    counted = _RUN_COUNT.match(part, tail.start()) if tail else None
    part = part[: tail.start()] if tail else part
    if not joined or len(part) <= 2:
        return [part]
    # "…、职工奖金、补贴和生活福利费的设置和发放等5大类": the count says how many items there are; split at 和 the run would
    # hold one more
    if counted and _count_value(counted.group(1)) == len(others) + 2:
        return [part]
    join = next(_word_joins(part), None)
    if join and join.start() > 0 and _join_inside_name(part[: join.start()], part[join.end() :], [*([first] if first else []), *others]):
        return [part]
    return [p for p in (part[: join.start()], part[join.end() :]) if p] if join else [part]


def _outside_quotes(text: str, at: int) -> bool:
    """Not inside a title or a quote ("《我和我的祖国》", "“书香和悦”"): its 和 and 的 are the name's own."""
    return text.count("《", 0, at) == text.count("》", 0, at) and text.count("“", 0, at) == text.count("”", 0, at)


def _word_joins(part: str) -> Iterator[re.Match[str]]:
    """The 和/及/与 of a part that are words of their own: not the 和 of 和谐 or the 与 of 参与."""
    matches = [m for m in _LAST_JOIN.finditer(part) if _outside_quotes(part, m.start())]
    alone, at = set(), 0
    for word, _ in tagged(part) if matches else ():  # the tagger's words (its cut, "线/及", not jieba.lcut's "线及")
        if _LAST_JOIN.fullmatch(word):
            alone.add(at)
        at += len(word)
    return (m for m in matches if m.start() in alone)


def _goes_on_as_name(rest: str) -> bool:
    """What follows where the last item's siblings end is one more short common noun of its name
    ("餐饮联合工会|小组"), not what the sentence goes on to say ("…2队|荣获二")."""
    words = tagged(rest)
    return 0 < len(rest) <= 4 and bool(words) and all(flag in ("n", "nz") for _, flag in words)


def _parallel_last(last: str, others: list[str], first: str = "") -> str:
    """The last item without the sentence that goes on after it ("保障部的同志依次汇报了工作" of
    "组织部、财务部、…"): items run parallel, so a last item ends with the character all the
    others end with ("…2队荣获二" of "1队、…中心队"), and one far longer than the others ends at
    its 的 when what stands before it is as long as they are."""
    if not others and not first:
        return last
    ends = {item[-1] for item in [first, *others] if item}  # the first item's lead does not change how it ends
    if len(others) + bool(first) >= 2 and len(ends) == 1 and not last.endswith(tuple(ends)) and last.rfind(*ends) > 0:
        cut = last.rfind(*ends) + 1
        if not _goes_on_as_name(last[cut:]):  # "…中心2队荣获二等奖": ends as its siblings do; "…工会小组" goes on
            return last[:cut]
    # "…羽毛球协会、网球协会为2021年度良好协会": the items share an ending (协会); the last ends at its first one when
    # what follows says something of them all
    # (of two items, "评选出健步走协会、排球协会为…优秀协会", the first's last two characters, its lead still on it)
    siblings = [item for item in [first, *others] if item]
    shared = os.path.commonprefix([item[::-1] for item in siblings])[::-1] if len(siblings) >= 2 else siblings[0][-2:]
    at = last.find(shared) if len(shared) >= 2 else -1
    cut = at + len(shared)
    # (of two, the ending ends a word of the last and what follows names the kind again, "为…的优秀协会": not
    # "送清凉、清凉进工地活动", "会员管理制度、管理制度执行细则")
    two = len(siblings) < 2
    if (at >= (1 if two else 0) and cut < len(last) and opens_with_verb(last[cut:]) and not _goes_on_as_name(last[cut:])
            and (not two or shared in last[cut:])):
        return last[:cut]
    if "的" not in last or not others:
        return last
    typical = sorted(len(item) for item in others)[len(others) // 2]
    head = last[: last.index("的")]
    if looks_like_name(head) and 2 * sum(map(looks_like_name, [head, *others])) >= len(others) + 1:
        return head  # "余早红、成家宝、刘庭健的家中": names, then whose home
    return head if len(last) > 2 * typical and abs(len(head) - typical) <= 2 else last


# "从理论学习对工会工作指导、疫情防控落实情况…等方面": a list of aspects opens right after the 从 that frames it,
# whatever grammar words its first item holds
_FRAME_TAIL = re.compile(r"^[^、]*?(?:等|这)?(?:[一二三四五六七八九十两几\d]+个?)?方面")
_FRAME_WORD = "从"
# "从现在起抓好…", "从制度上规范了…", "从讲政治的高度抓好…": a time, a manner or a standpoint, not the aspects
_NOT_FRAMED = re.compile(r"起|开始|现在|今年|如何|怎样|上|高度|角度|层面|了|[抓做搞]好")


def _framed_start(part: str) -> int | None:
    """Where the first aspect starts: right after the last 从 that is a word of its own, when nothing after it
    says a time or a manner instead ("从现在起抓好…", "从如何…"); None otherwise (the usual first-item cut)."""
    at = part.rfind(_FRAME_WORD)
    if at < 0 or _NOT_FRAMED.search(part, at) or len(part) - at - 1 < 2:
        return None
    bounds = word_bounds(part)
    return at + 1 if at in bounds and at + 1 in bounds else None


def _run_items(clause: str) -> list[str]:
    parts = clause.split("、")
    opened = parts[0].rfind("“")
    last = parts[-1]
    if opened > parts[0].rfind("”") and "”" in last and ("“" not in last or last.index("“") > last.index("”")):
        # one quote around the whole run ("加大“书香之家、健康之家、平安之家”建设力度"): the items are inside it
        parts[0], parts[-1] = parts[0][opened + 1 :], parts[-1][: parts[-1].index("”")]
    rest = [*parts[1:-1], *_last_items(parts[-1], others=parts[1:-1], first=parts[0])]  # (the first holds its lead)
    rest[-1] = _parallel_last(rest[-1], rest[:-1], parts[0])
    framed = _framed_start(parts[0]) if _FRAME_TAIL.search(parts[-1]) else None
    first = parts[0][framed:] if framed is not None else _first_item(parts[0], rest)
    items = [first, *rest]
    return dedupe([item.strip().removesuffix("“").strip() for item in items])  # "和谐单位“五个示范基地”": the quote opens what follows


# a 等 that closes a run inside one of its middle parts, the clause going on with words of its own
# ("…、景区等人员较为集中的点位打造爱心妈咪小屋、母婴室等14个…"): not 一等, 特等, 平等, 等级
_CLOSED_INSIDE = re.compile(rf"(?<![{_CN}\d特平相对均高中初上下优同])等(?![等级待同于候])(?P<rest>[\u4e00-\u9fff“”]{{{MIN_CLAUSE_AFTER_CLOSE},}})")


def _next_run_verb(part: str) -> tuple[int, int] | None:
    """Where, in a part that closes a run with 等 and goes on with a verb of its own ("景区等人员较为集中的地方打造暖心
    小屋"), that verb stands (its last one, start and end); None for one item that holds 等 ("因病因灾等原因导致生活困
    难的职工家庭")."""
    closed = _CLOSED_INSIDE.search(part)
    if closed is None:
        return None
    rest = closed.group("rest")
    verbs = [m for m in _NEXT_RUN_VERB.finditer(rest) if m.end() <= len(rest) - NEXT_RUN_ITEM_CHARS]
    return (closed.start("rest") + verbs[-1].start(), closed.start("rest") + verbs[-1].end()) if verbs else None


def _clauses_of_runs(clause: str) -> list[tuple[int, str]]:
    """The clause as runs: one, or, where a middle part closes a run with 等 and goes on as a clause, the run up to
    that part and the run from it (whose first item the part ends with), each with its offset in the clause."""
    parts = clause.split("、")
    found = next(((i, verb) for i in range(1, len(parts) - 1) if (verb := _next_run_verb(parts[i])) is not None), None)
    if found is None:
        return [(0, clause)]
    at, (verb_start, verb_end) = found
    part_start = len("、".join(parts[:at])) + 1  # where the part that closes the first run starts
    opens = part_start + verb_end  # the next run's first item, right after its verb
    # (the first run ends before that verb: what follows it names the next run's kind, not the first's)
    first, rest = clause[: part_start + verb_start], clause[opens:]
    return [(0, first)] + [(opens + offset, run) for offset, run in _clauses_of_runs(rest)]


def _comma_runs(text: str) -> list[Enumeration]:
    """Clauses of two or more items joined by 、: "开展了拔河、爬楼和棋类比赛等活动"."""
    found = []
    for clause in _RUN_CLAUSE.finditer(text):
        unnumbered = _NUMBERED.sub("", clause.group())  # "1、篮球赛" is a numbered line, not a run
        numbering = len(clause.group()) - len(unnumbered)
        for shift, body in _clauses_of_runs(unnumbered):
            if "、" not in body:
                continue
            items = _run_items(body)
            offset = clause.group().find(items[0], numbering + shift) if items else -1
            if len(items) >= 2 and offset >= 0:
                start = clause.start() + offset
                end = clause.start() + numbering + shift + len(body)  # (the clause's end, for its last run)
                found.append(Enumeration(tuple(items), start, end, _lead(text, start) or clause.group()[:offset]))
    return found


# "在快递，外卖，保安等行业", "对劳动报酬，工作时间，劳动安全卫生等内容": a page that writes its 、 as commas; short words
# (six characters at most), the run closed by 等
_SHORT_COMMA_RUN = re.compile(r"(?:^|(?<=[，,。；;：:！？!?\n]))(?P<first>[^，,。；;：:！？!?\n“”]{1,80})"
                              r"(?P<rest>(?:[，,](?:(?![等了着过要将把在对为是的])[\u4e00-\u9fff]){1,10}){2,8})(?=等)")
SHORT_WORD_CHARS = 6  # a longer word, a body's name ("百合新地有限公司"), only in a run closed by 等 and its count ("等5家")
_COUNT_CLOSE = re.compile(r"等[\d一二三四五六七八九十两]{1,3}(?:余|多)?[家个所]")
_BODY_NAME_END = re.compile(r"(?:街道|社区|公司|集团|学校|小学|中学|大学|学院|医院|幼儿园|银行|工会|协会|中心|[局委厂站所馆院场村镇乡])$")


def _names_a_kind(after: str) -> bool:
    """The words after 等 open with a noun of two characters or more ("行业开展…", "慰问品")."""
    words = tagged(after)
    return bool(words) and len(words[0][0]) >= 2 and words[0][1].startswith("n")


def _short_comma_runs(text: str) -> list[Enumeration]:
    """Three or more short words written apart by commas and closed by 等 ("下一步还将在快递，外卖，保安等行业开展…"):
    a list whose 、 the page wrote as commas (the first word cut out of its clause as a 、-run's first item is)."""
    found = []
    for run in _SHORT_COMMA_RUN.finditer(text):
        rest = re.split(r"[，,]", run.group("rest"))[1:]
        first = _first_item(run.group("first"), rest)
        # closed by 等 and what the words are ("等行业"), not by a deed's end ("要团结，奋进，拼搏等。")
        counted = _COUNT_CLOSE.match(text, run.end()) is not None
        if max(len(item) for item in rest) > SHORT_WORD_CHARS and not (counted and all(_BODY_NAME_END.search(item) for item in rest)):
            continue  # ("…，金秋助学，夏送清凉等3项活动", "…主持，…讲话，各分会主席等30名代表": no bodies' names)
        if len(first) <= 2 * max(len(item) for item in rest) and (counted or _names_a_kind(text[run.end() + 1 : run.end() + 8])):
            start = run.end("first") - len(first)
            found.append(Enumeration((first, *rest), start, run.end(), _lead(text, start)))
    return found


_CLAUSE_PIECE = re.compile(r"[^，,]+")
PARALLEL_CHARS = (2, 6)  # the length of one phrase of a parallel run ("做实载体")


def _shared_place(items: list[str]) -> bool:
    """Phrases of one length with the same character in the same place ("做实载体，务实举措，落实措施"): parallel."""
    return len({len(item) for item in items}) == 1 and any(len({item[k] for item in items}) == 1 for k in range(len(items[0])))


def _parallel_comma_runs(text: str) -> list[Enumeration]:
    """Three or more short phrases of one length, written apart by commas and parallel in a shared character
    ("通过做实载体，务实举措，落实措施，严实作风，更好地服务职工"): a list the page wrote as clauses; the first may be
    the tail of a clause that leads into it ("通过/做实载体")."""
    found = []
    for sentence in _SENTENCE_SPAN.finditer(text):
        pieces = list(_CLAUSE_PIECE.finditer(sentence.group()))
        i = 1
        while i < len(pieces):
            size = len(pieces[i].group())
            j = i
            while j < len(pieces) and len(pieces[j].group()) == size:
                j += 1
            if PARALLEL_CHARS[0] <= size <= PARALLEL_CHARS[1] and j - i >= 2:
                items, start = [piece.group() for piece in pieces[i:j]], sentence.start() + pieces[i].start()
                before = pieces[i - 1].group()
                if len(before) >= size and _shared_place([before[-size:], *items]):
                    items, start = [before[-size:], *items], sentence.start() + pieces[i - 1].end() - size
                if len(items) >= 3 and _shared_place(items) and not any(re.search(r"\d", item) for item in items):
                    found.append(Enumeration(tuple(items), start, sentence.start() + pieces[j - 1].end(), _lead(text, start)))
            i = max(j, i + 1)
    return found


def _continued_runs(runs: list[Enumeration], text: str) -> list[Enumeration]:
    """A 、-run going on after a comma with a clause that is nothing but more items: "开展了企业品牌、
    服务礼仪，安全行车、客户沟通等专项培训", "发放了绿豆、饮料等食品，清凉油、人丹等药品" list
    one set of things in two runs."""
    def closed_as_list(run: Enumeration, closer: str = "(?:等.*)?") -> bool:  # nothing after the items but "等…"
        last = text.rfind(run.items[-1], run.start, run.end)
        return last >= 0 and re.fullmatch(closer, text[last + len(run.items[-1]) : run.end].strip()) is not None

    found: list[Enumeration] = []
    for first, then in zip(runs, runs[1:]):
        before = found[-1] if found and found[-1].end == first.end else first
        if (re.fullmatch(r"\s*[，,]\s*", text[first.end : then.start]) and not opens_with_verb(then.items[0])
                and closed_as_list(first) and closed_as_list(then, "等.*")):  # the run after closes the list with 等
            found.append(Enumeration(tuple(dedupe([*before.items, *then.items])), before.start, then.end, before.lead))
    return found


MIN_SHARED_HEAD = 2


def _head_led_runs(runs: list[Enumeration], text: str) -> list[Enumeration]:
    """A 、-run whose items share their first words, after a comma and a clause ending with one more item
    of the same head ("开展教职工经典诵读活动，教职工春季踏青活动、教职工冬至包饺子…"): that one is the first item."""
    found = []
    for run in runs:
        head = os.path.commonprefix(list(run.items))
        if len(head) < MIN_SHARED_HEAD or text[run.start - 1 : run.start] not in ("，", ","):
            continue
        before = text[: run.start].rstrip("，, ")
        clause = re.split(r"[，,。；;：:！？!?\n]", before[-LEAD_CHARS:])[-1]
        at = clause.rfind(head)
        item = clause[at:] if at >= 0 else ""
        if item and len(item) <= MAX_ITEM_CHARS and item not in run.items:
            start = len(before) - len(item)
            found.append(Enumeration((item, *run.items), start, run.end, _lead(text, start)))
    return found


# "村街联合会5家（包含企业97家）": a thing and its count, with an aside; the thing is words, not a date;
# or the count first ("命名表彰5个创新工作坊、1个劳模工作室，72个岗位创新标兵")
_MEASURE = r"[家个名人户所项次场支位座条期]"
_COUNTED_CLAUSE = re.compile(
    rf"(?P<item>[\u4e00-\u9fff“”《》]{{2,16}}?[\d.]+\s*余?\s*{_MEASURE}(?:[（(][^（）()，,。；;]{{1,16}}[）)])?"
    rf"|(?<![\d.])\d+\s*{_MEASURE}[\u4e00-\u9fff“”《》]{{2,16}})(?=[，,、。；;]|$)")
MIN_COUNTED = 3


def _counted_runs(text: str) -> list[Enumeration]:
    """Clauses each naming a thing and its count, side by side ("单独建会企业49家，政府机关工会1家，
    村街联合会5家（包含企业97家），小企业联合会6家"): the report's way of listing what it has, one
    count a kind; three at least, one comma or 、 between each and the next."""
    runs: list[list[re.Match[str]]] = []
    for match in _COUNTED_CLAUSE.finditer(text):
        opens_clause = match.start() == 0 or text[match.start() - 1] in "，,、：:；;。\n" or match.group()[0].isdigit()
        if not opens_clause:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and re.fullmatch(r"[，,、]", text[last.end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    found = []
    for run in (r for r in runs if len(r) >= MIN_COUNTED):
        # things of one kind counted alike ("…49家，…1家，…5家"); a chain of figures about one event
        # ("培训班1期，学员120人，资料300份") counts different things
        measures = [re.findall(_MEASURE, re.sub(r"[（(].*", "", m.group("item")))[-1:] for m in run]
        common = max((measures.count(m) for m in measures), default=0)
        # and things named, not things done ("培训职工860名，考核合格820名")
        done = sum(opens_with_verb(m.group("item")) for m in run)
        if 3 * common < 2 * len(run) or 2 * done >= len(run):
            continue
        items = dedupe([m.group("item") for m in run])
        found.append(Enumeration(tuple(items), run[0].start(), run[-1].end(), _lead(text, run[0].start())))
    return found


# "全国五一巾帼标兵（4人）" on a line of its own, the names after it one a line: an honours list
COUNTED_HEADING = re.compile(r"(?m)^(?P<name>[^\n，,。；;：:]{2,30}?)[（(](?P<count>\d{1,3})\s*(?P<measure>[人个名家项位支所])[）)][ \t　]*$")
MAX_LINE_ITEM = 40


def _headed_count_runs(text: str) -> list[Enumeration]:
    """A heading that counts what follows ("…标兵岗（4个）") and as many short lines after it, none a
    sentence: the lines are the items (a name and what it is, "宋晓辉辽宁省…局长")."""
    found = []
    for heading in COUNTED_HEADING.finditer(text):
        count = int(heading.group("count"))
        lines = text[heading.end() + 1 : heading.end() + 1 + count * (MAX_LINE_ITEM + 1)].split("\n")[:count]
        if count < 2 or len(lines) < count or not all(0 < len(line) <= MAX_LINE_ITEM and not re.search(r"[。！？!?；;，,\s]", line.strip())
                                                       and not COUNTED_HEADING.fullmatch(line) for line in lines):
            continue  # (names on one line, spaced, are not one item a line)
        start = heading.end() + 1
        found.append(Enumeration(tuple(line.strip() for line in lines), start, start + len("\n".join(lines)),
                                 heading.group(0).strip()))
    return found


def _colon_runs(text: str) -> list[Enumeration]:
    """Short items after a colon, separated by commas: "已制订的制度有：甲职责，乙职责，丙办法"."""
    found = []
    for match in _COLON_LIST.finditer(text):
        if _OPENS_NUMBERED_ITEM.match(match.group("body")):
            continue  # "提出几点建议：一是要…，做好…": the clauses of a numbered list's first item
        parts = re.split(r"[，,、]", match.group("body"))
        items = dedupe([*[p.strip() for p in parts[:-1]], *_last_items(parts[-1].strip(), joined=False)])
        if len(items) >= 3 and all(len(item) <= MAX_ITEM_CHARS for item in items):
            found.append(Enumeration(tuple(items), match.start("body"), match.end("body"), _lead(text, match.start("body"))))
    return found


# a numbered item's mark ("一是", "（一）", "1、"), not a decimal ("1.2万名") or a post ("第一书记")
_OPENS_NUMBERED_ITEM = re.compile(rf"\s*(?:[{_CN}]{{1,3}}是|[（(][{_CN}\d]{{1,3}}[）)]|\d{{1,2}}[、.．](?!\d))")
_SEMICOLON_LIST = re.compile(r"[：:](?P<body>[^。！？!?\n：:]+[；;][^。！？!?\n：:]+)")
MIN_SEMICOLON_ITEMS = 3
_OPENS_ORDINAL = re.compile(rf"\s*(?:[{_CN}]{{1,3}}[是要]{_NOT_A_YAO_WORD}|第[{_CN}]{{1,3}}|[（(][{_CN}\d]{{1,3}}[）)]|\d{{1,2}}[、.．])")


def _numbered_mark(numeral: str, digit: str) -> re.Pattern[str]:
    """A clause opening with the given ordinal in any family: 一是/一要, （一）/(1), 1、, 第一，."""
    return re.compile(rf"\s*(?:{numeral}[是要]{_NOT_A_YAO_WORD}|[（(][{numeral}{digit}][）)]|{digit}[、.．](?!\d)|第{numeral}[，,、：:])")


# "以下工作；一是…；二是…", "工会（一）…；（二）…", "工会一要…；二要…": a paragraph whose clauses an ordinal list numbers
_FIRST_MARK, _SECOND_MARK = _numbered_mark("一", "1"), _numbered_mark("二", "2")
_FIRST_MARK_IN = re.compile(rf"一[是要]{_NOT_A_YAO_WORD}|[（(][一1][）)]")
# a paragraph of nothing but semicolon-closed clauses, three at least ("逢年过节发放节日福利；每逢生日发放
#生日礼金；组织健康体检；"): the things the paragraph lists, one per clause
_SEMICOLON_PARAGRAPH = re.compile(r"(?m)^[ \t　]*(?P<body>(?:[^\n。！？!?：:；;]+[；;]){2,}[^\n。！？!?：:；;]+)[；;。]?[ \t　]*$")


# a quote whose parts a semicolon sets apart: "从“党建引领，强基铸魂；以人为本，强技提素。”等两方面出发"
_QUOTED_SEMICOLONS = re.compile(r"[“「](?P<body>[^“”「」\n]+?[；;][^“”「」\n]+?)[。]?[”」]")


# the clauses that open a paragraph before what it lists: a time ("今年"), the circumstances ("在…领导下",
# "在…的基础上"), a purpose ("为…")
_LEAD_CLAUSE = re.compile(r"[^，,]{0,40}?(?:下|上|中|以来|年来|来)|今年|去年|全年|一年来|本年度|(?:19|20)\d{2}年度?|为[^，,]{2,30}")


def _paragraph_lead(part: str) -> int:
    """Where a paragraph's first listed clause starts: after the lead clauses it opens with."""
    at, leading = 0, True
    for clause in re.finditer(r"[^，,]+[，,]", part):
        said = clause.group().rstrip("，,").strip()
        if not _LEAD_CLAUSE.fullmatch(said):
            leading = False
        elif leading or said.startswith("在") and said.endswith("下"):  # "…成立以来，积极配合…，在市总工会的大力支持下，组建了A；"
            at = clause.end()
    return at


def _shared_opener(text: str, starts: list[int], ends: list[int]) -> int | None:
    """"…，某某表示，要按需创建，…；要专人管理，…；要延伸服务，…": the later clauses all open with one word, and the
    first clause holds it after a pause: the first item starts there, what stands before it is the sentence's lead."""
    later = [text[start:end].lstrip() for start, end in zip(starts[1:], ends[1:])]
    if len(later) < MIN_SEMICOLON_ITEMS - 1:
        return None
    for size in (2, 1):
        opener = later[0][:size]
        # a word of its own (two characters the tagger keeps together, or a modal one: 要, 应, 须…), not the first
        # character of different verbs ("推进/推动/推行")
        word = opener in _MODAL_OPENERS if size == 1 else any(w == opener for w, _ in tagged(later[0][:6])[:1])
        if word and all(clause.startswith(opener) for clause in later):
            found = [at for pause in "，,：:" if (at := text.find(f"{pause}{opener}", starts[0], ends[0])) >= 0]
            return min(found) + 1 if found else None
    return None


_MODAL_OPENERS = frozenset("要应须需将")


def _semicolon_runs(text: str) -> list[Enumeration]:
    """Clauses after a colon, each closed by a semicolon, up to the sentence end: "重点工作围绕以下
    几方面：围绕A，宣传B；继续开展C；提升D。" lists each clause by its opening words; so does a
    paragraph of such clauses alone. Inside quotes the semicolons alone mark a list, of two parts or more."""
    found = []
    for pattern, least in ((_SEMICOLON_LIST, MIN_SEMICOLON_ITEMS), (_QUOTED_SEMICOLONS, 2),
                           (_SEMICOLON_PARAGRAPH, MIN_SEMICOLON_ITEMS)):
        for match in pattern.finditer(text):
            body, at = match.group("body"), match.start("body")
            starts = [at] + [at + m.end() for m in re.finditer(r"[；;]", body) if m.end() < len(body)]
            if pattern is _SEMICOLON_PARAGRAPH and (_OPENS_ORDINAL.match(text, starts[0]) or len(starts) > 1 and (
                    _FIRST_MARK.match(text, starts[1]) or _SECOND_MARK.match(text, starts[1]) and _FIRST_MARK_IN.search(text, starts[0], starts[1]))):
                continue  # "一是…；二是…", "工会系统一要…；二要…": the ordinal list has these items already
            ends = starts[1:] + [match.end("body")]
            if pattern is _SEMICOLON_PARAGRAPH:  # "今年，我局工会在…领导下，组织了A；开展了B；": the lead is no item
                starts[0] = at + _paragraph_lead(text[at : ends[0]])
                starts[0] = _shared_opener(text, starts, ends) or starts[0]  # (after a colon, the colon says where)
            items = dedupe([_ordinal_item(text, start, end) for start, end in zip(starts, ends)])
            # (a paragraph's own lead clauses say what its list is of too: "…成立以来，在市总工会的大力支持下，", after the
            # heading above it, "二、维护权益")
            lead = _lead(text, match.start()) + ("，" + text[at : starts[0]].strip(" \t　，,") if starts[0] > at else "")
            if len(items) >= least:  # clauses, set apart by semicolons as the text sets them
                found.append(Enumeration(tuple(items), starts[0], match.end("body"), lead, written="；".join(items)))
    return found


# "…；…；…这三方面": semicolon-set clauses closed by their count and kind
_COUNTED_CLOSE = re.compile(rf"(?:这|等|以上)?([{_CN}两\d])个?(?:方面|项|点|条|类|部分)")
_SENTENCE_OF_CLAUSES = re.compile(r"[^。！？!?\n]+")


def _counted_semicolon_runs(text: str) -> list[Enumeration]:
    """"在围绕中心，开展竞赛；加强民主建设，提升管理水平；践行关爱文化，增强关爱感知这三方面":
    semicolon-set parts of a sentence, as many as the count after them says; the first part runs back as many
    clauses as the next one has (parts run parallel), less the preposition it opens with."""
    found = []
    for sentence in _SENTENCE_OF_CLAUSES.finditer(text):
        body = sentence.group()
        for close in _COUNTED_CLOSE.finditer(body):
            parts = re.split(r"[；;]", body[: close.start()])
            count = ordinal_value(close.group(1))
            if not 2 <= count == len(parts):
                continue
            items = parts[:]
            clauses = len(_CLAUSE_BREAK.findall(items[1])) + 1
            first = re.split(r"[，,：:]", items[0])[-clauses:]
            items[0] = re.sub(rf"^(?:{_FIRST_ITEM_START.pattern})", "", "，".join(first))
            items = [item.strip(" \t　，,、") for item in items]
            if all(items) and all(len(item) <= 2 * MAX_ITEM_CHARS for item in items):
                start = sentence.start() + body.rindex(items[0], 0, close.start())
                found.append(Enumeration(tuple(items), start, sentence.start() + close.start(), _lead(text, start)))
    return found


# a quoted item: in quotes, or a title in book-title marks ("《某报告》《某办法》")
_QUOTE = r"(?:“[^“”。；;\n]{1,24}”|《[^《》。；;\n]{1,30}》|「[^「」。；;\n]{1,24}」)"
_QUOTED_RUN = re.compile(rf"(?:{_QUOTE}\s*[，,、和及与]?\s*)+{_QUOTE}")
_QUOTED_ITEM = re.compile(r"“[^“”]+”|《[^《》]+》|「[^「」]+」")


def _quoted_runs(text: str) -> list[Enumeration]:
    """Quoted items in a row, whatever joins them: "实行了“恳谈会”，“厂务公开”、“民主评议”等形式"
    (a comma between quoted items does not end the list, as it would end a 、-run), or nothing:
    "以“甲赛”“乙赛”“丙会”三大品牌为抓手"; or 、 when a quote holds one too ("“A”、“B、C”和“D”三项竞赛":
    the 、-run cuts inside the quote)."""
    return [Enumeration(tuple(dedupe(_QUOTED_ITEM.findall(m.group()))), m.start(), m.end(), _lead(text, m.start()))
            for m in _QUOTED_RUN.finditer(text)
            if re.search(r"[，,]|[”》」]\s*[“《「]", m.group()) or any("、" in q for q in _QUOTED_ITEM.findall(m.group()))]


_SENTENCE_SPAN = re.compile(r"[^。；;！？!?\n]+")
MIN_QUOTED_IN_SENTENCE = 3


def _quoted_in_sentence(text: str) -> list[Enumeration]:
    """Quoted items spread over one sentence, each with words of its own between them: "荣誉包括
    由省总颁发的“A”称号，省行业工会评定的“B”，以及市总授予的“C”、“D”等多项殊荣" lists A to D."""
    found = []
    for sentence in _SENTENCE_SPAN.finditer(text):
        for quoted in _closed_groups(list(_QUOTED_ITEM.finditer(sentence.group())), sentence.group()):
            if len(quoted) < MIN_QUOTED_IN_SENTENCE or any(len(q.group()) > _longest_quoted(q.group()) for q in quoted):
                continue
            quoted = [q for q in quoted if not _cited(sentence.group(), q.start())]
            if len(quoted) < MIN_QUOTED_IN_SENTENCE:
                continue
            between = sentence.group()[quoted[0].end() : quoted[-1].start()]
            if not re.search(r"[，,]|以及", between):  # items side by side are a 、-run or a quoted run already
                continue
            start = sentence.start() + quoted[0].start()
            found.append(Enumeration(tuple(dedupe([q.group() for q in quoted])), start,
                                     sentence.start() + quoted[-1].end(), _lead(text, start)))
    return found


_CITED = re.compile(r"^\s*(?:根据|依据|按照|遵照|贯彻|落实|学习)")


def _cited(sentence: str, at: int) -> bool:
    """"根据全国总工会《…》和省委办公厅《…》精神，…": a title in a clause that opens by citing is the basis, not a
    document made."""
    clause_start = max(sentence.rfind(mark, 0, at) for mark in "，,；;：:") + 1
    return _CITED.match(sentence[clause_start:at]) is not None


def _longest_quoted(item: str) -> int:
    return MAX_TITLE_CHARS + 2 if item.startswith("《") else MAX_ITEM_CHARS + 2


def _closed_groups(quoted: list[re.Match[str]], sentence: str) -> list[list[re.Match[str]]]:
    """The sentence's quotes in groups, a group closed by 等 after a quote ("《A》《B》等提案，…通过了《C》"):
    what follows is another list."""
    groups: list[list[re.Match[str]]] = [[]]
    for i, match in enumerate(quoted):
        groups[-1].append(match)
        if i + 1 < len(quoted) and "等" in sentence[match.end() : quoted[i + 1].start()]:
            groups.append([])
    return groups


_PAIR_JOIN = re.compile(r"和|与|及")
PAIR_SPREAD, PAIR_SLACK = 2, 4
_PAIR_END = re.compile(r"的|等|进行|开展|举办|举行|组织|召开|参加|两[个项类种]|荣获|荣膺|获评|被评为|被授予")


def _pairs(text: str) -> list[Enumeration]:
    """Two things joined by 和 in a clause: "请农技站专家对柳湾村蜜桃和石岭村脆枣的种植进行了培训"
    answers "哪两个村的什么果树" (a list of two counts only when two are asked for)."""
    found = []
    for clause in _RUN_CLAUSE.finditer(text):
        numbered = _NUMBERED.match(clause.group())  # "三、扎实做好…": a numbered line, not a run
        at = clause.start() + (numbered.end() if numbered else 0)
        body = text[at : clause.end()]
        if "、" in body or not _PAIR_JOIN.search(body):
            continue
        # every 和/及/与 of the clause that is a word (not the 与 of 参与): "组织机关和城区单位女职工赴A及B";
        # each item runs to the join beside it, not across it ("A和B及C" has no item "A和B")
        joins = [m for m in _word_joins(body) if m.group() in "和与及"]
        for k, join in enumerate(joins):
            after = joins[k + 1].start() if k + 1 < len(joins) else len(body)
            right = body[join.end() : after]
            stop = next((m for m in _PAIR_END.finditer(right) if _outside_quotes(right, m.start())), None)
            right = right[: stop.start()] if stop else right
            left = _first_item(body[joins[k - 1].end() if k else 0 : join.start()], [right])
            # the two run parallel: "机关和城区营业单位近50名女职工赴…" joins no two things alike
            parallel = max(len(left), len(right)) <= PAIR_SPREAD * min(len(left), len(right)) + PAIR_SLACK
            # titles set side by side ("审议通过了《…支出方案》和《…管理办法（试行）》") are long names, each whole
            longest = MAX_TITLE_CHARS if left.startswith("《") and right.startswith("《") else MAX_ITEM_CHARS
            if 2 <= len(left) <= longest and 2 <= len(right) <= longest and parallel:
                start = at + join.start() - len(left)
                end = at + join.end() + len(right)
                found.append(Enumeration((left, right), start, end, _lead(text, start), written=text[start:end]))
    return found


def _common_head(items: list[str]) -> str:
    """The ending every item shares ("校党委工作报告", "提案工作报告" -> 工作报告)."""
    return os.path.commonprefix([item[::-1] for item in items])[::-1]


def _item_before_comma(pair: Enumeration, text: str) -> Enumeration:
    """"选举产生了…第一届委员会，经费审查委员会和女职工委员会": the phrase right before a pair, after a comma,
    that ends with the head both items share ("委员会") is the list's first item (what was done to it stays in
    the lead)."""
    head = _common_head(list(pair.items))
    if len(head) < 2 or pair.start < 1 or text[pair.start - 1] not in "，,":
        return pair
    clause = re.split(r"[，,。；;：:！？!?\n]", text[: pair.start - 1])[-1]
    item = re.split(r"[了的为是]", clause)[-1]
    if not item.endswith(head) or not len(head) < len(item) <= MAX_ITEM_CHARS:
        return pair
    if not re.match(r"\s*(?:[。；;，,！!？?\n]|等|$)", text[pair.end :]):
        return pair  # "…，经费审查委员会和女职工委员会的委员由…另行选举": the pair opens a clause of its own
    start = pair.start - 1 - len(item)
    return Enumeration((item, *pair.items), start, pair.end, _lead(text, start), written=text[start : pair.end])


def _same_head_runs(runs: list[Enumeration], text: str) -> list[Enumeration]:
    """Two runs in one sentence, the second after a comma and a short phrase that repeats the
    first's verb, whose items all end in the same head: "听取了校党委工作报告、行政工作报告和财务
    工作报告，听取并审议了校工会工作报告和提案工作报告" lists one kind of thing (five reports heard)
    in two runs; "慰问了…职工，表彰了…职工" lists two."""
    found: list[Enumeration] = []
    ordered = sorted(runs, key=lambda e: e.start)
    for first, then in zip(ordered, ordered[1:]):
        between = text[first.end : then.start]
        verb = re.sub(r"[了过着]$", "", first.lead)[-2:]
        if (re.fullmatch(r"[，,；;][\u4e00-\u9fff]{1,6}", between) and len(verb) == 2 and verb in between
                and len(_common_head([*first.items, *then.items])) >= 2):
            found.append(Enumeration(tuple(dedupe([*first.items, *then.items])), first.start, then.end, first.lead))
    return found


SHORT_SENTENCE = (4, 24)  # how long each sentence of a run of short ones may be
_SENTENCE_RUN = re.compile(r"[^。！？!?\n]+[。！？!?]")
_OPENS_HEADING = re.compile(rf"^\s*(?:[{_CN}]{{1,3}}[是要]|第[{_CN}]{{1,3}}|[（(][{_CN}\d]{{1,3}}[）)]|[{_CN}\d]{{1,2}}[、.．])")


def _opens_with_subject(sentence: str) -> bool:
    """"比赛项目丰富多彩", "大家纷纷表示…": a sentence that opens with a noun or pronoun tells of something,
    it is no thing done ("推进…改革", "深化…创建")."""
    words = tagged(sentence.strip())
    return bool(words) and words[0][1].startswith(("n", "r"))


def _short_sentence_runs(text: str) -> list[Enumeration]:
    """A heading sentence followed by three or more short ones, each a thing done ("二要牢牢把握…作用。
    推进产业工人队伍建设改革。持续深化劳动和技能竞赛。…"): the short ones are the items, the heading
    their lead. A heading of its own ("三要…") ends the run; a story told in short sentences is none."""
    sentences = [(m.start(), m.group()) for m in _SENTENCE_RUN.finditer(text)]
    found: list[Enumeration] = []
    i = 1
    while i < len(sentences):
        j = i
        while (j < len(sentences) and SHORT_SENTENCE[0] <= len(sentences[j][1].strip()) - 1 <= SHORT_SENTENCE[1]
               and not _OPENS_HEADING.match(sentences[j][1]) and "，" not in sentences[j][1] and "," not in sentences[j][1]):
            j += 1
        # a heading of its own ("二要…") leads them, and each is a thing done (it opens with a verb)
        if (j - i >= MIN_PARALLEL and _OPENS_HEADING.match(sentences[i - 1][1])
                and not any(_opens_with_subject(sentence) for _, sentence in sentences[i:j])):
            items = [sentence.strip().rstrip("。！？!?") for _, sentence in sentences[i:j]]
            start, end = sentences[i][0], sentences[j - 1][0] + len(sentences[j - 1][1])
            found.append(Enumeration(tuple(items), start, end, sentences[i - 1][1].strip().rstrip("。！？!?") + "。"))
        i = max(j, i + 1)
    return found


_CLAUSE = re.compile(r"[^，,：:]+")
ANAPHORA_OPENING = (2, 4)  # how long the opening every clause repeats may be
ANAPHORA_ITEM = (2, 32)  # how long what each clause goes on with may be ("切实维权、…的柱石工会")


def _anaphora_runs(text: str) -> list[Enumeration]:
    """Clauses that each open with the same word and go on with their own ("面向广大职工群众，面向先进
    模范人物，面向困难职工群体"): what follows the shared word is the items, the word their lead.
    Three at least, each different; the shared opening must end where a word does in each
    ("职工之家，职工书屋" share 职工 only inside their words)."""
    found: list[Enumeration] = []
    for segment in _SEGMENT.finditer(text):
        clauses = [(segment.start() + m.start(), m.group()) for m in _CLAUSE.finditer(segment.group())]
        clauses = [(at + len(c) - len(c.lstrip()), c.strip()) for at, c in clauses]
        i = 0
        while i < len(clauses) - MIN_PARALLEL + 1:
            run = _anaphora_at(clauses, i)
            if run is None:
                i += 1
                continue
            j, opening = run
            # the first clause may say where or how before the opening ("在全省范围内面向广大职工群众")
            first_at, first = clauses[i]
            lead_end = first.rfind(opening)
            items = [first[lead_end + len(opening):]] + [clause[len(opening):] for _, clause in clauses[i + 1 : j]]
            start, end = first_at + lead_end + len(opening), clauses[j - 1][0] + len(clauses[j - 1][1])
            found.append(Enumeration(tuple(items), start, end, first[: lead_end + len(opening)]))
            i = j
    return found


def _anaphora_at(clauses: list[tuple[int, str]], i: int) -> tuple[int, str] | None:
    """(the end of the run of clauses from i that repeat one opening, that opening), or None; the
    first clause may hold the opening after words of its own."""
    if i + 1 >= len(clauses):
        return None
    second = clauses[i + 1][1]
    for size in range(ANAPHORA_OPENING[1], ANAPHORA_OPENING[0] - 1, -1):
        opening = second[:size]
        if len(opening) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", opening):
            continue
        first = clauses[i][1]
        at = first.rfind(opening)
        if at < 0 or not _repeats(first[at:], opening) or (at and at not in word_bounds(first)):
            continue
        if len(opening) >= 3 and tagged(opening)[-1][1].startswith("n"):  # "工会主席…，工会主席…": a subject said again
            continue
        j = i + 1
        while j < len(clauses) and _repeats(clauses[j][1], opening):
            j += 1
        items = {first[at + size:]} | {clause[size:] for _, clause in clauses[i + 1 : j]}
        if j - i >= MIN_PARALLEL and len(items) == j - i:
            return j, opening
    return None


def _repeats(clause: str, opening: str) -> bool:
    """The clause opens with the opening as a whole word and goes on with an item of its own."""
    size = len(opening)
    return (clause.startswith(opening) and ANAPHORA_ITEM[0] <= len(clause) - size <= ANAPHORA_ITEM[1]
            and size in word_bounds(clause) and not clause.startswith(("们", "的", "等"), size))


def find_enumerations(text: str) -> list[Enumeration]:
    """Every list in a text, in reading order. Lists may nest (a 、-run inside an ordinal item,
    numbered lines under "一、" headings): all are kept, and the question's words choose."""
    runs = _comma_runs(text)
    found = [e for family in _ORDINAL_FAMILIES for e in _ordinal_runs(text, family)] + runs + _continued_runs(runs, text)
    found += _head_led_runs(runs, text)
    found += _colon_runs(text) + _counted_runs(text) + _headed_count_runs(text)
    found += _bullet_runs(text) + _labelled_runs(text) + _parallel_runs(text) + _anaphora_runs(text) + _short_sentence_runs(text)
    found += _semicolon_runs(text) + _counted_semicolon_runs(text) + _short_comma_runs(text) + _parallel_comma_runs(text)
    found += _quoted_runs(text) + _quoted_in_sentence(text)
    found += _same_head_runs(runs + _pairs(text), text)
    found = [_without_count_after(_terms_before_dashes(_titles_apart(e))) for e in found]
    # a pair ("A和B") is in almost every clause: it does not end the lead of the lists after it
    pairs = [_without_count_after(_item_before_comma(e, text)) for e in _pairs(text)]
    return sorted((_own_lead(e, found, text) for e in found + pairs), key=lambda e: (e.start, -e.end))


_OWN_COUNT = re.compile(r"(?<![第\d一二三四五六七八九十两])(?P<count>[一二三四五六七八九十两]|\d{1,2})\s*(?:大[类项块]|个|项|类|种|条|点|方面)[\u4e00-\u9fff]{0,6}$")
_FRAME_OPEN = re.compile(r"以$")
_FRAME_CLOSE = re.compile(r"(?:作)?为(?:重点|主线|抓手|载体|核心|主题|目标|内容|方向|依托|基础|导向|切入点|突破口|落脚点|着力点)"
                          r"[\u4e00-\u9fff]{0,4}$")
_TAIL_AFTER_QUOTE = re.compile(r"^(“[^“”]+”)[\u4e00-\u9fff]{1,6}$")


def _without_count_after(enumeration: Enumeration) -> Enumeration:
    """"服务、收费稽查、…、驾驶7大类", "“A”和“B”称号": the count of the items (as many as there are) or the kind
    said after a last quote, when every item is quoted, is no part of the last item."""
    if len(enumeration.items) < 2:
        return enumeration
    last = enumeration.items[-1]
    counted = _OWN_COUNT.search(last)
    # (not a numbered name the other items share the place of the number in: "机关第一支部、…、机关第三支部")
    numbered = counted is not None and any(re.search(rf"[一二三四五六七八九十两\d]{re.escape(last[counted.end('count'):][:1])}", item)
                                           for item in enumeration.items[:-1])
    if counted and counted.start() >= 2 and not numbered and ordinal_value(counted.group("count")) == len(enumeration.items):
        return replace(enumeration, items=(*enumeration.items[:-1], last[: counted.start()]))
    framed = _FRAME_CLOSE.search(last)  # "以协商主体、…、综合评价为重点": the frame's close is no part of the last item
    if framed and framed.start() >= 2 and _FRAME_OPEN.search(enumeration.lead):
        return replace(enumeration, items=(*enumeration.items[:-1], last[: framed.start()]))
    quoted = _TAIL_AFTER_QUOTE.match(last)
    if quoted and all(_QUOTED_ITEM.fullmatch(item) for item in enumeration.items[:-1]):
        return replace(enumeration, items=(*enumeration.items[:-1], quoted.group(1)))
    return enumeration


# a term ends before its dash: not a year or a number ("2019—2021年"), not inside a title or a quote ("《2021—2025年")
TERM_BEFORE_DASH = r"(?P<term>[^，,。；;：:—\-\n《》“”]{2,12}(?<![\d０-９]))(?:——|—|--)(?![\d０-９])"
_DASHED_TERM = re.compile("^" + TERM_BEFORE_DASH)


def _terms_before_dashes(enumeration: Enumeration) -> Enumeration:
    """"无凭无据——当初…；路远难返——从…；责任推诿——找…": items that each give a term, a dash and what it
    means are listed by their terms (a last item the excerpt cut off may lack its dash)."""
    terms = [_DASHED_TERM.match(item) for item in enumeration.items]
    # every item dashed, or all but a last one the excerpt cut off (kept as it stands)
    if len(terms) < 2 or any(term is None for term in terms[:-1]) or (terms[-1] is None and len(terms) < 3):
        return enumeration
    return replace(enumeration, items=tuple(term.group("term") if term else item for term, item in zip(terms, enumeration.items)))


_TITLES_SIDE_BY_SIDE = re.compile(r"(?:《[^《》]+》){2,}")


def _titles_apart(enumeration: Enumeration) -> Enumeration:
    """"工作报告、《集体合同》《工资专项协议》": titles written side by side with no 、 between are
    items each, as the first one is."""
    if not any(_TITLES_SIDE_BY_SIDE.fullmatch(item) for item in enumeration.items):
        return enumeration
    items = [part for item in enumeration.items
             for part in (re.findall(r"《[^《》]+》", item) if _TITLES_SIDE_BY_SIDE.fullmatch(item) else [item])]
    return replace(enumeration, items=tuple(items))


def _own_lead(enumeration: Enumeration, found: list[Enumeration], text: str) -> Enumeration:
    """The list's lead without the items of a list just before it (they are not what it lists)."""
    floor = max((e.end for e in found if e.end <= enumeration.start), default=0)
    if not floor or (enumeration.lead and text.find(enumeration.lead, floor, enumeration.start) >= 0):
        return enumeration  # a lead after the list before it (a heading sentence) is its own already
    if any(family.match(enumeration.lead) for family in _ORDINAL_FAMILIES):
        return enumeration  # "二要把握主力军作用，…。推进…。深化…。": the numbered item it falls under is its lead
    if _EXAMPLES_FOLLOW.fullmatch(_lead(text, enumeration.start, floor)):
        return enumeration  # "…提供的多样化暖心服务，如A、B": what it gives examples of stands before the list before it
    return replace(enumeration, lead=_lead(text, enumeration.start, floor))


_EXAMPLES_FOLLOW = re.compile(r"(?:如|例如|比如|诸如|譬如)[：:]?")


def asked_count(question: str) -> int | None:
    """The number of items a question expects: 5 for "哪五个", 3 for "哪3项", 5 for "“五小建设”是
    哪五小", whatever word follows the number (two or more: "哪一天" asks for one thing, not a
    list), and 6 for "开展的6项活动里有哪些"; None when it does not say."""
    match = re.search(rf"哪([{_CN}两]{{1,3}}|\d{{1,2}})\s*[个项条类种件家所位名方面大]", question)
    if match:
        return ordinal_value(match.group(1)) or None
    match = re.search(rf"哪([{_CN}两]{{1,3}}|\d{{1,2}})(?=[\u4e00-\u9fff])", question)
    value = ordinal_value(match.group(1)) if match else 0
    # "开展的6项活动里有哪些": the things counted, then which they are
    # "获得…称号的4个人分别是谁": the people counted, then who they are
    # "参赛的6支队伍分别叫什么": the teams counted, then what each is called
    stated = re.search(rf"(?<!第)([{_CN}两]{{1,3}}|\d{{1,2}})\s*[个项条类种件场次名位家支][\u4e00-\u9fff]{{0,8}}?"
                       rf"(?:(?:里|中|当中)?(?:都|分别)?(?:(?:有|是|包括)哪些|是谁|是哪[几些][个位家])"
                       rf"|(?:分别|都)(?:叫|是)什么(?!时候|时间|日期|级别|职务|岗位|地方)[\u4e00-\u9fff]{{0,3}}(?:[？?。]|$))", question)
    if not value and stated:
        value = ordinal_value(stated.group(1))
    return value if value >= 2 else None


_CATEGORY = re.compile(rf"哪(?:些|几|[{_CN}两]{{1,3}}|\d{{1,2}})\s*(?:[个项条类种件家所位名场次大份篇本批届点]|支(?!部)|座(?!谈))?")
_NOUN_POS = ("n", "vn", "nz", "j", "l", "s")  # the tagger calls 文体活动 a set phrase (l), 场地 a place word (s)


def asked_category(question: str) -> str:
    """What the items asked for are ("哪些技能培训" -> 技能培训, "哪几项“文明”评比" -> 文明评比):
    the nouns right after 哪些/哪几项. The list that answers names it in its lead or right after
    its last item ("计算机、家政服务等培训")."""
    import jieba.posseg

    from vectorstore.lexical import tokenize

    tokenize("")  # the shared jieba, initialised once
    match = _CATEGORY.search(question)
    if not match:
        return ""
    nouns = []
    rest = question[match.end():]
    measure = match.group(0)[-1]
    grouped = re.match(r"[类项块](?=[？?，,。的]|$)", rest) if measure == "大" else None
    if grouped:  # "分成了哪几大类": the groups asked are 大类, said so after a list ("…、驾驶7大类")
        return measure + grouped.group()
    # "哪些项目": the measure word opens the noun asked (项目), as the tagger reads what follows; "哪几所学校" keeps 学校
    # and "哪几个人" asks for people, not 个人
    if measure not in _CN + "些几个两" and not measure.isdigit():
        first = jieba.posseg.lcut(measure + rest)[0]
        if len(first.word) == 2 and first.flag.startswith(_NOUN_POS):  # ("份文件" is the tagger's, 份 still counts 文件)
            rest = measure + rest
    words = jieba.posseg.lcut(rest.lstrip("“”\"'「」"))
    for i, word in enumerate(words):
        if word.word in "“”\"'「」" or (nouns and nouns[-1].endswith("级") and word.word in ("以上", "以下")):
            continue
        # "先进/典型人物": an adjective opens the category when a noun follows it, and so does a level ("省级/荣誉",
        # "国家级/奖项", "省级/以上/荣誉": the tagger calls 荣誉 a name, and a level a distinguishing word)
        after = words[i + 2] if i + 2 < len(words) and words[i + 1].word in ("以上", "以下") and word.word.endswith("级") else (
            words[i + 1] if i + 1 < len(words) else None)
        leads = not nouns and (word.flag in ("a", "b") or word.word.endswith("级")) and after is not None and (
            after.flag.startswith(_NOUN_POS) or after.flag == "nr" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", after.word) is not None)
        # "提出了哪些要求？": the question's last word is what is asked for, however the tagger reads it
        last = not nouns and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word.word) and all(
            re.fullmatch(r"[？?。！!呢吗\s]*", w.word) for w in words[i + 1 :]) and not _category_before(question)
        last = last and not question[: match.start()].endswith("有")  # "选手有哪些获奖": which of them won
        if not (word.flag.startswith(_NOUN_POS) or leads or last):
            break
        nouns.append(word.word)
    # "哪几个“之家”": a quoted word is what the items are, however the tagger reads it
    quoted = re.match(r"\s*[“\"「]([\u4e00-\u9fff]{1,8})[”\"」]", question[match.end():])
    return "".join(nouns) or (quoted.group(1) if quoted else "") or _category_before(question)


_ASKED_AFTER_CATEGORY = re.compile(rf"的?(?:具体|分别|都|主要|一共|总共|共|又|还)?(?:有|是|包括|包含)哪(?:些|几|[{_CN}两\d])")


def _category_before(question: str) -> str:
    """"被评为良好协会的有哪些": the nouns right before 的有哪些 say what the items are."""
    import jieba.posseg

    asked = _ASKED_AFTER_CATEGORY.search(question)
    if not asked:
        return ""
    nouns: list[str] = []
    for word in reversed(jieba.posseg.lcut(question[: asked.start()])):
        # "评上优秀协会的有哪几个": a quality said of the nouns is part of what the items are (优秀协会, not 良好协会)
        quality = bool(nouns) and word.flag in ("a", "b")
        if not (word.flag.startswith(_NOUN_POS) or quality) or not re.fullmatch(r"[\u4e00-\u9fff]+", word.word):
            break
        nouns.insert(0, word.word)
        if quality:
            break
    return "".join(nouns)
