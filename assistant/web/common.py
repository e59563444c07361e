"""What every tab shares: the error policy (Chinese toasts), the year filter, the unit kinds."""

from __future__ import annotations

import functools

import gradio as gr

from assistant.web.render import escaped
from vectorstore.store import StoreError

UNIT_KINDS = ["机关", "教育", "企业", "医疗", "园区", "县总工会", "市总工会", "省总工会"]
ERROR_TITLE = "提示"


def year_filter(text: str | None) -> int | None:
    """The 年份 filter; it accepts typed values, so a non-number is refused in words."""
    text = (text or "").strip()
    if text and not text.isdigit():
        raise ValueError(f"年份“{text}”不是数字，请选择或输入四位年份")
    return int(text) if text else None


def message(error: Exception) -> str:
    return f"知识库暂时不可用：{error}" if isinstance(error, StoreError) else str(error)


def user_error(message: str) -> gr.Error:
    """An error toast in Chinese, title included; escaped, because Gradio renders it as HTML."""
    return gr.Error(escaped(message), title=ERROR_TITLE)


def guarded(handler):
    """One error policy: an unreachable store, or input the assistant refuses (ValueError with a
    Chinese reason, e.g. a query that is too long), is shown as a toast instead of failing the page."""

    @functools.wraps(handler)  # keeps the signature, so Gradio still injects gr.Progress
    def wrapper(*args, **kwargs):
        try:
            return handler(*args, **kwargs)
        except gr.Error:  # already a toast (gr.Error is a ValueError too)
            raise
        except (StoreError, ValueError) as error:
            raise user_error(message(error)) from None

    return wrapper
