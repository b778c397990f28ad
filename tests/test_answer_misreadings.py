"""A right answer is not refused for a constraint the question never set.

Each test is a question a council person typed whose right entry was ranked first and then refused
because the answerability check read more into the words than English puts there ("start" for a
person is joining a post, not a launch; a relative clause is not the topic), beside a question of the
same shape whose fact our sources do not hold, which must still be declined. They run the real
knowledge base through the real search and check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_when_someone_started_at_a_council_is_answered_by_when_they_joined_or_became_its_officer(answerer):
    # Starting, joining, becoming, taking up a post are one deed however the entry words it.
    assert_answers(answerer, "when did connell start at norfolk", "August 2016")
    assert_answers(answerer, "when did dylan roberts start at leeds council?", "2003")
    assert_answers(answerer, "connell joined norfolk aug 2016 right?", "August 2016")
    assert_answers(answerer, "when did ciaran martin start at the ncsc", "October 2016")


def test_when_someone_started_at_a_council_our_sources_only_mention_is_declined(answerer):
    # Connell "had previously run shared IT for Newham": when he started there our sources do not say,
    # and Dylan Roberts never worked at Norfolk.
    assert_declines(answerer, "when did connell join newham", "joined Newham")
    assert_declines(answerer, "when did connell start at newham")
    assert_declines(answerer, "when did dylan roberts start at norfolk")
    assert_declines(answerer, "dylan roberts joined leeds in 2005, right?", "2005")


def test_asking_about_a_bid_the_council_talked_about_at_a_meeting_asks_about_the_bid(answerer):
    # "the bid the cio council talked about at the london meeting": a relative clause ends the topic.
    assert_answers(answerer, "tell me about the three year funding bid the cio council talked about at the london meeting",
                   "6 December")


def test_asking_about_a_bid_talked_about_at_a_meeting_our_sources_do_not_have_is_declined(answerer):
    assert_declines(answerer, "tell me about the three year funding bid the cio council talked about at the "
                              "manchester meeting", "Manchester")
    assert_declines(answerer, "tell me about the cyber pledge the cio council talked about at the london meeting")


def test_x_came_before_or_after_y_asks_which_came_first_with_both_dates(answerer):
    # Put in a statement's order, "before or after" still asks for the order of the two, not for
    # something after 2016 or a GCSS the first entry must mention.
    assert_answers(answerer, "ncs 2022 came before or after gcss", "15 December 2021", "25 January 2022")
    assert_answers(answerer, "ordering q: ncsc stood up before or after the 2016 strat launch?",
                   "October 2016", "1 November 2016")


def test_x_came_before_or_after_something_our_sources_do_not_date_is_declined(answerer):
    assert_declines(answerer, "ncs 2022 came before or after the aussie strategy", "which came first", "aussie")


def test_how_many_nationally_significant_counts_the_significant_incidents(answerer):
    # An adverb says which of them ("nationally"); the word it qualifies is what the entry counts.
    assert_answers(answerer, "ncsc 2024 annual review: q1 total incidents supported q2 how many nationally significant",
                   "430", "89")


def test_how_many_nationally_significant_things_the_entry_never_counts_is_declined(answerer):
    # The review counts incidents, not ransomware gangs; nor does it hold 2025's figures.
    assert_declines(answerer, "how many nationally significant ransomware gangs did the ncsc 2024 annual review name")
    assert_declines(answerer, "how many nationally significant incidents in the 2025 annual review", "2025")


def test_how_many_folk_are_on_cisp_is_answered_by_how_many_users_it_has(answerer):
    # Folk, people, users and members are all people counted: "more than 17,000 users".
    assert_answers(answerer, "och, how many folk are on cisp these days?", "17,000")
    assert_answers(answerer, "how many people are on cisp", "17,000")


def test_how_many_folk_use_a_thing_our_sources_give_no_count_of_people_for_is_declined(answerer):
    assert_declines(answerer, "och, how many folk are on the lga self assessment tool these days?", "number of people")


def test_when_someone_became_a_post_they_never_held_is_declined(answerer):
    # Lindy Cameron became chief executive, never technical director; what one becomes is the post.
    assert_declines(answerer, "when did Lindy Cameron become technical director at the NCSC?")
    assert_answers(answerer, "when did lindy cameron become chief executive", "October 2020")
    assert_answers(answerer, "when did dylan roberts become cdio at leeds", "June 2016")


def test_a_name_in_a_pasted_email_is_background_to_the_question_asked_after_it(answerer):
    # RAND is in the pasted line; the question is when the collection ran, which our entry says.
    assert_answers(answerer, "from an email: '...the stocktake data collection ran over the summer, see RAND...' "
                             "when exactly did it run?", "mid-June")


def test_a_name_the_question_asks_about_after_a_pasted_email_is_still_held_to(answerer):
    # Asked about again after the quote, or the quote put up for checking, the name is the question's.
    assert_declines(answerer, "from an email: '...the stocktake data collection ran over the summer, see Deloitte...' "
                              "when did deloitte publish their report?", "Deloitte")
    assert_declines(answerer, "from an email: '...the stocktake data collection ran over the summer, see Deloitte...' "
                              "is that true?", "Deloitte")


def test_a_councillor_introducing_themselves_and_their_newsletter_gets_the_answer_to_what_they_check(answerer):
    # Who they are and the newsletter they are writing are theirs; the question is who launched the strategy.
    assert_answers(answerer, "Hi there, Cllr Pat Davies here, sorry to bother you, I'm doing my ward newsletter and "
                             "wanted to check who actually launched the national cyber security strategy back in "
                             "twenty sixteen?", "Philip Hammond")


def test_a_councillor_checking_a_strategy_our_sources_do_not_hold_is_declined(answerer):
    assert_declines(answerer, "Hi there, Cllr Pat Davies here, sorry to bother you, I'm doing my ward newsletter and "
                              "wanted to check who actually launched the australian cyber security strategy back in "
                              "twenty sixteen?", "Australian")


def test_who_owns_council_cyber_assessment_is_answered_by_the_department_responsible_for_it(answerer):
    # Being responsible for assessing it is owning it: "(DLUHC) is responsible for assessing ...".
    assert_answers(answerer, "<@U04CYBRBT> under gcss who owns lgov cyber assessment in england ta", "DLUHC")


def test_who_owns_cyber_assessment_somewhere_our_sources_do_not_cover_is_declined(answerer):
    assert_declines(answerer, "under gcss who owns lgov cyber assessment in scotland", "Scotland")
    assert_declines(answerer, "under gcss who owns nhs cyber assessment in england", "NHS")


def test_an_acronym_beside_its_years_is_the_strategy_those_years_name(answerer):
    # "ncss 16-21" is the National Cyber Security Strategy 2016-2021, written out beside its years.
    assert_answers(answerer, "the 'by 2021' vision line from ncss 16-21, verbatim-ish pls", "secure and resilient")
    assert_answers(answerer, "What was the stated vision of the NCSS 2016-2021?", "secure and resilient")


def test_another_strategys_acronym_beside_those_years_is_declined(answerer):
    # The GCSS runs 2022-2030: no vision of its for 2016-21.
    assert_declines(answerer, "the 'by 2021' vision line from gcss 16-21, verbatim-ish pls")


def test_when_someone_moved_to_a_council_is_answered_from_their_career_behind_the_entry_on_them(answerer):
    # Moving to Norfolk is taking up the post there; the entry on his career says when, and where before.
    assert_answers(answerer, "when did geoff connell move to norfolk and where was he before that", "August 2016", "Newham")


def test_when_someone_moved_to_a_council_they_only_worked_at_before_is_declined(answerer):
    assert_declines(answerer, "when did geoff connell move to newham")
