"""Stemming is a fifth of answering a new question, so the C build of the Snowball stemmer
(PyStemmer) does it; these tests keep its stems exactly the pure Python ones, so no answer
depends on which one is installed."""

from __future__ import annotations

from snowballstemmer.english_stemmer import EnglishStemmer

from bot.answers import knowledge
from bot.core import text
from bot.core.config import default_knowledge_dir


def test_the_fast_c_stemmer_is_the_one_questions_are_stemmed_with():
    assert text.STEMMER == "Stemmer.Stemmer"


def test_every_word_of_the_knowledge_base_and_common_english_stems_as_the_pure_python_stemmer_does():
    from wordfreq import top_n_list

    pure = EnglishStemmer()
    kb = knowledge.load(default_knowledge_dir())
    words = set(top_n_list("en", 20000))
    for entry in kb.entries:
        for field in (entry.title, entry.answer, *entry.phrasings, *entry.keywords):
            words.update(text.surface_words(field))
    words.update(("councils", "council's", "generously", "running", "cheif", "piilars", "nationalisation"))
    words = {w for w in words if w and not w[0].isdigit()}
    different = {w: (text.stem(w), pure.stemWord(w)) for w in words if text.stem(w) != pure.stemWord(w)}
    assert len(words) > 15000 and not different
