"""People settle disputes and guess: "Jo says Manchester, Sam says Liverpool, who's right?", "is it GCHQ
or MI5?", "I thought late 2021, she says January 2022". Only one alternative can be right, and the answer
says which: an entry that meets any of them answers, one that meets none (both guessed wrong) does not,
and a single claim on its own is held to as before.

These run the real knowledge base through the real search and answerability check.
"""

from bot.answers.answerability import Constraint
from handlers.testing.asking import assert_answers, assert_declines


def test_two_colleagues_disagreeing_on_where_a_conference_was_get_the_place_it_was(answerer):
    assert_answers(answerer, "Tom says CYBERUK 2018 was in Liverpool, Priya reckons it was Manchester. who's right?",
                   "Manchester")


def test_two_colleagues_who_both_guessed_the_wrong_place_are_not_told_either_is_right(answerer):
    assert_declines(answerer, "Dave says CYBERUK 2018 was held in Leeds, Priya says Liverpool - who's right?")


def test_one_wrong_place_claimed_on_its_own_is_still_declined(answerer):
    assert_declines(answerer, "CYBERUK 2018 was in Liverpool, right?")


def test_a_launch_date_two_people_remember_differently_is_answered_with_the_one_the_sources_give(answerer):
    assert_answers(answerer, "when did the government cyber security strategy come out? I thought autumn 2021, "
                             "my director says January 2022", "January 2022")


def test_two_wrong_years_for_the_same_launch_are_declined(answerer):
    assert_declines(answerer, "my boss says the 10 steps were first published in 2014, I think 2013. who's right?")


def test_who_funded_it_settled_between_two_colleagues_names_the_funder_not_the_colleagues(answerer):
    assert_answers(answerer, "Priya says the 2018/19 £1.5m for councils came from the Cabinet Office, Tom says "
                             "MHCLG. who's right?", "1.5")


def test_which_agency_the_ncsc_belongs_to_offered_as_a_choice_is_answered(answerer):
    assert_answers(answerer, "is the ncsc part of mi5 or gchq?", "GCHQ")


def test_a_place_offered_as_a_second_guess_after_the_first_is_answered(answerer):
    assert_answers(answerer, "where was cyberuk 2022, cardiff was it? or newport?", "Newport")


def test_one_alternative_denied_beside_the_other_is_still_an_alternative(answerer):
    assert_answers(answerer, "I always tell people the NCSC is part of GCHQ and not MI5 - is that right?", "GCHQ")


def test_the_alternatives_become_one_constraint_and_what_they_share_stays_its_own(gate):
    constraints = gate.constraints("Jo says CYBERUK 2018 was in Manchester, Sam says Liverpool, who's right?")
    [either] = [c for c in constraints if c.kind == "either"]
    assert either.value == "Manchester|Liverpool"
    assert [[o.kind for o in option] for option in either.options] == [["place", "place-year"], ["place", "place-year"]]
    # The year is CYBERUK's whichever place it was, and "who's right" asks the entry to tell no deed.
    assert any(c.kind == "year" and c.value.startswith("2018") for c in constraints)
    assert not any(c.kind == "deed" for c in constraints)


def test_who_says_an_alternative_is_no_post_or_name_the_entry_must_give(gate):
    constraints = gate.constraints("my manager says CYBERUK 2018 was in Liverpool, our CISO reckons Manchester. who's right?")
    assert {c.kind for c in constraints} == {"year", "either", "name"}
    assert Constraint("year", "2018|cyberuk") in constraints


def test_a_question_about_what_someone_said_offers_no_alternatives(gate):
    constraints = gate.constraints("what did connell say about the 2016 strategy and what did the lga say about it")
    assert not any(c.kind == "either" for c in constraints)


def test_a_list_of_places_without_a_choice_word_is_no_choice(gate):
    assert not any(c.kind == "either" for c in gate.constraints("did leeds, bradford and hull all get funding"))
