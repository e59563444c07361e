"""One place that builds the assistant's services from the settings, for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from assistant.draft import Drafter
from assistant.knowledge import KnowledgeBase
from assistant.llm import ChatModel, build_chat_model
from assistant.qa import QAService
from assistant.settings import Settings


@dataclass
class Services:
    """The knowledge base, the chat model (if any), question answering and drafting, built once."""

    settings: Settings

    @cached_property
    def knowledge(self) -> KnowledgeBase:
        return KnowledgeBase(self.settings)

    @cached_property
    def chat_model(self) -> ChatModel | None:
        return build_chat_model(self.settings)

    @cached_property
    def qa(self) -> QAService:
        return QAService(self.knowledge, self.chat_model)

    @cached_property
    def drafter(self) -> Drafter:
        return Drafter(self.knowledge, self.chat_model)
