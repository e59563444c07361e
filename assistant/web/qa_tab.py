"""问答: streaming chat with sources, filters, example questions from the index."""

from __future__ import annotations

import gradio as gr

from assistant.answer_types import Answer
from assistant.examples import example_questions
from assistant.qa import next_turn
from assistant.services import Services
from assistant.web.common import UNIT_KINDS, message, year_filter
from assistant.web.render import answer_html, escaped, sources_html, text_html
from vectorstore.store import StoreError


class QATab:
    """问答: streaming chat; each answer carries its sources; a not-found answer looks different."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def respond(self, question: str, chat: list[dict], turns: list, year: str, unit_kind: str):
        question = (question or "").strip()
        if not question:
            yield chat, turns, ""
            return
        chat = [*chat, {"role": "user", "content": escaped(question)}, {"role": "assistant", "content": "…"}]
        yield chat, turns, ""
        try:
            stream = self.services.qa.stream(question, turns, year=year_filter(year), unit_kind=unit_kind or None)
            shown = ""
            for piece in stream:  # the partial text is document text too: escaped like the final answer
                shown += piece
                chat[-1] = {"role": "assistant", "content": text_html(shown)}
                yield chat, turns, ""
            answer: Answer = stream.answer
        except (StoreError, ValueError) as error:  # ValueError: a question or filter the search refuses
            chat[-1] = {"role": "assistant", "content": f'<div class="ua-not-found">⚠️ {escaped(message(error))}</div>'}
            yield chat, turns, ""
            return
        idf = self.services.knowledge.lexical.index.idf
        chat[-1] = {"role": "assistant", "content": answer_html(answer) + sources_html(answer, idf)}
        yield chat, [*turns, next_turn(answer)], ""

    def render(self) -> None:
        with gr.Row():
            year = gr.Dropdown(label="年份", choices=[""], value="", allow_custom_value=True, scale=1, elem_id="ua-year")
            unit_kind = gr.Dropdown(label="单位类别", choices=["", *UNIT_KINDS], value="", scale=1, elem_id="ua-unit-kind")
            new_chat = gr.Button("新对话", scale=0, min_width=100)
        with gr.Row(visible=False, elem_id="ua-filter-bar") as filter_bar:  # a filter on is never silent
            filter_text = gr.Markdown(elem_id="ua-filter-text")
            clear_filters = gr.Button("清除筛选", size="sm", scale=0, min_width=100, elem_id="ua-clear-filters")
        chat = gr.Chatbot(label="对话", height=460, buttons=["copy", "copy_all"], sanitize_html=True,
                          placeholder="请输入问题，例如：去年慰问了多少困难职工？", elem_id="ua-chat")
        turns = gr.State([])
        with gr.Row():
            question = gr.Textbox(label="问题", placeholder="输入问题后按回车", scale=5, elem_id="ua-question")
            send = gr.Button("提问", variant="primary", scale=1, elem_id="ua-send")
        examples = gr.Dataset(components=[question], samples=[], label="示例问题（取自已导入的资料）",
                              elem_id="ua-examples", visible=False)
        examples.click(lambda sample: sample[0] if sample else "", examples, question, api_name=False)
        inputs = [question, chat, turns, year, unit_kind]
        for event in (question.submit, send.click):
            event(self.respond, inputs, [chat, turns, question], api_name="ask" if event == send.click else False)
        new_chat.click(lambda: ([], [], ""), None, [chat, turns, question], api_name=False)
        for dropdown in (year, unit_kind):
            dropdown.change(filter_state, [year, unit_kind], [filter_bar, filter_text], api_name=False)
        clear_filters.click(lambda: ("", ""), None, [year, unit_kind], api_name=False)
        self.year = year
        self.examples = examples

    def example_samples(self) -> gr.Dataset:
        """The example buttons, from what is indexed now (none while the index is empty)."""
        try:
            questions = example_questions(self.services.knowledge)
        except StoreError:
            questions = []
        return gr.Dataset(samples=[[q] for q in questions], visible=bool(questions))

    def year_choices(self) -> gr.Dropdown:
        try:
            years = sorted({str(r["year"]) for r in self.services.knowledge.documents() if r["year"]}, reverse=True)
        except StoreError:
            years = []
        return gr.Dropdown(choices=["", *years])


def filter_state(year: str, unit_kind: str) -> tuple[gr.Row, str]:
    """The bar above the question box while a filter is on: every question is searched with it."""
    year = (year or "").strip()
    applied = ([f"{year}年"] if year else []) + ([f"单位类别“{unit_kind}”"] if unit_kind else [])
    if not applied:
        return gr.Row(visible=False), ""
    return gr.Row(visible=True), f"🔎 正在按 **{escaped('、'.join(applied))}** 筛选：之后的每个问题都只在这部分资料中查找。"
