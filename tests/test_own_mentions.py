"""A name or a number said only in the asker's own clause is their world, not the question's.

"How was the £1.9bn divided up? need both amounts pls, 3 slides to finish tonight": the nearest entry says nothing
about 3, because the 3 is the asker's slides. Where a decline rests only on a name or figure said in a clause of the
asker's own that asks nothing (what they will do, who asked them, how they want it, an aside in brackets, what they
add after the question), the message is read again without that clause, and answered only where it finds the entry
the decline named. A name in the clause that asks, or in a claim the asker passes on, still holds. These run the real
knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_the_number_of_slides_left_is_no_figure_the_split_must_give(answerer):
    assert_answers(answerer, "how was the £1.9bn divided up? need both amounts pls, 3 slides to finish tonight",
                   "£600m", "£1.3bn")


def test_slides_counted_after_the_question_without_an_i_are_the_askers_too(answerer):
    assert_answers(answerer, "what were the two amounts the £1.9bn was split into? 4 slides left to write", "£600m")


def test_a_pilot_asked_about_for_a_councillor_before_checking_with_ict_is_answered(answerer):
    assert_answers(answerer, "how many councils were in the local gov CAF pilot and when was the pilot report "
                             "published? portfolio holder asking, I'll check with ICT but want the basics first",
                   "10", "March 2023")


def test_the_same_figure_put_in_the_question_itself_is_still_held(answerer):
    assert_declines(answerer, "was the £1.9bn divided into 3 amounts? need it for the slides")


def test_a_firm_named_in_the_clause_that_asks_is_still_declined(answerer):
    assert_declines(answerer, "did KPMG run the LGA stocktake? asking for our ICT lead")


def test_a_firm_in_a_claim_the_asker_passes_on_is_still_declined(answerer):
    assert_declines(answerer, "Our ICT lead swears Deloitte ran the LGA stocktake. Can you confirm?")


def test_a_person_the_asking_clause_points_back_to_is_still_held(answerer):
    assert_declines(answerer, "Our CIO wants to quote Dylan Roberts. What did he say about the £1.9bn at the "
                              "December 2016 Local Government Cyber Summit?")


def test_a_clause_after_the_question_that_says_which_thing_was_meant_still_holds(answerer):
    assert_declines(answerer, "where was the summit held? the Birmingham one I mean, need it for the minutes")


def test_the_year_of_the_askers_own_kit_is_no_year_the_answer_must_give(answerer):
    assert_answers(answerer, "is protective dns mandatory for councils? our resolvers are two 2008 r2 boxes nobody "
                             "dares touch", "Protective DNS")


def test_a_year_put_in_the_question_itself_is_still_held(answerer):
    assert_declines(answerer, "was protective dns made mandatory for councils in 2013? asking for the ICT lead")


def test_a_year_the_asker_thinks_is_right_is_still_held(answerer):
    assert_declines(answerer, "I think PDNS was made mandatory for councils in 2013, is that right?")
