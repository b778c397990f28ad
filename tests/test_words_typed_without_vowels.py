"""Council people on their phones drop the vowels of everyday words ("hld", "whch", "btwn"): such a word is read
as the everyday word it stands for, not as a rare word the knowledge base has never seen, which would weigh
against every entry. An organisation's initials stay initials."""

from bot.answers.lexicon import clipped_word, clipped_words, everyday_words
from handlers.testing.asking import assert_answers


def test_where_an_event_was_hld_is_answered_as_where_it_was_held(answerer):
    assert_answers(answerer, "where was cyberuk 2018 hld", "Manchester")


def test_a_question_typed_without_vowels_is_english_not_another_language(answerer):
    assert_answers(answerer, "whch city hld cyberuk 2019", "Glasgow")


def test_a_word_without_vowels_is_the_commonest_everyday_word_with_those_letters():
    clipped = clipped_words(everyday_words())
    assert clipped_word("hld", clipped) == "held"
    assert clipped_word("btwn", clipped) == "between"
    assert clipped_word("attck", clipped) == "attack"


def test_initials_and_real_words_are_left_as_typed():
    clipped = clipped_words(everyday_words())
    assert clipped_word("dcms", clipped) is None      # no everyday word is d, c, m, s and vowels alone
    assert clipped_word("kpmg", clipped) is None
    assert clipped_word("hmrc", clipped) is None
    assert clipped_word("held", clipped) is None      # a vowel after the first letter: no shorthand
    assert clipped_word("rhythm", clipped) is None    # a real word, however few its vowels
