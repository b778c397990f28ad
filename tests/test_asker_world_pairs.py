"""Two words no entry uses, side by side, are a name only where they read as one.

"matt hancock", "george osborne": two words our sources never write, typed in lower case, are a person's name, and
an entry that never names them cannot answer for them. "our parish clerk", "the scada historian box", "the tl
handbook" are two such words as well, but the second is an everyday English noun (a post, a box, a book): the
asker's world, not a name the answer must hold. A pair is held as a name where its first word is a given name, or
its second is rare enough in English to be a surname (below ``PAIR_NOUN_ZIPF``: "hancock" 3.6, "fleming" 3.6,
"clerk" 4.0, "historian" 3.9). These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_parish_clerk_asking_for_the_three_pillars_gets_them(answerer):
    assert_answers(answerer, "our parish clerk wants the three pillars of the 2016 strategy", "defend", "deter", "develop")


def test_the_box_the_asker_logs_from_is_no_name_the_logging_guidance_must_hold(answerer):
    assert_answers(answerer, "the scada historian box is a mess, what are the steps in the ncsc logging introduction",
                   "four-step")


def test_a_minister_named_in_lower_case_is_still_held(answerer):
    assert_declines(answerer, "did matt hancock launch the 2016 strategy?")


def test_a_spy_chief_named_by_first_name_and_surname_is_still_held(answerer):
    assert_declines(answerer, "what did jeremy fleming say about councils and the £1.9bn")


def test_a_chancellor_we_hold_nothing_on_is_still_held(answerer):
    assert_declines(answerer, "what did george osborne say about the 1.9bn")


def test_office_hours_typed_as_mon_fri_are_when_not_who(answerer):
    assert_answers(answerer, "does the LGA have anyone on call at weekends or is cyber support Mon-Fri only?", "365 days")
