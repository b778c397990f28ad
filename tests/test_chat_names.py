"""A chat word the bot has never seen is not a named thing the answer must hold to.

Council people open a message with "och," or "aye,", sign off with "kthx", say a text is "scammy" and
shout whole questions in capitals. Taken for names, those words turned right answers into "it says
nothing about KTHX". A real name the knowledge base does not hold ("cosla", "notpetya", a council, a
country) still declines. These run the real knowledge base through the real search and answerability check.
"""

import pytest

from bot.answers.lexicon import is_english_derivative
from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", ["CAF objectives A through D kthx", "CAF objectives A through D kthxbye"])
def test_a_sign_off_typed_after_the_question_is_not_what_the_question_is_about(answerer, question):
    assert_answers(answerer, question, "managing security risk")


def test_a_sign_off_after_a_terse_all_lower_case_question_is_not_a_name_either(answerer):
    assert_answers(answerer, "stocktake queries mailbox kthx", "cybersecurity@local.gov.uk")


@pytest.mark.parametrize("opening", ["och", "jings", "ach"])
def test_an_interjection_set_off_by_a_comma_opens_the_message_without_naming_anything(answerer, opening):
    assert_answers(answerer, f"{opening}, which bit were councils worst at in the stocktake?", "amber")


def test_a_name_put_first_that_the_question_points_back_to_is_what_it_asks_about(answerer):
    # "cosla, who chairs it?" asks about COSLA, which the knowledge base says nothing of
    answer = answerer.answer("cosla, who chairs it?", record_gap=False)
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", ["web check dwp", "caf objectives europol", "stocktake results cosla"])
def test_another_bodys_name_typed_last_after_a_thing_of_ours_still_declines(answerer, question):
    # a name weighs fully in how much of the question an entry covers, wherever it is typed
    assert not answerer.answer(question, record_gap=False).answered


def test_a_name_the_last_word_is_joined_to_still_declines(answerer):
    # "got notpetya": the verb joins the name to the sentence; it is what is asked about
    assert not answerer.answer("how many GP practices got notpetya", record_gap=False).answered
    assert not answerer.answer("who chairs cosla", record_gap=False).answered


def test_a_dialect_determiner_points_at_the_thing_it_does_not_name_one(answerer):
    # "yon" is "that" in Scots and the North of England
    assert_answers(answerer, "aye, which bit were councils worst at in yon stocktake?", "amber")


def test_another_bodys_name_before_a_thing_of_ours_still_declines(answerer):
    assert_declines(answerer, "which bit were councils worst at in the cosla stocktake?", "Cosla")


@pytest.mark.parametrize("question", ["where do i fwd a scammy txt lol", "WHERE DO I FWD A SCAMMY TXT"])
def test_slangy_english_made_from_an_english_word_is_no_name_in_lower_case_or_shouted(answerer, question):
    assert_answers(answerer, question, "7726")


def test_capitals_in_a_shouted_question_do_not_make_its_words_names(answerer):
    assert_answers(answerer, "WHEN DID THE NCSC OPEN", "14 February 2017")


@pytest.mark.parametrize("question", ["what did Bristol council do after the stocktake", "ISO 27001 for councils",
                                      "what's Australia's cyber strategy"])
def test_a_real_name_the_knowledge_base_does_not_hold_still_declines(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


@pytest.mark.parametrize("word", ["scammy", "dodgy", "spammers", "techie"])
def test_english_words_built_with_an_everyday_ending_are_english(word):
    assert is_english_derivative(word)


@pytest.mark.parametrize("word", ["kthx", "cosla", "enisa", "anssi", "notpetya", "jisc", "dwp"])
def test_names_and_chat_shorthand_are_not_english_derivatives(word):
    assert not is_english_derivative(word)


# -- the abbreviations practitioners use for our own things --------------------------------------------

def test_the_lga_self_assessment_typed_as_sa_is_the_self_assessment(answerer):
    assert_answers(answerer, "lga SA first window opened", "October 2019")


def test_the_ncsc_technical_director_typed_as_td_is_found(answerer):
    assert_answers(answerer, "who was the ncsc's first TD", "Ian Levy")


def test_early_warning_typed_as_ew_is_the_early_warning_service(answerer):
    assert_answers(answerer, "what kinds of alert does EW send", "network abuse events")


def test_the_small_biz_guide_is_the_small_business_guide(answerer):
    assert_answers(answerer, "what does the ncsc small biz guide cover", "backing up data")


def test_an_acronym_is_spelt_out_before_its_phrasing_is_compared(answerer):
    # "EW eligibility" reads as "early warning eligibility", as the entry's own phrasings say it
    assert_answers(answerer, "EW eligibility: uk only or crown deps too", "Crown Dependencies")


@pytest.mark.parametrize("label", ["KLOE 4", "KLOE 4 (tech)", "kloe 2"])
def test_a_review_teams_key_line_of_enquiry_and_its_number_label_the_note_not_the_answer(answerer, label):
    assert_answers(answerer, f"{label} - what's the stated aim of Active Cyber Defence? Need a one-liner for the "
                             "councillor peer, who isn't technical.", "majority")


def test_a_number_that_counts_something_after_a_key_line_of_enquiry_is_still_held(answerer):
    assert_declines(answerer, "KLOE 4 - were 7 councils in the LG CAF pilot?")
