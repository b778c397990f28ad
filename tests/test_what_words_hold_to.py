"""Words of a question held to the right thing: a year to the thing its "one" stands for, "Eng" and "the Americans"
to their countries, a post to the deed it guesses at, a meeting the asker is off to as no figure, a known gap to
the thing its title names.

These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


# A year before "one" goes with the thing another year of the question names.

def test_a_speech_line_that_the_2016_strategy_doubled_the_2011_one_is_borne_out(answerer):
    assert_answers(answerer, "so 2016 plan roughly doubled the 2011 one, right", "860")
    assert_answers(answerer, "I'm saying in my speech that the 2016 strategy nearly doubled the money of the 2011 one. "
                             "That's correct isn't it?", "860")


def test_the_2015_one_is_still_a_year_our_sources_do_not_have(answerer):
    assert_declines(answerer, "did the 2016 strategy double the 2015 one?", "2015")


# Chat shorthand and people for a country.

def test_a_councillor_asking_which_dept_answers_for_the_caf_in_eng_hears_dluhc(answerer):
    assert_answers(answerer, "LG CAF in Eng - which dept is responsible? DLUHC or the LGA?", "DLUHC")


def test_the_caf_in_scotland_is_still_not_what_the_dluhc_entry_covers(answerer):
    assert_declines(answerer, "LG CAF in Scotland - which dept is responsible? DLUHC or the LGA?")


def test_an_ict_lead_saying_the_americans_now_look_after_logging_made_easy_hears_cisa(answerer):
    assert_answers(answerer, "Our ICT lead says Logging Made Easy is now looked after by the Americans. That right?", "CISA")


def test_logging_made_easy_looked_after_by_the_australians_is_declined(answerer):
    assert_declines(answerer, "Is Logging Made Easy looked after by the Australians now?")


# The meeting the asker is about to go into.

def test_a_leader_with_a_cabinet_meeting_in_20_minutes_gets_pdns_explained(answerer):
    assert_answers(answerer, "what's PDNS in plain english pls, cabinet mtg in 20 mins", "malicious")


def test_twenty_minutes_asked_of_an_exercise_in_a_box_session_is_still_held_to_its_length(answerer):
    assert_declines(answerer, "is an exercise in a box session 20 mins?")


# A known gap on another thing.

def test_ncsc_launch_date_is_answered_from_when_the_ncsc_started_not_the_logging_made_easy_gap(answerer):
    assert_answers(answerer, "NCSC launch date?", "October 2016")


def test_the_launch_date_of_logging_made_easy_is_still_not_known(answerer):
    assert_declines(answerer, "LME launch date?", "Logging Made Easy")


# The post the asker guesses for who did a deed.

def test_a_note_that_a_minister_opened_the_ncsc_is_put_right_with_the_queen(answerer):
    assert_answers(answerer, "Which minister opened the NCSC officially? I've got 'the Home Secretary' scribbled in my "
                             "notes but that doesn't look right", "Queen")


def test_a_minister_who_launched_cyber_essentials_is_still_not_named(answerer):
    assert_declines(answerer, "which minister launched Cyber Essentials?")


# When a post was held, and whose it is.

def test_the_lga_programme_manager_at_the_time_of_the_stocktake_is_coughlan_however_her_name_is_spelt(answerer):
    assert_answers(answerer, "who was the LGA cyber programme manager at the time of the stocktake? Siobhan Coughlin?",
                   "Coughlan")


def test_an_ncsc_programme_manager_is_not_the_lgas(answerer):
    assert_declines(answerer, "who was the NCSC programme manager at the time of the stocktake?", "NCSC")


# What the asker was doing.

def test_what_the_asker_was_talking_about_when_logging_made_easy_came_up_is_their_story(answerer):
    assert_answers(answerer, "Is Logging Made Easy still an NCSC thing? Our IT contractor mentioned it when we were "
                             "talking about audit trails.", "CISA")


def test_logging_made_easy_maintained_by_the_nsa_is_still_declined_after_the_askers_story(answerer):
    assert_declines(answerer, "Is Logging Made Easy maintained by the NSA now? we were talking about it at work", "NSA")

