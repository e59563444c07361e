"""状态: what the assistant runs on and whether it is healthy."""

from __future__ import annotations

import gradio as gr

from assistant.services import Services


class StatusTab:
    """状态: what the assistant runs on and whether it is healthy."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def report(self) -> str:
        rows = self.services.status()
        return "| 项目 | 状态 |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in rows.items())

    def render(self) -> gr.Markdown:
        status = gr.Markdown(self.report)
        gr.Button("刷新").click(self.report, None, status, api_name="status")
        return status
