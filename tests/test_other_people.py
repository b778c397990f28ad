"""A person our sources do not know, who shares a surname with one they do, is someone else.

"Is David Cameron the NCSC boss?" names a different Cameron from the NCSC's Lindy Cameron, and "was Ian
Martin the first CEO?" is not answered by an entry on Ciaran Martin because it also names Ian Levy: the
first name and the surname go together. The decline says which of that surname we hold, so the asker can
see the mix-up. A first name spelt near the one we know ("Kieran Martin", "Linda Cameron") is still the
person we know. These run the real knowledge base through the real engine.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_namesake_of_the_ncscs_chief_executive_is_told_who_we_hold_instead(answerer):
    answer = answerer.answer("is david cameron the ncsc boss", record_gap=False)
    assert not answer.answered
    assert "Lindy Cameron" in answer.text and "not David Cameron" in answer.text


def test_another_first_name_is_not_met_by_a_different_person_the_entry_also_names(answerer):
    # The launch entry names Ciaran Martin and Ian Levy; it never names an "Ian Martin".
    assert_declines(answerer, "was ian martin the first ceo", "Ian Martin")
    assert_declines(answerer, "did theresa cameron run the ncsc", "Theresa Cameron")


def test_a_namesake_we_hold_nothing_on_is_told_which_of_that_surname_our_sources_name(answerer):
    answer = answerer.answer("was geoff roberts socitm president", record_gap=False)
    assert not answer.answered
    assert "Geoff Roberts" in answer.text and "Dylan Roberts" in answer.text


def test_the_people_we_know_are_still_answered_however_their_first_name_is_spelt(answerer):
    assert_answers(answerer, "was lindy cameron ncsc ceo", "Lindy Cameron")
    assert_answers(answerer, "is ciaran martin ex ncsc", "Ciaran Martin")
    assert_answers(answerer, "is kieran martin ex ncsc", "Ciaran Martin")
    assert_answers(answerer, "was ciaran martin the first ceo", "Ciaran Martin")
    assert_answers(answerer, "did philip hammond launch the 2016 strategy", "Philip Hammond")


def test_a_common_first_name_typed_in_lower_case_is_another_person(answerer):
    assert_declines(answerer, "was sam cameron ncsc ceo", "Lindy Cameron", "not Sam Cameron")
    assert_declines(answerer, "did tom martin lead the ncsc", "not Tom Martin")


def test_a_namesake_the_search_is_unsure_of_is_still_told_which_of_that_surname_we_hold(answerer):
    assert_declines(answerer, "is john hammond the chancellor who launched it", "John Hammond", "Philip Hammond")
    assert_declines(answerer, "did andy connell speak at the summit", "Andy Connell", "Geoff Connell")
