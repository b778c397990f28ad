"""A senior officer's long, formal, polite question is answered as the question it is.

Chief officers, committee chairs and section 151 officers write to the bot as they write a letter:
courtesy first ("I'd be grateful for ...", "I don't suppose you'd recall ..."), what the answer is for
("for a procurement paper"), who they are and what they half remember, and the question last. None of
that is what they ask about. A near miss with one wrong detail is still declined. These run the real
knowledge base through the real search and answerability check.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


def test_a_director_grateful_for_a_list_for_a_procurement_paper_gets_the_five_controls(answerer):
    # "procurement" says what the paper is for, not what is asked: the entry on Cyber Essentials in
    # procurement used to be taken for the question's topic.
    assert_answers(answerer, "I'd be grateful for a list of the five Cyber Essentials controls, for a "
                             "procurement paper.", "firewalls")


def test_a_director_who_remembers_seven_controls_is_told_the_sources_say_five(answerer):
    assert_declines(answerer, "I'd be grateful for a list of the seven Cyber Essentials controls, for a "
                              "procurement paper.", "7")


def test_i_dont_suppose_you_would_recall_asks_what_follows(answerer):
    assert_answers(answerer, "I don't suppose you'd recall who officially opened the NCSC?", "Queen")


def test_an_audit_chair_writing_a_letter_hears_what_active_cyber_defence_is_for(answerer):
    # "Dear cyberbot" is a salutation, and "what is it for?" points back to the sentence that names ACD,
    # past the chair's description of the committee.
    assert_answers(answerer, "Dear cyberbot, I chair a district council's audit committee, none of whose members could "
                             "be described as technical, myself included. I need to explain the NCSC's Active Cyber "
                             "Defence programme to them at our next meeting. In plain terms, what is it for?",
                   "Active Cyber Defence")


def test_a_finance_officer_explaining_protective_dns_for_the_audit_committee_hears_what_it_does(answerer):
    # "for the audit committee" is who the answer is for, not a body the entry must name.
    assert_answers(answerer, "Plainly, for the audit committee: what does Protective DNS do?", "malicious")


def test_what_the_audit_committee_said_about_protective_dns_is_still_declined(answerer):
    assert_declines(answerer, "what did the audit committee say about Protective DNS", "Audit Committee")


def test_a_parish_chair_briefing_on_mail_check_hears_what_it_does(answerer):
    assert_answers(answerer, "Dear cyberbot, I chair a parish council's finance committee, and none of us is technical. "
                             "I have to brief them on the NCSC's Mail Check service next month. Briefly, what does it do?",
                   "DMARC")


def test_the_same_letter_about_another_countrys_programme_is_still_declined(answerer):
    assert_declines(answerer, "Dear cyberbot, I chair a district council's audit committee. I need to explain the "
                              "Australian Active Cyber Defence programme to them at our next meeting. In plain terms, "
                              "what is it for?")


def test_an_officer_who_heard_logging_made_easy_moved_to_an_american_agency_hears_which(answerer):
    # The entry says "the US agency CISA": "the US" is America, as "American" asks.
    assert_answers(answerer, "Logging Made Easy: I understood it to be an NCSC product, but someone told me it has "
                             "moved to an American agency. Which one?", "CISA")


def test_a_german_agency_for_logging_made_easy_is_still_declined(answerer):
    assert_declines(answerer, "Logging Made Easy: I understood it to be an NCSC product, but someone told me it has "
                              "moved to a German agency. Which one?", "German")


def test_her_majesty_is_the_queen_who_opened_the_ncsc(answerer):
    assert_answers(answerer, "Could you remind me on what date Her late Majesty formally opened the NCSC?",
                   "14 February 2017")


def test_what_an_audit_member_grants_before_but_is_not_what_they_ask(answerer):
    # "It is not that I doubt ... 2016, but ...": the 2016 launch is granted; the later opening is asked.
    assert_answers(answerer, "Good afternoon. I sit on our audit committee. It is not that I doubt the date of the "
                             "NCSC's launch in the autumn of 2016, but I'm told there was a later, more formal opening "
                             "by the Queen. Could you confirm the date of that?", "14 February 2017")
    assert_answers(answerer, "It's not as though I'm unaware that the national money was never meant for us, but did "
                             "Socitm's then President expect much of the £1.9bn to be spent on local public sector needs?",
                   "central government")


def test_a_wrong_name_after_the_concession_is_still_declined(answerer):
    assert_declines(answerer, "It is not that I doubt the NCSC opened for business in 2016, but did Prince Charles "
                              "formally open it?", "Charles")


def test_the_event_in_the_autumn_of_2016_with_a_vague_recollection_after_it_is_named(answerer):
    # "autumn" is met by "1 November 2016", and "I have a faint memory of ..." is the asker's, not asked.
    assert_answers(answerer, "The event in the autumn of 2016 at which the Chancellor launched the national strategy: "
                             "what was it called? I have a faint memory of it being a technology firm's event.",
                   "Future Decoded")


@pytest.mark.parametrize("when", ["the summer of 2016", "the autumn of 2017"])
def test_the_launch_event_in_the_wrong_season_or_year_is_declined(answerer, when):
    assert_declines(answerer, f"That event in {when} at which the Chancellor launched the national strategy: "
                              "I don't suppose you'd recall what it was called?")


def test_what_the_section_151_officer_asked_is_the_question(answerer):
    # "has asked me, not unreasonably, how ...": the reported question is what is asked, and "them" in
    # the last sentence points to the figures of the sentence before, not back into who asked.
    assert_answers(answerer, "Our section 151 officer has asked me, not unreasonably, how the £1.9bn was broken down. "
                             "I recall figures being reported at a summit in December 2016. Could you set them out?",
                   "December 2016")


def test_a_chief_executive_asking_which_body_runs_web_check_is_answered_and_another_countrys_is_not(answerer):
    assert_answers(answerer, "Our chief executive has asked me, quite reasonably, which body runs Web Check.", "NCSC")
    assert_declines(answerer, "Our chief executive has asked me, quite reasonably, which Australian body runs Web Check.")


def test_a_councillor_recalling_the_briefing_pack_hears_which_chancellor_launched_the_strategy(answerer):
    # "I recall from the briefing pack that", "of the day" and "could the officer confirm" frame the question:
    # their "briefing", "day" and "officer" are not what is asked.
    assert_answers(answerer, "Chair, through you, I recall from the briefing pack that the National Cyber Security "
                             "Strategy was launched by the Chancellor of the day in late 2016. Could the officer confirm "
                             "which Chancellor it was and the precise date?", "Philip Hammond", "1 November 2016")


@pytest.mark.parametrize("question", [
    "Chair, through you, I recall from the committee papers that the national cyber security strategy was launched by "
    "the Home Secretary of the day in 2016. Could the officer confirm which Home Secretary it was?",
    "Chair, through you, I recall from the briefing pack that the National Cyber Security Strategy was launched by the "
    "Chancellor of the day in 2017. Could the officer confirm which Chancellor it was?",
])
def test_the_same_recollection_with_the_wrong_office_or_year_is_declined(answerer, question):
    assert_declines(answerer, question)


def test_a_director_who_calls_the_2016_strategy_a_plan_hears_how_it_compared_with_2011(answerer, kb):
    # A plan named by its year is the strategy; an incident response plan is still a plan.
    assert_answers(answerer, "I have it in my notes that the 2016 plan was considerably better funded than its "
                             "predecessor. Could you tell me how it compared with the first national strategy that ran "
                             "from 2011?", "doubled")
    assert "strategy" not in kb.lexicon.expand("what should be in our incident response plan?")


def test_a_2016_plan_that_tripled_the_money_is_not_confirmed(answerer):
    assert_declines(answerer, "is it right the 2016 plan nearly tripled the money of the first strategy from 2011?")


def test_an_officer_back_after_some_years_hears_the_2016_strategys_vision(answerer):
    # Where they have been and that they are catching up is the asker's; the strategy is what "its" points to.
    assert_answers(answerer, "Having been out of the sector for some years, I'm trying to reacquaint myself with the "
                             "2016 strategy. What was its stated vision for where the UK would be by 2021?",
                   "secure and resilient")
    assert_declines(answerer, "Having been away for some years, I am trying to refresh my memory of the 2016 strategy. "
                              "What was its vision for 2030?", "2030")


def test_support_outside_office_hours_is_the_lgas_on_call_support(answerer):
    assert_answers(answerer, "Does the LGA offer any support outside office hours if we have an incident?", "365 days")
    assert_answers(answerer, "Can we get support from the LGA outside working hours during an incident?", "on-call")


def test_an_officer_citing_their_own_policy_section_and_version_is_answered_what_they_ask(answerer):
    # "(v2.1, s.4.3)", "section 2.1" and "para 3.2" number the asker's own papers: they count nothing the answer
    # must hold, so the entry is not declined for "saying nothing about 4.3".
    assert_answers(answerer, "Who launched the 2016 national cyber security strategy? I am citing it in section 2.1 "
                             "of our information governance framework.", "Hammond")
    assert_answers(answerer, "For our acceptable use policy (v2.1, s.4.3): where do staff forward suspicious texts?",
                   "7726")
    assert_answers(answerer, "Our incident plan, para 3.2, needs the address staff send phishing emails to. What is it?",
                   "report@phishing.gov.uk")


def test_a_figure_the_question_itself_claims_still_holds_beside_a_policy_section(answerer):
    # Only the numbering goes: a figure claimed in the question is still checked against the sources.
    assert_declines(answerer, "For s.4.3 of our policy: the 2016 strategy was backed by £2.9bn, correct?")


# A researcher, a supplier's pre-sales lead, a trade journalist or a secondee opens as a letter does, with a sentence
# or two on who they are: their university, employer and field (with its places) are theirs, not what they ask.
@pytest.mark.parametrize("question, fact", [
    ("I am a doctoral researcher at the University of Leeds examining cyber resilience in English local government. "
     "When was the national stocktake report published?", "November 2018"),
    ("My name is Priya Shah and I am a senior account manager at a managed security services provider based in "
     "Reading. Who launched the Government Cyber Security Strategy 2022-2030?", "Government Cyber Security Strategy"),
    ("I write for a trade title covering public-sector IT in Scotland. When was the Suspicious Email Reporting "
     "Service launched?", "April 2020"),
    ("I'm a civil servant on secondment from DLUHC to a district council's digital team. What does the NCSC's Web "
     "Check service do?", "vulnerabilities"),
    ("Good afternoon. I lecture in information security at Cardiff University and am preparing a seminar on "
     "public-sector cyber policy. Who launched the NCSC's Exercise in a Box tool?", "Lidington"),
    ("By way of introduction, I am a postgraduate student at a university in the Midlands. My thesis examines the "
     "NCSC's work with councils. What does Protective DNS do?", "malicious"),
    ("As a PhD candidate at King's College London, I am examining central-local relations in cyber policy. Who "
     "launched the NCSC's Exercise in a Box tool?", "Lidington"),
    ("I head up public-sector partnerships at a cyber security consultancy in Bristol. When was the Suspicious Email "
     "Reporting Service launched?", "April 2020"),
])
def test_a_researcher_or_supplier_introducing_themselves_first_is_answered_what_they_ask(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    # the question names the place itself, or asks of "we", whom the introduction names
    "I am a researcher at the University of Leeds. How much cyber funding did Leeds City Council receive in 2019?",
    "I work for Cardiff Council. How much did we get from the LGA's post-stocktake funding?",
    "I am a researcher at a university in Scotland. Can Scottish councils use the LGA's cyber 360 peer review?",
    "As a PhD candidate at the University of Bristol, I am examining council cyber funding. How much did Bristol City "
    "Council get from the LGA in 2019?",
])
def test_what_the_sources_do_not_hold_is_still_declined_after_an_introduction(answerer, question):
    assert_declines(answerer, question)


# A careful writer numbers what they ask: "(1) ..., and (2) ...", "1) ... 2) ...", "1. ... 2. ...". The markers count
# nothing the answer must hold.
@pytest.mark.parametrize("question, facts", [
    ("(1) Who launched Exercise in a Box, and (2) at which event?", ("Lidington", "CYBERUK 2019")),
    ("1) What does Protective DNS do? 2) Who is it for?", ("malicious",)),
    ("1. When was the Suspicious Email Reporting Service launched? 2. Which police force was it launched with?",
     ("April 2020", "City of London")),
    ("(i) When was the national stocktake report published?", ("November 2018",)),
    ("Three points, if I may. Firstly, who was the first chief executive of the NCSC?", ("Ciaran Martin",)),
])
def test_questions_numbered_one_by_one_are_answered(answerer, question, facts):
    assert_answers(answerer, question, *facts)


# ...and a tracker's row numbers the blanks it leaves, each where it starts: "pillars: 1) defend 2) ____ 3) ____".
@pytest.mark.parametrize("question, facts", [
    ("Strategy 2016-21 pillars: 1) defend 2) ____ 3) ____", ("deter", "develop")),
    ("Local Digital cyber money went through two programmes: 1) ____ 2) ____", ("Cyber Support", "Cyber Assessment")),
])
def test_the_blanks_a_tracker_numbers_in_a_row_count_nothing(answerer, question, facts):
    assert_answers(answerer, question, *facts)


def test_a_numbered_question_with_a_wrong_figure_or_year_is_still_declined(answerer):
    assert_declines(answerer, "1. The 2016 strategy was backed by £2.9bn, correct?")
    assert_declines(answerer, "(1) Who launched the 2016 national cyber security strategy in 2019?", "2019")


def test_a_regulation_paragraph_or_a_year_before_a_stop_is_not_a_list_marker():
    from bot.answers.framing import _without_references
    assert _without_references("What does regulation 11(1) require?") == "What does regulation 11(1) require?"
    assert _without_references("It started in 2018. When did it end?") == "It started in 2018. When did it end?"
    assert _without_references("Two questions: (1) who ran it, and (2) when?") == "Two questions: who ran it, and when?"


# A letter asks by a request and announces its questions ("Could you kindly advise on ...", "Would you be so kind as to
# confirm which ...", "I have two questions about the NCSC: ...", "I am seeking to ascertain the following.") and
# closes with a courtesy ("... at your earliest convenience."). Neither the request's verbs nor how many questions there
# are is what is asked.
@pytest.mark.parametrize("question, facts", [
    ("Would you be so kind as to confirm which organisation carried out the LGA's 2018 stocktake?", ("RAND Europe",)),
    ("Could you kindly advise on what date the NCSC was officially opened?", ("14 February 2017",)),
    ("I have two questions about the NCSC: when did it begin operating, and who opened it officially?",
     ("October 2016", "14 February 2017")),
    ("Two questions, please: who launched Exercise in a Box, and at which event?", ("Lidington", "CYBERUK 2019")),
    ("I am seeking to ascertain the following. How much extra did Local Digital get for council cyber security in the "
     "Autumn 2021 Budget?", ("£37.8 million",)),
    ("Who launched the NCSC's Exercise in a Box tool? I would be grateful for a response at your earliest convenience.",
     ("Lidington",)),
    ("When was the national stocktake report published? A reference to the original document would be most helpful.",
     ("November 2018",)),
])
def test_a_question_asked_as_a_letter_asks_is_answered(answerer, question, facts):
    assert_answers(answerer, question, *facts)


@pytest.mark.parametrize("question, words", [
    ("Could you kindly advise on what date the NCSC was officially opened by the Prince of Wales?", ("Wales",)),
    # a method and a council's own budget are no source's to give, however politely asked
    ("I would be grateful if you could confirm the following. What weighting did RAND give each theme when rating "
     "councils?", ()),
    ("I am seeking to ascertain the following. How much did Leeds City Council spend on cyber security in 2023?", ()),
    # a claim put to us after the announcement is still checked
    ("I have a brief question for a literature review: is it correct that RAND Europe runs the LGA's cyber "
     "self-assessment tool?", ("RAND Europe",)),
])
def test_a_letter_asking_what_the_sources_do_not_hold_is_still_declined(answerer, question, words):
    assert_declines(answerer, question, *words)


def test_questions_announced_by_a_source_of_ours_keep_their_subject(answerer):
    # "they" points back into the announcement: the LGA's ten questions are what is asked.
    assert_answers(answerer, "The LGA published ten questions for councillors: what are they?", "ten (10) questions")
    from bot.answers.framing import _without_questions_announced
    assert _without_questions_announced("I have a question regarding the LGA stocktake. Who ran it?", lambda w: True) == \
        "the LGA stocktake: Who ran it?"


# A civil servant's register: what a department said, wanted or expected frames what it said ("which department
# indicated that ..."); the paper the answer is for ("for the chronology annex", "Draft: '...' Grateful if you could
# confirm") is no part of what is asked; a post held then ("Socitm's then president") is the one person we give it;
# and a guess after the question ("... was it someone from DCMS?") is answered by the one who did it.
@pytest.mark.parametrize("question, facts", [
    ("Who stated that contracting authorities such as local government may choose to apply the Cyber Essentials "
     "requirement?", ("Cabinet Office",)),
    ("Which government department advised that councils could apply the same Cyber Essentials requirement to their "
     "suppliers?", ("Cabinet Office",)),
    ("Chronology annex - on what date was the Government Cyber Security Strategy launched?", ("25 January 2022",)),
    ("Draft for the submission: 'Every council in England responded to the stocktake.' Grateful if you could confirm, "
     "and give the number.", ("353",)),
    ("Draft line for the lines to take: 'RAND Europe carried out the 2018 stocktake, with a 100% response rate.' "
     "Grateful for confirmation.", ("100%",)),
    ("Order these for the chronology, with dates: opening of the NCSC by the Queen and launch of the NCSS 2016.",
     ("1 November 2016", "14 February 2017")),
    ("What did the then Socitm president think of the £1.9bn reaching councils?", ("little if any",)),
    ("Did Socitm's president at the time think much of the £1.9bn would reach local government?", ("little if any",)),
    ("sorry quick q - who officially opened the NCSC? was it prince charles?", ("Queen",)),
    ("who ran the stocktake for the LGA, was it deloitte?", ("RAND Europe",)),
])
def test_an_officials_briefing_question_is_answered(answerer, question, facts):
    assert_answers(answerer, question, *facts)


@pytest.mark.parametrize("question, words", [
    # what was said is still held to the entry, however it is framed
    ("Which department indicated that councils must hold Cyber Essentials Plus by 2025?", ()),
    ("By when does the NCSC expect councils to have replaced Protective DNS?", ()),
    ("Draft: 'RAND Europe ran the 2019 stocktake.' Grateful if you could confirm.", ("2019",)),
    # what someone expected is held to most of what they expected, not only to their name
    ("Did Geoff Connell expect the NCSC to close?", ()),
])
def test_an_officials_briefing_question_the_sources_do_not_bear_out_is_declined(answerer, question, words):
    assert_declines(answerer, question, *words)


def test_a_post_held_by_more_than_one_of_ours_names_nobody(answerer):
    # "the then Chancellor" could be Hammond or the Chancellor of the Duchy of Lancaster: left as typed.
    assert answerer.gate.holder_named("did the then chancellor speak at cyberuk?") == "did the then chancellor speak at cyberuk?"
    assert answerer.gate.holder_named("what did socitm's then president say?") == "what did Geoff Connell say?"
