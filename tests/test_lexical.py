"""BM25 over jieba words and bigrams, verbatim phrases, filters and persistence."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from vectorstore.lexical import BM25Index, normalize_phrase, quoted_phrases, tokenize

CHUNKS = [
    ("a", "县总工会开展金秋助学活动，资助困难职工子女上大学47名，每人发放助学金3000元。", {"year": 2023, "unit_kind": "县总工会", "doc_id": "d1"}),
    ("b", "公司工会组织车工、焊工、电工技能比武，评出技术能手15名。", {"year": 2022, "unit_kind": "企业", "doc_id": "d2"}),
    ("c", "学校工会开展“明德讲堂”师德教育活动，评选优秀教师30名。", {"year": 2023, "unit_kind": "教育", "doc_id": "d3"}),
    ("d", "机关工会组织职工气排球比赛，共有22支代表队参赛。", {"year": 2021, "unit_kind": "机关", "doc_id": "d4"}),
]


def _index() -> BM25Index:
    index = BM25Index()
    index.replace([], CHUNKS)
    return index


def test_tokens_are_words_and_bigrams_without_function_words() -> None:
    tokens = tokenize("县总工会的金秋助学")
    assert "金秋" in tokens and "助学" in tokens and "#秋助" in tokens
    assert "的" not in tokens


def test_ranking_prefers_the_chunk_with_the_rare_query_words() -> None:
    hits = _index().search("金秋助学 资助人数")
    assert [hits[0].index] == [0]
    assert 0 < hits[0].coverage <= 1


def test_a_name_the_dictionary_does_not_know_is_found_by_bigrams() -> None:
    hits = _index().search("明德讲堂")
    assert hits[0].index == 2


def test_verbatim_phrase_is_flagged_and_ranked_first() -> None:
    hits = _index().search("“气排球比赛”是哪个单位办的")
    assert hits[0].index == 3 and hits[0].exact and hits[0].coverage == 1.0
    assert quoted_phrases("“四个一”活动") == ["四个一活动", "四个一"]
    assert normalize_phrase("“明德 讲堂”，") == "明德讲堂"


def test_filters_restrict_candidates() -> None:
    index = _index()
    assert {index.ids[h.index] for h in index.search("工会 活动 比赛 名", year=2023)} <= {"a", "c"}
    assert [index.ids[h.index] for h in index.search("工会", unit_kind="企业")] == ["b"]
    assert [index.ids[h.index] for h in index.search("工会", doc_ids={"d4"})] == ["d"]


def test_nothing_found_for_unrelated_words() -> None:
    assert _index().search("量子计算机") == []


def test_replace_removes_and_adds() -> None:
    index = _index()
    index.replace(["a"], [("e", "工会为职工办理互助保障1200份。", {"year": 2020})])
    assert "a" not in index.ids and "e" in index.ids
    assert index.ids[index.search("互助保障")[0].index] == "e"
    assert all(index.ids[h.index] != "a" for h in index.search("金秋助学"))


def test_a_search_does_not_wait_while_a_large_sync_is_tokenized() -> None:
    index = _index()
    index.search("技能比武")
    added = [(f"n{i}", f"第{i}批：" + text * 6, meta) for i in range(4000) for _, text, meta in CHUNKS[:1]]
    replaced: list[float] = []
    worker = threading.Thread(target=lambda: (index.replace([], added), replaced.append(time.perf_counter())))
    started = time.perf_counter()
    worker.start()
    time.sleep(0.2)  # the worker is tokenizing now
    hits = index.search("技能比武")
    searched = time.perf_counter()
    worker.join()
    assert replaced[0] - started > 1.0, "the sync was too small to show anything"
    assert searched < replaced[0] and searched - started < 0.2 + 0.5 * (replaced[0] - started - 0.2)
    assert [index.ids[h.index] for h in hits] == ["b"]
    assert len(index) == 4004 and index.ids[index.search("第3999批")[0].index] == "n3999"


def test_save_and_load_keep_revision_and_results(tmp_path: Path) -> None:
    index = _index()
    index.revision = "r42"
    path = tmp_path / "bm25" / "x.json"
    index.save(path)
    loaded = BM25Index.load(path)
    assert loaded is not None and loaded.revision == "r42"
    assert [h.index for h in loaded.search("技能比武")] == [h.index for h in index.search("技能比武")]
    assert BM25Index.load(tmp_path / "missing.json") is None


def test_a_torn_or_old_save_is_not_loaded(tmp_path: Path) -> None:
    index = _index()
    path = tmp_path / "bm25.json"
    index.save(path)
    other = BM25Index()
    other.replace([], CHUNKS[:2])
    other.save(tmp_path / "other.json")
    (tmp_path / "other.npz").replace(path.with_suffix(".npz"))  # arrays from another save
    assert BM25Index.load(path) is None
    path.write_text('{"revision": "r", "ids": [], "terms": []}', encoding="utf-8")  # the old JSON-only format
    assert BM25Index.load(path) is None


def test_holds_answers_again_after_the_index_changes() -> None:
    index = _index()
    assert not index.holds("青柳职工书屋")
    index.replace([], [("e", "青柳职工书屋建成开放。", {"doc_id": "d5"})])
    assert index.holds("青柳职工书屋")
    index.replace(["e"], [])
    assert not index.holds("青柳职工书屋")
