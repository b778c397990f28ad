"""Who took over from whom: succession asked either way, of a person named as people type names.

"Who took over from Lindy Cameron?", "who did Richard Horne replace?", "Ciaran Martin's successor":
the answer is the entry on the person who came after (or before), which says so in its own words
("Earlier chief executives were ... Lindy Cameron"), though the question never names them; the
entry on the person asked about, naming nobody in that direction, is no answer. A first name typed as another
spelling of the same name ("Kieran Martin") is the person we know; another name is not.
These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


def test_who_took_over_from_someone_is_answered_by_the_entry_on_who_took_the_post_next(answerer):
    for question in ("who took over from lindy cameron", "who was lindy cameron's successor"):
        answer = answerer.answer(question, record_gap=False)
        assert answer.answered and answer.text.startswith("Richard Horne")


def test_who_someone_replaced_is_answered_by_their_entry_naming_the_earlier_holders(answerer):
    assert_answers(answerer, "who did richard horne replace", "Lindy Cameron")
    assert_answers(answerer, "cheers. who did he replace then? (re richard horne)", "Lindy Cameron")


def test_who_came_after_the_latest_holder_we_know_is_declined(answerer):
    assert_declines(answerer, "who replaced richard horne")
    assert_declines(answerer, "who took over from richard horne")


def test_a_first_name_spelt_another_way_is_the_person_we_know(answerer):
    assert_answers(answerer, "who took over from Kieran martin n when", "Lindy Cameron", "October 2020")


def test_another_first_name_before_a_surname_we_know_is_not_that_person(answerer):
    assert_declines(answerer, "did karen martin lead the ncsc", "Karen")
    assert_declines(answerer, "who took over from david martin", "David")
    assert_declines(answerer, "did Mark Martin lead the ncsc")


def test_whom_someone_took_over_from_is_who_came_before_them(answerer):
    answer = answerer.answer("who did lindy cameron take over from", record_gap=False)
    assert answer.answered and "succeeded Ciaran Martin" in answer.text


def test_a_persons_successor_asked_without_a_who_is_who_came_after_them(answerer):
    answer = answerer.answer("lindy cameron's successor", record_gap=False)
    assert answer.answered and answer.text.startswith("Richard Horne")


def test_who_succeeded_or_followed_someone_is_answered_in_the_entrys_own_words_for_it(answerer):
    for question, who in (("who succeeded lindy cameron", "Richard Horne"),
                          ("who followed ciaran martin as ncsc boss", "Lindy Cameron")):
        answer = answerer.answer(question, record_gap=False)
        assert answer.answered and answer.text.startswith(who), question


def test_who_followed_the_latest_holder_we_know_is_still_declined(answerer):
    assert_declines(answerer, "who succeeded richard horne")
    assert_declines(answerer, "who followed richard horne")


def test_what_replaced_a_retired_service_needs_an_entry_that_says_what_came_in_its_place(answerer):
    # The sources say Mail Check and Web Check are being retired and alternatives are needed; they name no successor.
    # Curators' own "deadline for replacing mail check" is a question the entry answers, not a successor it names.
    assert_declines(answerer, "What's replaced Mail Check now it's been retired - which service are councils meant to "
                              "use?", "Mail Check")
    assert_declines(answerer, "what replaced mail check", "Mail Check")
    assert_declines(answerer, "risk owner asks what has superseded Web Check?")
    # The 2022 strategy's entry is written to answer "what replaced the 2016 national cyber security strategy".
    assert_answers(answerer, "what replaced the 2016 strategy", "National Cyber Strategy 2022")
    assert_answers(answerer, "what came after the lga stocktake?", "first phase")


@pytest.mark.parametrize("question", [
    "who's the chief executive who took over the NCSC in October 2024, and where were they before?",
    "which chief exec took over at the ncsc in 2024?",
    "the NCSC chief executive who took over in Oct 2024 - who is it?",
])
def test_who_took_the_post_in_a_year_is_the_holder_titled_with_that_year_not_the_one_before(answerer, question):
    # Lindy Cameron's entry (titled October 2020) mentions that Richard Horne followed her in 2024.
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and answer.text.startswith("Richard Horne"), answer.text


def test_who_took_the_post_in_the_earlier_year_is_still_the_earlier_holder(answerer):
    answer = answerer.answer("which ncsc chief executive started in october 2020?", record_gap=False)
    assert answer.answered and answer.text.startswith("Lindy Cameron"), answer.text
