"""A person our sources do not know, who shares a surname with one they do, is someone else.

"Is David Cameron the NCSC boss?" names a different Cameron from the NCSC's Lindy Cameron, and "was Ian
Martin the first CEO?" is not answered by an entry on Ciaran Martin because it also names Ian Levy: the
first name and the surname go together. The decline says which of that surname we hold, so the asker can
see the mix-up. A first name spelt near the one we know ("Kieran Martin", "Linda Cameron") is still the
person we know, and so is a surname misremembered by a letter or two ("Geoff Connolly", "Steve Barkley"),
though it is a surname in its own right: the reply says whom it took the name for. These run the real
knowledge base through the real engine.
"""

import pytest

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


@pytest.mark.parametrize("question, typed, person, fact", [
    ("Which council did Geoff Connolly work for? He's the one who was the Socitm president.",
     "Geoff Connolly", "Geoff Connell", "Norfolk"),
    ("Dr Andy Hopkins, or something like that - what did he call the £1.9bn?", "Andy Hopkins", "Andy Hopkirk", "seed money"),
    ("When did Steve Barkley launch the Government Cyber Security Strategy?", "Steve Barkley", "Steve Barclay", "25 January 2022"),
    ("what did david liddington launch at cyberuk 2019", "david liddington", "David Lidington", "Exercise in a Box"),
    ("Which council is Dylan Robertson at?", "Dylan Robertson", "Dylan Roberts", "Leeds"),
    ("What was William Baker's job at DCLG?", "William Baker", "William Barker", "Head of National Cyber Security"),
    ("what did Hopkins say about seed money, not sure of the spelling", "Hopkins", "Andy Hopkirk", "seed money"),
])
def test_a_surname_misremembered_by_a_letter_or_two_is_the_person_we_know_and_the_reply_says_so(
        answerer, question, typed, person, fact):
    assert_answers(answerer, question, f"Taking {typed} to mean {person}.", fact)


@pytest.mark.parametrize("question", [
    "Which council did Andy Connolly work for?",             # another first name: another person
    "What did Tom Hopkins say about the £1.9bn?",
    "What did Martin Ferguson say about the stocktake?",     # near no one we know
    "Was it Dylan Roberts who said 'seed money'?",           # one of ours, as typed, who did not say it
    "Did Geoff Connolly call the £1.9bn seed money?",        # taken as Connell, who did not say it either
    "What did Steve Baker say about the cyber strategy?",
])
def test_someone_else_near_one_of_our_people_is_still_declined(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", [
    "what 4 reasons did geoff connell give for cyber mattering more than ever to local gov",   # a word, not Martin
    "how many users has cisp got now? 17k or summat?",                                        # not Smith
    "who chairs the socitm local cio councl now its been renamed",                            # not Connell
    "Who officially opened the NCSC? Hack from the Argus reckons it was a royal",             # not Hancock
    "what was lindy camerons job before the ncsc",                                            # hers, as typed
])
def test_a_word_misspelt_near_a_surname_is_no_name_taken_for_one_of_our_people(answerer, question):
    assert answerer.gate.near_names(question) == ()


@pytest.mark.parametrize("question", ["Hancock's Future Decoded launch speech - key quotes?",
                                      "Hancock's launch speech at Future Decoded - what did he announce?"])
def test_a_speech_put_to_someone_we_only_cite_is_not_answered_from_the_one_who_gave_it(answerer, question):
    # Matt Hancock is known (we cite his written statement) but it was Philip Hammond who spoke at Future Decoded
    assert_declines(answerer, question)


def test_the_speech_put_to_the_one_who_gave_it_is_answered(answerer):
    assert_answers(answerer, "Hammond's Future Decoded launch speech - what did he announce?", "1.9")


@pytest.mark.parametrize("question", ["Did Lidington launch Cyber Essentials?", "Did Lidington launch the strategy?",
                                      "Did Lidington launch the national cyber strategy?"])
def test_a_launch_put_to_someone_who_launched_something_else_is_not_answered_yes(answerer, question):
    # David Lidington launched Exercise in a Box; "Did" before his surname is no first name of his
    assert_declines(answerer, question)


def test_the_launch_put_to_the_one_who_did_it_is_answered_yes(answerer):
    assert_answers(answerer, "Did Lidington launch Exercise in a Box?", "Yes", "CYBERUK 2019")
