"""What a quoted slogan of the genre stands for: "“三有”指什么", "“三项工程”是哪三项", "那“建三档”呢？".

Summaries coin short numbered slogans (“三有”, “四上墙”, “两节”, “三个维护”) and spell them out
right after the quoted term: "“三有”（即有就业服务，有联系活动，有爱心帮扶）", "“三个维护，即维护…",
"“建三档”工会会员档案，…". The sentence around such a term scores well on the question's words
without saying what it means, so the answer is read from the text that follows the term itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.enumeration import TERM_BEFORE_DASH, ordinal_value, word_bounds
from vectorstore.lexical import tagged

MAX_TERM_CHARS = 10
MAX_DEFINITION_CHARS = 120
_NUMERAL = re.compile(r"[一二三四五六七八九十两双\d]")
_QUOTED = re.compile(rf"[“\"「『]([^”\"」』“]{{2,{MAX_TERM_CHARS}}})[”\"」』]")
# A question that asks what a term is, not what was done under it.
_ASKS_MEANING = re.compile(r"指什么|指的是|什么意思|是什么|是哪些|哪[一二三四五六七八九十两几](?![天日月年号次回])|包括|内容|具体|情况|呢")
# What may stand between a term and its meaning: a closing quote, a word or two naming what it
# is ("“四个一”活动，即…"), a bracket or comma, then 即/是指/指/就是 or a colon.
_LINK = re.compile(r"[”\"」』]?(?:[\u4e00-\u9fff]{1,4}?(?=[，,（(：:]?\s*(?:即|也就是|就是|是指|指的是)))?"
                   r"\s*(?P<open>[（(])?\s*[，,]?\s*(?P<word>即(?![将日时可使便刻])|也就是|就是|是指|指的是|指(?![导出挥示标定南引令责派]))?\s*[：:]?\s*")
_ENDS = re.compile(r"[。；;！？!?\n]")
_WITHIN = re.compile(r"(?:里|中|当中|之中)(?!心)")
_ITEM_SPLIT = re.compile(r"[，,、；;]|(?:和|及|与|以及)")


def asked_terms(question: str) -> list[str]:
    """The quoted slogans whose meaning the question asks: short, holding a number (三有, 四上墙),
    in a question asking what something is or is made of."""
    if not _ASKS_MEANING.search(question):
        return []
    # "“一规范四落实”里，“一规范”指的是什么": the slogan the asked one is part of only says where it stands
    quoted = [found for found in _QUOTED.finditer(question) if _NUMERAL.search(found.group(1)) and _asked_right_after(question, _run_end(question, found.end()))]
    return [found.group(1) for i, found in enumerate(quoted)
            if not (i + 1 < len(quoted) and _WITHIN.match(question, found.end()))]


_JOINED_QUOTE = re.compile(r"\s*(?:和|与|及|、|以及)\s*[“\"「『][^”\"」』“]{1,10}[”\"」』]")


def _run_end(question: str, end: int) -> int:
    """Where a run of quoted slogans joined by 和/、 ends ("“两访”和“四上墙”分别指什么")."""
    while (joined := _JOINED_QUOTE.match(question, end)) is not None:
        end = joined.end()
    return end


ASKED_WITHIN = 6  # "“三重难”分别是什么", "“五必访”工作的具体内容": the asking words follow the slogan closely


# what a slogan's parts are called when asked for ("“四个一”活动包括哪些(具体)内容"): its own items, not things of a kind
# of their own ("检查项目" of a screening)
_PARTS_OF_A_SLOGAN = re.compile(r"^(?:具体|主要|重点|基本|核心|[\u4e00-\u9fff]{1,3}的)?(?:内容|方面|项目|部分|环节|工作|活动|措施|事项|要求"
                                r"|举措|任务|情形|情况|做法|类别|服务)")
_KIND_ASKED = re.compile(r"哪(?:些|几[个项类种条大])(?P<kind>[\u4e00-\u9fff]{2,6})")


def _asked_right_after(question: str, end: int) -> bool:
    """The question asks about the slogan itself, not about a meeting or work it names
    ("“三委会”第一次全体会议选出了哪几位" asks who was elected, "“两癌”筛查包括哪些检查项目" the checks of a
    screening named by the slogan, a kind of its own)."""
    asking = _ASKS_MEANING.search(question, end)
    if asking is None or asking.start() - end > ASKED_WITHIN:
        return False
    kind = _KIND_ASKED.search(question, asking.start())
    named_thing = question[end : asking.start()].strip("”\"」』的")
    return not (named_thing and kind and not _PARTS_OF_A_SLOGAN.match(kind.group("kind")))


SHORT_ITEM_CHARS = 8
_COUNTED_KIND = re.compile(r"^[一二三四五六七八九十两双\d]+[项条种类](?P<kind>[\u4e00-\u9fff]{2,})$")


def _items_of_its_kind(term: str, items: str) -> bool:
    """A slogan that counts a kind of thing ("三项制度") is spelled out by things of the kind ("…制度、…制度、
    …制度", "学习、例会、考勤制度") or by short names of them, not by deeds ("强化源头参与、源头维护，积极组织职工
    参与…"); one that names none ("三有", "五必访") by any items."""
    kind = _COUNTED_KIND.match(term)
    words = tagged(kind.group("kind")) if kind else []
    named = len(words) == 1 and words[0][1] == "n"  # "三项制度", not "五项坚持" or "三项服务"
    # (said once at least, "学习、例会、考勤制度" share it; or short names, "学习、例会、考勤、财务、档案管理")
    return not named or words[0][0] in items or all(len(item) <= SHORT_ITEM_CHARS for item in re.split(r"[、，,；;]", items))


def _count(term: str) -> int:
    """How many things the slogan names ("三项工程" -> 3), 0 when it does not say."""
    found = _NUMERAL.search(term)
    return 2 if found and found.group(0) == "双" else ordinal_value(found.group(0)) if found else 0  # ("双进": two)


def _cut_at_count(body: str, count: int) -> str | None:
    """The body up to the clause in which the slogan's count of items is reached ("即A，B和C三个方面
    的…，坚持…" stops after C's clause); the whole body when the count is unknown, None when the
    body holds fewer items than the slogan counts."""
    if count < 2:
        return body
    seen = 0
    for clause in re.finditer(r"[^，,；;]+[，,；;]?", body):
        seen += len([p for p in _ITEM_SPLIT.split(clause.group(0)) if p.strip()])
        if seen >= count:
            return body[: clause.end()].rstrip("，,；; ")
    return None


def definition_span(text: str, term: str) -> tuple[int, int] | None:
    """Where the meaning of the quoted term is spelled out in the text (start, end), or None.

    The term must be quoted in the text ("“三有”" or "“三个维护，即"), followed either by a link
    word (即, 是指, a colon, "（即") or, for a numbered slogan, directly by its items; or the items
    stand quoted right before it ("坚持“A、B、C、D、E”的“五必访”工作")."""
    before = _spelled_before(text, term)
    if before:
        return before
    # "“三号联创”暨“七比七赛”…启动" before "“三号联创”即：创建…": a meaning a link word opens wins over items run on,
    # when it holds as many items as the slogan counts ("“三送”即将向…延伸" holds one, and says nothing of it)
    spans = list(_spans_after(text, term))
    whole = [span for span, linked in spans if linked and _cut_at_count(text[span[0] : span[1]], _count(term)) is not None]
    # (items run on after it that say the slogan's word as often as it counts, "“双进”活动，组织劳模进企业、进社区"; then
    # items quoted elsewhere, each holding that word; then words merely run on after it)
    said, count = _NUMERAL.sub("", term), _count(term)
    saying = [span for span, _ in spans if count >= 2 and 1 <= len(said) <= 2 and text[span[0] : span[1]].count(said) >= count]
    return (whole[0] if whole else saying[0] if saying else _items_quoted_elsewhere(text, term) or (spans[0][0] if spans else None))


_QUOTED_RUN = re.compile(rf"[“\"「『](?P<body>[^”\"」』“]{{4,{MAX_DEFINITION_CHARS}}})[”\"」』]")


def _items_quoted_elsewhere(text: str, term: str) -> tuple[int, int] | None:
    """"“双进”" of an article that quotes "“劳模工匠进校园、思政教师进企业”" elsewhere: a quoted run of as many items as
    the slogan counts, each holding what the slogan says of them (进), is what the slogan sums up."""
    count, said = _count(term), _NUMERAL.sub("", term)
    if count < 2 or not 1 <= len(said) <= 2:
        return None
    for found in _QUOTED_RUN.finditer(text):
        items = [p for p in re.split(r"[、，,；;]", found.group("body")) if p.strip()]
        if len(items) == count and all(said in item and item != said for item in items):
            return found.start("body"), found.end("body")
    return None


def _spans_after(text: str, term: str) -> Iterator[tuple[tuple[int, int], bool]]:
    """Each span after a quoted mention of the term that may spell it out, and whether a link word opens it."""
    for found in re.finditer(rf"[“\"「『]{re.escape(term)}", text):
        link = _LINK.match(text, found.end())
        assert link is not None  # every part of the pattern is optional
        start = link.end()
        linked = bool(link.group("word")) or ":" in link.group(0) or "：" in link.group(0)
        closed = text[found.end() : found.end() + 1] in ("”", "\"", "」", "』")
        # "推行“一规范四落实”的保障机制": the slogan names a kind of thing, not its items ("的具体内容为：…" does)
        of_a_kind = text.startswith("的", start) and not re.search(r"[：:]", text[start : start + 10])
        if not linked and (not closed or not _NUMERAL.search(term) or of_a_kind):
            continue
        colon = re.search(r"[：:]", text[start : start + 10]) if text.startswith("的", start) else None
        if colon:  # "“三有”的具体内容为：有…": its items after the colon
            start += colon.end()
        if link.group("open"):
            close = re.search(r"[）)]", text[start : start + MAX_DEFINITION_CHARS])
            end = start + close.start() if close else start
        else:
            stop = _ENDS.search(text, start, start + MAX_DEFINITION_CHARS)
            dashed = _dashed_items(text, start, _count(term))
            if dashed:  # "“三重难”：A——…；B——…；C——…": one item a clause, each its term and what it means
                yield dashed, True
                continue
            body = text[start : stop.start() if stop else start + MAX_DEFINITION_CHARS]
            cut = _cut_at_count(body, _count(term))
            if cut is None and not linked:
                continue  # items running on after the bare term must be as many as it counts
            if not linked and cut is not None and not _items_of_its_kind(term, cut):
                continue  # "坚持和完善“三项制度”，强化源头参与…": what was done, not three 制度
            end = start + len(cut if cut is not None else body)
        if end - start >= 4 and not text[start:end].startswith(("”", "\"", "、", "，", ",")):
            yield (start, end), linked


_DASHED = re.compile(TERM_BEFORE_DASH + r"[^；;。\n]*[；;。]?")  # "term——what it means；"


def _dashed_items(text: str, start: int, count: int) -> tuple[int, int] | None:
    """As many clauses as the slogan counts from `start`, each "term——what it means" up to a semicolon:
    the span of them all, or None when they are not there."""
    at = start
    for _ in range(count):
        item = _DASHED.match(text, at)
        if item is None:
            return None
        at = item.end()
    return (start, at) if count >= 2 else None


_BEFORE_WHAT_IS_CALLED = re.compile(r"开展|做好|抓好|实施|推进|推行|实行|建立|落实|实现|举办|关于|为|对|在|了|的|是|即|把|将|与|同")


def _spelled_before(text: str, term: str) -> tuple[int, int] | None:
    """The quoted items a numbered slogan sums up right after them ("“A、B、C”的“三必访”"), as many
    as it counts; or the items it is said to be made of ("以A、B、C、D为主要内容的“三好一做”")."""
    made_of = re.search(rf"以(?P<body>[^。；;！？!?\n以]{{4,{MAX_DEFINITION_CHARS}}}?)为(?:主要|核心)?(?:内容|重点|主题|载体|标准)的?[“\"「『]{re.escape(term)}", text)
    if made_of and len([p for p in _ITEM_SPLIT.split(made_of.group("body")) if p.strip()]) >= 2:
        return made_of.start("body"), made_of.end("body")
    # "开展女职工宫颈癌和乳腺癌（以下简称“两癌”）筛查": the words before the bracket, from the clause's start
    called = re.search(rf"(?P<body>[^，,。；;！？!?\n（）()]{{2,{MAX_DEFINITION_CHARS}}})[（(](?:以下|下文)?(?:简称|下称|统称|称)为?"
                       rf"[“\"「『]{re.escape(term)}[”\"」』][）)]", text)
    if called:  # the words after the clause's last verb or grammar word, never across an opening 《 or “
        body, start = called.group("body"), called.start("body")
        bounds = word_bounds(body)  # at words of their own: not the 同 of 合同, the 在 of 在职
        cut = max((m.end() for m in _BEFORE_WHAT_IS_CALLED.finditer(body) if m.end() < len(body) - 1
                   and m.end() in bounds and (m.start() in bounds or len(m.group()) > 1)), default=0)
        opened = max(body.rfind("《"), body.rfind("“"))
        cut = min(cut, opened) if opened > max(body.rfind("》"), body.rfind("”")) else cut
        return start + cut, called.end("body")
    count = _count(term)
    for found in re.finditer(rf"”(?:的|等|这)?[“\"「『]{re.escape(term)}", text):
        opened = text.rfind("“", max(0, found.start() - MAX_DEFINITION_CHARS), found.start())
        body = text[opened + 1 : found.start()] if opened >= 0 else ""
        items = [p for p in _ITEM_SPLIT.split(body) if p.strip()]
        if count >= 2 and len(items) == count and not _ENDS.search(body):
            return opened + 1, found.start()
    return None

