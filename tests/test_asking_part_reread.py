"""A question buried in a long message is read again from the part that asks.

Council staff wrap what they ask in why they ask it, who asked them and what they will do next. Where those words
thin the whole message's match so that no entry is sure, the part that asks is read again with only the words the
best entry shares; it is answered only where both readings pick the same entry and every year, place and person the
whole message says still holds. These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines

_CATCHING_UP = ("Bit of background: our assistant director missed the first round of the LGA self-assessment during a "
                "merger, and the deputy is asking when the tool first launched{}. Any idea? We're catching up now.")


def test_a_deputy_asking_when_the_self_assessment_launched_hears_october_2019_through_the_backstory(answerer):
    assert_answers(answerer, _CATCHING_UP.format(""), "October 2019")


def test_the_same_backstory_asking_of_the_tool_in_wales_is_still_declined(answerer):
    assert_declines(answerer, _CATCHING_UP.format(" in Wales"))


def test_the_same_backstory_with_a_merger_in_another_year_is_still_declined(answerer):
    assert_declines(answerer, "Bit of background: our assistant director missed the first round of the LGA "
                              "self-assessment during a merger in 2016, and the deputy is asking when the tool first "
                              "launched. Any idea? We're catching up now.")


def test_a_count_the_asker_thinks_they_remember_is_held_to_the_entry(answerer):
    # the Government Cyber Security Strategy has two pillars; "five" is the asker's guess, not the question's frame
    assert_declines(answerer, "the GCSS has five pillars I think - what's the first one? want to list them in the note")


def test_asking_which_of_two_options_the_bot_would_go_with_is_asking_a_view(answerer):
    assert_declines(answerer, "our own web filtering or the ncsc protective dns for the libraries - which would you go with?",
                    "can't give a view")


def test_a_when_clause_that_sets_the_scene_of_a_question_is_not_the_question_asked(answerer):
    # No source says Gloucester City Council paid a ransom, or how much: the entry that lists it among councils hit
    # in 2021 answers when it was hit, which is not what is asked.
    assert_declines(answerer, "When Gloucester City Council paid the ransom after its 2021 attack, how much did it pay?")
    assert_declines(answerer, "when hackney paid the ransom in 2020, how much was it?")


def test_a_when_clause_that_asks_is_still_answered(answerer):
    assert_answers(answerer, "when did the queen open the ncsc, and who was there?", "14 February 2017")


def test_who_after_a_question_tells_of_the_one_the_asker_named_and_asks_nothing(answerer):
    # "asking for our head of service, who is worried...": the worry and its Ofsted are the head of service's, no
    # second question whose words the answer must hold
    assert_answers(answerer, "what is Exercise in a Box? asking for our head of service, who is worried it'll be like "
                             "an Ofsted inspection", "practise")
    assert_answers(answerer, "who runs the NCSC? asking for our new starter, who came over from the NHS", "Richard Horne")


def test_who_that_asks_a_second_question_of_its_own_is_still_held(answerer):
    assert_declines(answerer, "what is Exercise in a Box? and who runs the Ofsted version of it?")


def test_a_count_of_things_no_entry_speaks_of_is_the_askers_chatter_not_a_figure_to_hold(answerer):
    # "two PMs arguing": a count of the asker's colleagues, no figure the answer on Cyber Essentials must give
    assert_answers(answerer, "did Cyber Essentials launch in 2014 or 2015? two PMs arguing and there's a coffee "
                             "riding on it", "5 June 2014")


def test_a_count_of_things_the_entries_speak_of_is_still_held(answerer):
    assert_declines(answerer, "what did the LGA stocktake find? our report says 300 councils, is that right?")


def test_what_the_asker_was_doing_after_a_question_their_i_dropped_asks_nothing(answerer):
    # "was thinking we could send the Moodle logs to it": the asker's plan, not a second question about Moodle
    assert_answers(answerer, "is logging made easy free? was thinking we could send the Moodle and intranet logs to it",
                   "free")


def test_was_wondering_after_a_question_still_asks(answerer):
    assert_declines(answerer, "what is Early Warning? was wondering if it covers Jersey")
