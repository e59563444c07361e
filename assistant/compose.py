"""The offline answer's lines from the scored sentences (assistant/extractive.py).

Every line opens with whose fact it is ("白杨镇工会：…[1]"); list questions get the list's items,
whole, followed into the next chunks of the article (assistant/list_answers.py); questions about
several articles or subjects get one line each and, when they compare, which is largest
(assistant/aggregate.py); a slogan's question gets what it stands for; others the best sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.aggregate import (
    DocAnswer,
    answering_figure,
    article_sentences,
    comparable,
    distinct_labels,
    extreme,
    per_document,
    subject_label,
    unit_label,
    versions_agree,
)
from assistant.answer_types import Candidate, Citation, Part, QueryProfile
from assistant.citing import Citer, as_sentence, attributed
from assistant.definitions import asked_terms, definition_span
from assistant.extractive import PART_RATIO, PART_SENTENCES, fitting_first, opening, select_sentences
from assistant.list_answers import DEFINITION_CANDIDATES, article_window, list_lines, named_list_lines
from assistant.question_profile import GRADE_ASKED


def _sentence_lines(ranked: list[Candidate], profile: QueryProfile, citer: Citer) -> list[str]:
    """The chosen sentences, one line per article, each line opening with whose they are."""
    by_doc: dict[str, list[Candidate]] = {}
    for candidate in select_sentences(ranked, profile):
        by_doc.setdefault(candidate.hit.doc_id, []).append(candidate)
    labels = distinct_labels([chosen[0] for chosen in by_doc.values()])
    lines = []
    for doc_id, chosen in by_doc.items():
        body = "".join(as_sentence(opening(c.text, profile)) + citer.cite(c.hit, c.text) for c in chosen)
        lines.append(attributed(labels[doc_id], body))
    return lines


def _part_lines(parts: list[Part], profile: QueryProfile, citer: Citer) -> list[str]:
    """One line per subject the question set side by side, each from its own retrieval (another
    article than the subjects before it where there is one), with the article's next-best
    sentence when it scores nearly as well; a subject with nothing says so. A subject asking what
    its quoted slogan means ("社区工会的“三有”") is answered with the slogan's meaning."""
    docs: list[DocAnswer] = []
    lines: list[str] = []
    for part in parts:
        terms = tuple(asked_terms(part.subject))
        defined = terms and _definition_lines(part.ranked, replace(profile, defined=terms), {}, citer)
        if defined:
            lines += defined
            continue
        used = {d.doc_id for d in docs}
        asked = part.profile or profile
        typed = [c for c in part.ranked if c.has_answer_type] if asked.wants_number else []
        ranked = typed or part.ranked  # "多少" is answered by a sentence with a figure where there is one
        # another body's article than the subjects' before it; a grade of one scheme ("三等奖") may share theirs
        grade = GRADE_ASKED.fullmatch(part.own)
        chosen = next((c for c in ranked if c.hit.doc_id not in used or grade), ranked[0] if ranked else None)
        if chosen is not None:
            chosen = fitting_first(chosen, ranked, asked)
        if chosen is None:
            lines.append(f"{part.name or part.subject}：{part.missing or '资料中没有找到相关内容'}。")
            continue
        if any(chosen.text in d.candidate.text or d.candidate.text in chosen.text for d in docs):
            continue  # an earlier subject's line said this sentence already ("男职工120人、女职工80人")
        label = subject_label(part.name, unit_label(chosen))
        docs.append(DocAnswer(chosen.hit.doc_id, label, chosen, answering_figure(chosen.text, asked)))
        said = article_sentences(chosen, ranked, PART_RATIO, PART_SENTENCES)
        note = dict(part.unwritten).get(chosen.hit.doc_id, "")  # the page never writes the place: said on its line
        lines.append(attributed(label, (f"{note}。" if note else "")
                                + "".join(as_sentence(opening(c.text, asked)) + citer.cite(c.hit, c.text) for c in said)))
    return lines + _comparison_lines(docs, profile, citer)


def place_unwritten(body: str, place: str) -> str:
    """"材料写的是“省林业工会”，没有写明是四川省的": whose fact it is, as the page says it."""
    return f"材料写的是“{body}”，没有写明是{place}的"


def _lists_inside(profile: QueryProfile) -> bool:
    """A list question one report may answer: not which reports say something, not a comparison, not a
    count of reports, and about one body at most."""
    return (profile.wants_list and not profile.wants_number and not profile.said and not profile.compare
            and profile.documents is None and len(profile.units) <= 1)


def _per_document_lines(ranked: list[Candidate], profile: QueryProfile, citer: Citer) -> list[str]:
    """One line per article with its figure or sentence (an article fitting nearly as well as the
    best also gets its next-best sentence when it scores nearly as well); then which is largest,
    or whether two agree."""
    docs = per_document(ranked, profile)
    if len(docs) < 2:
        return []
    typed = [c for c in ranked if c.has_answer_type] if profile.wants_number else ranked
    strong = docs[0].candidate.score * PART_RATIO  # only the best-fitting articles say more than one sentence
    lines = []
    for d in docs:
        said = article_sentences(d.candidate, typed, PART_RATIO, PART_SENTENCES if d.candidate.score >= strong else 1)
        lines.append(attributed(d.label, "".join(as_sentence(opening(c.text, profile)) + citer.cite(c.hit, c.text) for c in said)))
    return lines + _comparison_lines(docs, profile, citer)


def _comparison_lines(docs: list[DocAnswer], profile: QueryProfile, citer: Citer) -> list[str]:
    """Which article's figure is largest (or smallest), or whether two articles' figures agree."""
    lines: list[str] = []
    if profile.compare in ("most", "least"):
        top = extreme(docs, profile.compare)
        if top and top.figure:
            word = "最多" if profile.compare == "most" else "最少"
            said = _as_written(top.figure.text, top.candidate.text)
            lines.append(f"其中{top.label}{word}：{said}{citer.cite(top.candidate.hit, top.candidate.text)}")
    elif profile.compare == "versus":
        agree = versions_agree(docs)
        if agree is not None:
            a, b = comparable(docs)
            sides = "，".join(f"{d.label}{d.figure.text if d.figure else ''}{citer.cite(d.candidate.hit, d.candidate.text)}"
                              for d in (a, b))
            lines.append(f"两份资料的数字{'一致' if agree else '不一致'}：{sides}")
    return lines


_ABOUT_BEFORE = re.compile(r"(?:近|(?<![节签预契公制])约|逾|(?<!不)超过|大约|将近)$")


def _as_written(figure: str, text: str) -> str:
    """The figure with the word of about before it that the sentence gives ("近200名", not "200名"), when
    the sentence writes that figure once."""
    at = text.find(figure)
    about = _ABOUT_BEFORE.search(text[max(0, at - 4) : at]) if at > 0 and text.count(figure) == 1 else None
    return (about.group(0) if about else "") + figure


def _definition_lines(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str], citer: Citer) -> list[str]:
    """"“三有”指什么": each quoted slogan with the words that spell it out after it in the text,
    from the surroundings of the best sentences; a slogan not spelled out there says so.
    [] when none is, so that the question is answered as any other."""
    lines, found = [], False
    for term in profile.defined:
        for candidate in ranked[:DEFINITION_CANDIDATES]:
            window, offset, _, _ = article_window(candidate, articles)
            span = definition_span(window, term)
            if span is None:
                continue
            meaning = window[span[0] : span[1]]
            at = (offset + span[0], offset + span[1]) if articles.get(candidate.hit.doc_id) else None
            lines.append(attributed(unit_label(candidate), f"“{term}”指：{as_sentence(meaning)}") + citer.cite(candidate.hit, candidate.text, at))
            found = True
            break
        else:
            lines.append(f"“{term}”：资料中没有找到它具体指什么。")
    return lines if found else []


def compose_answer(ranked: list[Candidate], profile: QueryProfile, articles: dict[str, str] | None = None,
                   parts: list[Part] | None = None) -> tuple[list[str], list[Citation]]:
    """The extractive answer as lines (joined, they are the answer text) and its citations.

    Questions about several articles get one line per article (and which is largest); list
    questions get the list's items, unless they ask for figures ("分别给多少"), which sit in
    sentences; others get the best sentences. `parts` (one per subject of "A和B各…", each
    retrieved on its own) give one line per subject. Every line opens with whose fact
    it is and ends with its [n]. `ranked` is `candidates(...)`; `articles` (doc id -> clean text)
    lets a list be followed past the end of its chunk.
    """
    citer = Citer()
    lines = (
        (parts and _part_lines(parts, profile, citer))
        or (profile.defined and _definition_lines(ranked, profile, articles or {}, citer))
        # "哪几家工会做了经验分享": one report's list of them, when one names what is asked
        or (profile.per_document and _lists_inside(profile) and named_list_lines(ranked, profile, articles or {}, citer))
        or (profile.per_document and _per_document_lines(ranked, profile, citer))
        or (profile.wants_list and not profile.wants_number and not profile.section
            and list_lines(ranked, profile, articles or {}, citer))
        or _sentence_lines(ranked, profile, citer)
    )
    return [line if i == 0 else "\n" + line for i, line in enumerate(lines)], citer.citations
