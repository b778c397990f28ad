"""Busy staff type noun stacks, not sentences: "socitm pres conf 2018 location", "stocktake contractor".

A service desk or a cyber lead between meetings leaves out the question word: the attribute asked is
named by a noun ("location", "count", "last day") or a symbol ("+", "/"), and words are clipped
("pres", "conf", "tech"). These questions have answers in the knowledge base and must get them; a
terse near miss (a year or person the entry contradicts) must still be declined. Each test runs the
real knowledge base through the real search and answerability check.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


def test_a_clipped_president_and_conference_are_read_in_full_so_a_terse_venue_question_is_answered(answerer):
    assert_answers(answerer, "socitm pres conf 2018 location", "Glasgow")


def test_a_count_asked_by_month_is_answered_from_the_entry_that_gives_that_month(answerer):
    # "...its twentieth Cyber 360 in April 2023." ends a sentence with the year: it is still 2023.
    assert_answers(answerer, "cyber 360 count apr 2023", "twentieth")


def test_a_count_written_as_an_ordinal_the_entry_contradicts_is_still_declined(answerer):
    assert_declines(answerer, "was the lga doing its fiftieth cyber 360 in 2023")


def test_asking_for_it_in_one_line_is_how_to_answer_not_what_to_answer(answerer):
    assert_answers(answerer, "ACD - what's it for, 1 line", "commodity")


def test_who_the_slide_is_for_is_no_part_of_the_question(answerer):
    assert_answers(answerer, "local cio council 4 themes - for a SMT slide, thx", "workforce")


def test_a_tech_director_is_a_technical_director_and_at_launch_asks_for_the_first_one(answerer):
    assert_answers(answerer, "ncsc tech director at launch", "Ian Levy")


def test_a_terse_near_miss_on_the_year_is_still_declined_with_the_years_held(answerer):
    assert_declines(answerer, "ncsc tech director 2019", "not 2019")


def test_a_trailing_date_asks_when_and_is_spoken_to_by_an_entry_that_gives_one(answerer):
    assert_answers(answerer, "socitm briefing date?", "January 2017")


def test_a_cost_asked_in_a_worded_question_is_no_licence_to_answer_with_any_sum(answerer):
    # "worth the membership fee" asks for a view of Socitm; CiSP being free answers nothing of it.
    assert_declines(answerer, "is socitm worth the membership fee tbh? our director's wobbling about renewing")


def test_a_year_typed_against_a_name_is_the_name_and_the_year(answerer):
    assert_answers(answerer, "ncs2022 pillars how many + first one", "five")


def test_nscs_is_the_national_cyber_security_strategy_as_people_type_it(answerer):
    assert_answers(answerer, "nscs 2016 launch event", "Future Decoded")


def test_a_persons_last_day_asks_when_they_left(answerer):
    assert_answers(answerer, "ciaran martin last day", "31 August 2020")


def test_a_last_day_the_entry_does_not_give_is_declined_not_guessed(answerer):
    assert_declines(answerer, "dylan roberts last day at leeds")


def test_the_phishing_inbox_is_where_suspicious_emails_go(answerer):
    assert_answers(answerer, "phishing inbox?", "report@phishing.gov.uk")


def test_a_span_of_years_written_short_ends_in_the_year_the_sources_write_in_full(answerer):
    # "2016-21" is the 2016-2021 strategy, not the number 21.
    assert_answers(answerer, "£ for natl cyber strat 2016-21? need it for mgmt report asap", "1.9")


def test_a_slash_between_two_questions_joins_them_like_and(answerer):
    assert_answers(answerer, "cyber 360 - what is it / how long onsite", "peer support", "three days")


def test_the_2018_stocktakes_coverage_and_response_rate_are_answered_in_one_line(answerer):
    assert_answers(answerer, "hi - 2018 LGA stocktake coverage & response rate?", "353", "100%")


def test_target_years_in_a_noun_stack_ask_when_and_an_entry_that_gives_the_years_answers(answerer):
    assert_answers(answerer, "govt cyber strat target yrs", "2025", "2030")


def test_a_person_ex_asks_where_they_were_before(answerer):
    assert_answers(answerer, "richard horne ex-?", "PwC")


def test_tech_on_its_own_is_technology_so_a_job_title_typed_short_finds_its_holder(answerer):
    assert_answers(answerer, "LGA head of cyber digital & tech (2023)", "Owen Pritchard")


def test_a_job_title_typed_short_in_a_year_the_entry_does_not_give_is_declined(answerer):
    assert_declines(answerer, "LGA head of cyber digital & tech (2019)", "not 2019")


def test_cyber_360s_are_cyber_360s_and_the_twentieth_of_them_counts_twenty(answerer):
    assert_answers(answerer, "how many cyber 360s had the lga done by april 2023", "twentieth")


def test_a_count_asked_for_a_year_before_the_entrys_is_declined_with_the_year_held(answerer):
    assert_declines(answerer, "how many cyber 360s had the lga done by april 2022", "not 2022")


@pytest.mark.parametrize("question, fact", [("cisp member count", "17,000"), ("exercise in a box cost", "free"),
                                            ("lga cyber funding end date", "March 2021")])
def test_a_thing_and_the_attribute_wanted_is_a_whole_question(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_a_count_for_a_year_the_entry_does_not_give_is_declined(answerer):
    assert_declines(answerer, "cisp member count 2010", "not 2010")


def test_socitms_name_in_2016_is_answered_by_the_entry_that_names_it_beside_that_year(answerer):
    assert_answers(answerer, "socitm name 2016", "Society of IT Management")


@pytest.mark.parametrize("typed", [
    "manchester local cyber summit feb 2017 venue?",      # the town is the asker's own: the venue is more
    "cyberuk 2017 liverpool venue",
])
def test_a_venue_typed_last_after_the_town_is_declined_where_the_entry_gives_only_the_town(answerer, typed):
    assert_declines(answerer, typed)


@pytest.mark.parametrize("typed, fact", [
    ("socitm annual conference 2017 venue", "King Power Stadium"),
    ("cyberuk 2019 venue", "Glasgow"),                   # no town typed: the town is the answer
])
def test_a_venue_typed_last_is_answered_where_the_entry_gives_it(answerer, typed, fact):
    assert_answers(answerer, typed, fact)


@pytest.mark.parametrize("typed", ["how to pay council tax online", "how to apply for a parking permit",
                                   "how to book a bulky waste collection"])
def test_an_everyday_how_to_is_declined_not_answered_from_an_entry_that_shares_its_verb(answerer, typed):
    assert_declines(answerer, typed)


def test_a_how_to_about_something_of_ours_is_still_answered(answerer):
    assert_answers(answerer, "how to report a phishing email", "report@phishing.gov.uk")


@pytest.mark.parametrize("typed", [
    "socitm president andy hopkirk seed money comment",   # Hopkirk was its Head of Research
    "ncsc ceo ian levy at launch",                      # Levy was its technical director
])
def test_a_post_typed_before_a_name_that_the_entry_gives_otherwise_is_declined(answerer, typed):
    assert_declines(answerer, typed)


@pytest.mark.parametrize("typed, fact", [
    ("socitm head of research andy hopkirk seed money", "seed money"),
    ("socitm president geoff connell dec 2016 summit", "Connell"),
])
def test_a_post_typed_before_a_name_that_the_entry_bears_out_is_answered(answerer, typed, fact):
    assert_answers(answerer, typed, fact)


@pytest.mark.parametrize("typed, fact", [
    ("socitm former name", "Society of IT Management"),
    ("what was socitm's old name back in 2016?", "Society of IT Management"),
    ("local public services cio council - previous name", "Local Public Services CIO Council"),
])
def test_a_former_name_typed_as_old_or_previous_name_is_answered_by_the_entry_that_gives_it(answerer, typed, fact):
    assert_answers(answerer, typed, fact)


def test_an_old_name_the_entry_does_not_give_is_declined(answerer):
    assert_declines(answerer, "ncsc old name")


@pytest.mark.parametrize("typed, fact", [
    ("cyber support programme amount", "19.9"),
    ("national cyber strategy 2022 spending review amount?", "2.6"),
])
def test_an_amount_typed_last_asks_for_a_sum_and_is_spoken_to_by_an_entry_that_gives_one(answerer, typed, fact):
    assert_answers(answerer, typed, fact)


@pytest.mark.parametrize("typed, fact", [
    ("CE controls list", "firewalls"),
    ("CE launch date", "June 2014"),
])
def test_ce_typed_for_cyber_essentials_is_cyber_essentials_as_its_plus_is_written_ce_plus(answerer, typed, fact):
    assert_answers(answerer, typed, fact)


def test_a_programme_typed_as_its_initials_is_the_programme_an_entry_spells_out(answerer):
    # our keywords give "National Cyber Security Programme" and "NCSP" side by side: the initials are the name,
    # so the entry that spells the programme out covers them
    assert_answers(answerer, "who was the ncsp local lead at dclg in 2017", "William Barker")
    # ...and held to the year the entry gives
    assert_declines(answerer, "who was the ncsp local lead at dclg in 2019")


def test_a_spam_text_is_a_scam_text_and_7726_is_where_it_goes(answerer):
    # "spam" is the everyday word for the unwanted texts and emails the reporting routes take (7726 spells SPAM).
    assert_answers(answerer, "spam text number", "7726")
    assert_answers(answerer, "got a spam text on my work phone, where do i forward it?", "7726")
    assert_answers(answerer, "spam sms - which number?", "7726")
    assert_answers(answerer, "where do staff send spam emails?", "report@phishing.gov.uk")
    # ...and a wrong number is still not confirmed, nor a count the sources never give.
    assert_declines(answerer, "forward spam texts to 7762 - is that right?")
    assert_declines(answerer, "how many spam emails does the NCSC get a year?")


def test_a_headline_naming_the_deed_then_asking_date_after_a_dash_is_answered_with_the_date(answerer):
    # "CiSP announced - date?" asks when it was announced; the verb says which event, it claims nothing.
    assert_answers(answerer, "CiSP announced - date?", "27 March 2013")
    assert_answers(answerer, "Exercise in a Box launched - year?", "2019")
    # ...but a year after the dash is still a claim to check, and so is who the headline says did it.
    assert_declines(answerer, "CiSP announced - 2014?")
    assert_declines(answerer, "Hammond launched Exercise in a Box - date?")


def test_a_name_guessed_after_asking_who_did_it_is_met_by_the_entry_naming_them_as_the_one_who_did(answerer):
    # "RAND?" is the asker's guess at the answer, and RAND Europe "carried out" the stocktake.
    assert_answers(answerer, "LGA CS stocktake – who ran it for them? RAND?", "RAND Europe")
    # ...a guess the entry never names is still not confirmed.
    assert_declines(answerer, "LGA CS stocktake – who ran it for them? PwC?")
    assert_declines(answerer, "stocktake - who ran it? PwC?")


def test_which_department_a_body_is_in_is_answered_by_the_entry_naming_the_department_it_is_based_in(answerer):
    assert_answers(answerer, "GCCC - which dept is it in?", "Cabinet Office")
    assert_answers(answerer, "GCCC sits where?", "Cabinet Office")
    assert_answers(answerer, "where does the GCCC sit", "Cabinet Office")
    # ...and the wrong department put as a claim is declined.
    assert_declines(answerer, "GCCC sits in the Home Office?")
    assert_declines(answerer, "GCCC - which dept is it in? Home Office?")


def test_letters_after_their_are_something_of_theirs_clipped_not_another_body(answerer):
    # "their CA" is the operators' competent authority, which the entry spells out.
    assert_answers(answerer, "NIS regs – OES had to notify their CA by when?", "10 August 2018")
    # ...and a month the entry does not give is still declined.
    assert_declines(answerer, "NIS regs – OES had to notify their CA by when? Sept 2018?")


def test_the_month_or_year_named_after_which_or_what_is_the_kind_of_answer_asked(answerer):
    assert_answers(answerer, "In which month and year did the Cyber Assessment Framework for local government "
                             "formally launch?", "October 2024")
    assert_answers(answerer, "what date did the CAF for local government pilot report come out?", "15 March 2023")
    # ...a year put to it that the entry contradicts is still declined.
    assert_declines(answerer, "In which month and year did the CAF for local government launch? Oct 2023?")
    # A month not named by a question word levels every dated entry: "month and year" after a blank is no kind
    # asked, and the NCSC's opening is not the entry that happens to write "year" ("ACD - The Second Year").
    # ...a tracker's label left blank names it: "month: ?".
    assert_answers(answerer, "CYBERUK 2019 | city: ? | month: ?", "Glasgow", "April 2019")
    for typed in ("The NCSC opened in ____ (month and year)", "ncsc start month/yr"):
        answer = answerer.answer(typed, record_gap=False)
        assert answer.answered and "October 2016" in answer.text and "Active Cyber Defence" not in answer.text, answer.text


def test_a_count_asked_after_a_headline_counts_what_the_headline_named(answerer):
    # "stocktake councils - how many took part?" counts councils, as "how many councils took part" does.
    assert_answers(answerer, "stocktake councils - how many took part?", "353")
    assert_declines(answerer, "stocktake councils - how many took part? 400?")


def test_initials_typed_for_the_words_of_an_entrys_title_name_that_entry(answerer):
    # "SAT" is the self-assessment tool the title "LGA cyber security self-assessment tool" names.
    assert_answers(answerer, "LGA SAT - which months are the windows each yr?", "May and November")
    # ...initials that spell out nothing of the entry are still another thing.
    assert_declines(answerer, "NCSC SAT - windows?")


def test_hmg_typed_in_capitals_is_the_government(answerer):
    assert_answers(answerer, "CE mandatory for HMG contracts from when?", "1 October 2014")
    assert_declines(answerer, "CE mandatory for HMG contracts from 2016?")
