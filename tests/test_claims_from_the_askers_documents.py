"""A claim pasted from the asker's own document, put to us to check: 'Checking a training slide: "..." Correct?'.

Officers paste a line from a slide, poster, bio or paper and ask whether it holds. What they are doing with the
document ("Checking a training slide", "Poster text for staff") says nothing the claim claims: it is neither
searched for nor held against the answer. A year in the lead-in is kept, as when the line was written, and a claim
with one wrong detail is still declined. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, fact", [
    ('Checking a training slide: "The NCSC Board Toolkit has nine modules which can be read in any order." Correct?',
     "nine"),
    ('Poster text for staff: "Forward suspicious emails to report@phishing.gov.uk". Is that the right address?',
     "report@phishing.gov.uk"),
    ("Bio line: \"Geoff Connell became Norfolk's head of IMT in August 2016, having run shared IT for Newham and "
     "Havering.\" Right?", "Havering"),
    ('Draft assurance paper for the audit committee: "The Manchester leg of the Local Cyber Security Summit took place '
     'on Tuesday 7 February 2017." OK?', "7 February 2017"),
])
def test_a_lead_in_that_names_only_the_askers_document_is_not_part_of_the_claim(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    'Checking a training slide: "The NCSC Board Toolkit has twelve modules." Correct?',
    'Poster text for staff: "Forward suspicious emails to report@phishing.gov.uk, run by the FBI". Is that right?',
    'Bio line: "Geoff Connell became Norfolk\'s head of IMT in August 2019." Right?',
])
def test_a_claim_from_a_document_with_one_wrong_detail_is_still_declined(answerer, question):
    assert_declines(answerer, question)


def test_imt_is_read_as_the_council_it_function_the_sources_spell_out(answerer):
    assert_answers(answerer, "when did geoff connell become head of imt at norfolk", "August 2016")


@pytest.mark.parametrize("question", [
    "Was Web Check launched by the NCSC in 2019?",
    "Draft para for the cabinet paper: 'Web Check was launched by the NCSC in 2019.' Is that right?",
])
def test_a_year_the_sources_give_to_something_else_is_not_when_a_thing_began(answerer, question):
    # 2019 is when Ciaran Martin told the PAC how Web Check was used, not when it started
    assert_declines(answerer, question, "2019", "doesn't say it began then")


@pytest.mark.parametrize("question, fact", [
    ("Was the GCSS published in 2022?", "25 January 2022"),
    ("roughly how much has the Cyber Support programme given councils since it started in 2020?", "19.9"),
])
def test_a_year_given_to_a_launch_in_other_words_or_to_a_run_since_then_still_dates_it(answerer, question, fact):
    assert_answers(answerer, question, fact)
