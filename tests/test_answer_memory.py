"""The same question asked again is answered from memory, never from an out-of-date one.

A council Slack asks the same few things over and over, and ranking is most of an answer's
CPU, so the search index remembers each question's ranking and the answerability check its
reading of the question. Both belong to one build of the index: a reloaded knowledge base
gets a new index, and a new memory.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.answers import knowledge
from bot.answers.answerer import Answerer

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
QUESTIONS = ["what is web check?", "what did the ncsc annual review 2025 say", "who do I call, we've been hit",
             "how much funding did councils get for cyber", "when is the cyber stocktake due?"]


def test_asking_again_gives_the_very_same_answer():
    answerer = Answerer(knowledge.load(KNOWLEDGE))
    first = [answerer.answer(q, record_gap=False).to_json() for q in QUESTIONS]
    again = [answerer.answer(q, record_gap=False).to_json() for q in QUESTIONS]
    assert again == first


def test_a_reloaded_knowledge_base_is_never_answered_from_the_old_memory(tmp_path):
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    kb = knowledge.load(folder)
    answerer = Answerer(kb)
    assert "Web Check" in answerer.answer("what is web check?", record_gap=False).text
    target = next(p for p in sorted(folder.glob("*.yaml")) if "Web Check" in p.read_text("utf-8"))
    target.write_text(target.read_text("utf-8").replace("Web Check", "Site Scan"), "utf-8")
    kb.adopt(knowledge.load(folder))           # what the curator's live reload does
    # The remembered ranking held the old entry, whose answer said "Web Check is ...".
    assert answerer.answer("what is web check?", record_gap=False).text.startswith("Site Scan is")
