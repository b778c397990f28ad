"""A near miss is declined with the reason, not answered about the wrong year, place or person.

These run the real knowledge base through the real search and answerability check: each
question is one a council lead might type, and the assertion is what they would see.
"""

import pytest

from bot.answers.answerability import Answerability, Constraint
from bot.answers.search import plain_dates
from bot.core.text import without_emoji_codes
from handlers.testing.asking import assert_answers, assert_declines


def kinds(gate, question):
    return {c.kind for c in gate.constraints(question)}


def test_a_year_beside_the_thing_asked_about_is_read_as_a_constraint_on_that_thing(gate):
    [year] = [c for c in gate.constraints("what did the ncsc annual review 2025 say") if c.kind == "year"]
    assert year.value.startswith("2025|") and "review" in year.value


def test_after_a_year_and_before_a_year_are_directions_not_the_year_itself(gate):
    assert Constraint("after", "2030") in gate.constraints("what's the government strategy after 2030")
    assert Constraint("before", "2016") in gate.constraints("who ran cyber for the government before 2016")


def test_after_a_span_of_years_is_after_its_end(gate):
    assert gate.constraints("was there more council cyber money after 2018/19") == [Constraint("after", "2019")]


def test_a_date_the_asker_says_has_passed_asks_about_after_it(gate, answerer):
    # Asked from after the date: what came of the services the sources say close by 31 March 2026 is not in them.
    assert Constraint("after", "2026") in gate.constraints("now that 31 March 2026 has been and gone, is Web Check still up?")
    assert Constraint("after", "2026") in gate.constraints("what happened to Mail Check after 31 March 2026?")
    assert_declines(answerer, "since the March 2026 deadline passed, what are councils using in place of Web Check?")
    # ...while when they close is still the sources' to say.
    assert_answers(answerer, "when do mail check and web check close?", "31 March 2026")
    assert not any(c.kind == "after" for c in gate.constraints("what happened to mail check in march 2026?"))


def test_a_short_year_range_names_both_years(gate):
    years = {c.value.partition("|")[0] for c in gate.constraints("funding for the strategy 2016-21") if c.kind == "year"}
    assert years == {"2016", "2021"}


@pytest.mark.parametrize("typed", ["18/19", "fy18-19", "2018/19"])
def test_a_financial_year_written_short_is_that_year_not_two_numbers(answerer, typed):
    assert_answers(answerer, f"how much did english councils get for cyber in {typed}", "1.5")


@pytest.mark.parametrize("text", ["24/7 support", "20-25 mins", "cost 12-15m", "3-4 councils", "15-20%"])
def test_numbers_that_are_not_years_stay_numbers(text):
    assert plain_dates(text) == text


def test_places_people_roles_counts_ordinals_and_opinions_are_all_read(gate):
    assert Constraint("place", "bristol") in gate.constraints("when was bristol city council hit by ransomware")
    assert "name" in kinds(gate, "what did Connell say about the money")
    assert "role" in kinds(gate, "who is the deputy chief executive of the ncsc")
    assert {"role", "present"} <= kinds(gate, "who is the ncsc's technical director now")
    [count] = [c for c in gate.constraints("how many delegates went to cyberuk") if c.kind == "count"]
    assert count.value.startswith("delegates")
    assert "first" in kinds(gate, "who was the first chair of the cio council")
    assert "next" in kinds(gate, "when is the next national cyber strategy due")
    assert "opinion" in kinds(gate, "is the ncsc any good")


def test_next_steps_is_not_a_question_about_what_comes_next(gate):
    assert "next" not in kinds(gate, "what next steps did the socitm briefing give")


def test_the_nearest_annual_review_is_offered_but_not_given_for_another_year(answerer):
    answer = answerer.answer("what did the ncsc annual review 2019 say about incidents", record_gap=False)
    assert not answer.answered
    assert "2019" in answer.text and answer.suggestions


def test_the_annual_review_for_the_year_we_hold_is_answered(answerer):
    assert_answers(answerer, "what were the incident figures in the NCSC's 2024 annual review?", "430")


def test_a_council_the_entry_never_mentions_is_declined_by_name(answerer):
    assert_declines(answerer, "when was bristol city council hit by ransomware", "Bristol")


def test_a_role_the_sources_do_not_name_anyone_for_is_declined(answerer):
    answer = answerer.answer("who was head of IT at Hackney during the 2020 ransomware attack", record_gap=False)
    assert not answer.answered


def test_who_came_before_a_person_is_not_answered_with_that_person(answerer):
    answer = answerer.answer("who was norfolk county council's head of IT before geoff connell", record_gap=False)
    assert not answer.answered


def test_who_holds_a_role_now_is_not_answered_from_an_old_source(answerer):
    answer = answerer.answer("who is the ncsc's technical director now", record_gap=False)
    assert not answer.answered


@pytest.mark.parametrize("question", ["Who currently chairs the Socitm Local CIO Council?",
                                      "who chairs the local cio council these days"])
def test_who_holds_a_post_now_asked_by_its_verb_is_not_answered_from_an_old_source(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and "can't say who it is now" in answer.text, answer.text
    assert "Dylan Roberts" in answer.text    # the dated entry is offered, not given as the answer


def test_who_held_a_post_asked_by_its_verb_without_now_is_answered_with_its_date(answerer):
    assert_answers(answerer, "who chairs the local cio council", "Dylan Roberts")


def test_who_holds_a_post_now_as_a_dated_source_gives_it_is_answered_from_that_source(answerer):
    assert_answers(answerer, "who is the chair of the local cio council these days, going by the 2018 article?",
                   "Dylan Roberts")


def test_a_body_named_with_a_possessive_is_shown_as_the_body_is_written(answerer):
    answer = answerer.answer("who leads the lga's cyber work", record_gap=False)
    assert "Lga'S" not in answer.text and "LGA's" in answer.text, answer.text


def test_who_leads_the_ncsc_since_2024_is_answered(answerer):
    assert_answers(answerer, "who's been chief exec of the ncsc since october 2024", "Richard Horne")


def test_a_count_the_entry_has_no_number_for_is_declined(answerer):
    answer = answerer.answer("how many speakers were at cyberuk 2019", record_gap=False)
    assert not answer.answered


def test_an_opinion_is_declined_with_a_reason(answerer):
    assert_declines(answerer, "was hammond right to spend £1.9bn on cyber", "view")


@pytest.mark.parametrize("question", ["whose fault was the redcar ransomware attack really",
                                      "who was the better ncsc chief executive, horne or cameron",
                                      "do you reckon web check is worth bothering with",
                                      "was the 2016 strategy a mistake",
                                      "how good is web check compared with commercial scanners",
                                      "was £1.9bn too much to spend on cyber",
                                      # a verdict on how it went
                                      "was the 2016 strategy a failure for local gov tbh",
                                      "honestly has cyber 360 been a success for councils?",
                                      "was the stocktake a flop"])
def test_asking_who_is_to_blame_or_which_was_better_gets_no_verdict_from_the_bot(answerer, question):
    assert_declines(answerer, question, "view")


def test_an_organisation_the_question_names_must_be_named_by_the_answer_however_common(answerer):
    assert_declines(answerer, "does the lga run action fraud's 24/7 line", "LGA")


@pytest.mark.parametrize("question, said", [
    ("who spoke at cyberuk 2017", "who spoke"),
    ("what did rand europe charge for the stocktake", "charged"),
    ("lga cyber 360 contact number?", "contact number"),
    # Liverpool is where, not the venue's name: only a phrasing ("cyberuk 2017 location") says "location".
    ("cyberuk 2017 - venue name?", "venue name"),
    ("what was the venue of cyberuk 2017 in liverpool", "venue"),
    ("which venue in newport hosted cyberuk 2022", "venue"),
])
def test_an_entry_on_the_right_thing_that_lacks_the_detail_asked_for_declines_naming_it(answerer, question, said):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and said in answer.text


@pytest.mark.parametrize("question, said", [("when did william barker join dclg", "when William Barker joined"),
                                            # her entry says when she started and who came next, not when she left
                                            ("when did lindy cameron leave the ncsc", "when Lindy Cameron left")])
def test_when_someone_did_something_the_entry_never_mentions_is_declined_naming_it(answerer, question, said):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and said in answer.text


def test_when_something_happened_is_answered_by_the_entry_that_says_it_happened(answerer):
    assert_answers(answerer, "when did the queen officially open the ncsc", "14 February 2017")


def test_asking_which_year_of_an_entry_that_gives_only_a_day_and_month_is_declined(answerer):
    assert_declines(answerer, "what year did the local cio council discuss the three-year funding bid", "doesn't give the year")


def test_someones_view_on_a_subject_their_entry_never_mentions_is_not_their_view_on_it(gate, kb):
    entry = kb.by_id["lcioc-welcomed-2016-strategy"]
    assert gate.check("what was the local cio council's view on the 2016 strategy", entry).ok
    verdict = gate.check("what was the local cio council's view on the NIS regulations", entry)
    assert not verdict.ok and "nothing about NIS Regulations" in verdict.reason


def test_the_decline_names_the_subject_as_the_user_wrote_it(answerer):
    answer = answerer.answer("what did Philip Hammond say about the NIS regs when he launched the strategy",
                             record_gap=False)
    assert not answer.answered and "nothing about NIS regs" in answer.text


def test_what_someone_said_about_a_subject_the_entry_never_mentions_is_declined(answerer):
    answer = answerer.answer("what did philip hammond say about ransomware when he launched the strategy",
                             record_gap=False)
    assert not answer.answered and "ransomware" in answer.text


@pytest.mark.parametrize("question, expected", [("what was the venue of cyberuk 2018", "Manchester Convention Centre"),
                                                ("what was the venue of cyberuk 2022", "Newport"),
                                                # "must" is how, not what was done
                                                ("who must report incidents under the nis regulations", "Operators"),
                                                # a kind of thing is answered by naming one
                                                ("what's the organisation behind the early warning service", "NCSC"),
                                                ("what's the deadline for having alternatives to web check",
                                                 "31 March 2026"),
                                                ("who launched the government cyber security strategy", "launched by")])
def test_a_detail_the_entry_does_give_is_still_answered(answerer, question, expected):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and expected in answer.text


@pytest.mark.parametrize("question, said", [
    # the entry lists councils and years, never who attacked them
    ("which ransomware gang hit gloucester city council in 2021", "doesn't name the ransomware gang"),
    # it counts Cyber 360s without saying which council had one
    ("which council had the twentieth cyber 360", "doesn't name the council"),
    ("which local authority got the twentieth cyber 360", "doesn't name the local authority"),
])
def test_asking_which_company_gang_or_council_is_declined_when_the_entry_names_none(answerer, question, said):
    assert_declines(answerer, question, said)


def test_which_company_did_something_is_declined_when_the_entry_never_says_it_was_done(gate, kb):
    # Web Check's entry names the NCSC and Mimecast, but says nothing of who built it.
    verdict = gate.check("which firm built web check", kb.by_id["web-check"])
    assert not verdict.ok and "which firm built it" in verdict.reason
    verdict = gate.check("which mhclg minister signed off the 2018 council cyber money", kb.by_id["lg-funding-2018-19"])
    assert not verdict.ok and "which MHCLG minister signed it off" in verdict.reason


def test_which_minister_or_mp_wants_someone_the_entry_gives_that_post(gate, kb):
    # Ciaran Martin told the Public Accounts Committee; he was never an MP
    verdict = gate.check("which mp chaired the public accounts committee", kb.by_id["web-check-local-government-results"])
    assert not verdict.ok and "doesn't name the" in verdict.reason
    assert gate.check("which minister launched exercise in a box", kb.by_id["exercise-in-a-box-launch"]).ok


def test_asking_what_addresses_wants_an_address_not_a_description(gate, kb):
    verdict = gate.check("what ip addresses does protective dns use", kb.by_id["protective-dns"])
    assert not verdict.ok and "doesn't give the IP addresses" in verdict.reason


@pytest.mark.parametrize("question, expected", [
    # names the companies without calling them companies
    ("which company runs protective dns", "Cloudflare"),
    ("which supplier built protective dns", "Nominet"),
    ("which city council was hit by a cyber attack in 2021", "Gloucester"),
    ("which minister launched exercise in a box", "David Lidington"),
    # a CIO council is a body, named as one
    ("which cio council helped organise the 2018 cyber money", "CIO Council"),
    ("which intelligence agency is the ncsc part of", "GCHQ"),
    # the council in "council services" is not what is asked for
    ("what kinds of council services was the 37.8m meant to protect", "37.8"),
])
def test_which_kind_of_thing_is_answered_by_an_entry_naming_one(answerer, question, expected):
    assert_answers(answerer, question, expected)


@pytest.mark.parametrize("question, said", [
    # the entry says where the conference was, not who spoke
    ("who gave the keynote speech at socitm's 2017 annual conference", "who gave the keynote speech"),
    # "venue for ...?" asks what "what's the venue for ...?" does; Manchester is already given
    ("venue for the manchester cyber summit in february 2017?", "doesn't give the venue"),
    # the entries on PDNS name the NCSC, which the question names, and no one who audits it (who runs it is
    # the entry on who built and runs it)
    ("who audits the ncsc's dns blocking service", "who audits"),
    # the reply reads as English: the entry's title is what "it" was done to
    ("who designed the cyber 360 programme", "doesn't say who designed it"),
])
def test_who_did_it_or_a_detail_asked_in_few_words_is_declined_when_the_entry_lacks_it(answerer, question, said):
    assert_declines(answerer, question, said)


def test_a_preamble_before_the_question_is_not_a_detail_asked_for(gate):
    # "venue for ...?" asks for a venue; "question for the bot: what is cisp" asks what CiSP is
    assert "detail" in kinds(gate, "venue for the manchester cyber summit in february 2017?")
    assert "detail" not in kinds(gate, "question for the bot: what is cisp")


def test_who_ran_it_wants_the_entry_that_names_who_ran_it_not_when_it_ran(gate, kb):
    question = "who ran the 2018 stocktake for the lga"
    assert not gate.check(question, kb.by_id["stocktake-dates"]).ok      # "the LGA stocktake was run over summer 2018"
    assert gate.check(question, kb.by_id["stocktake-what"]).ok           # "RAND Europe ran it for the LGA"


@pytest.mark.parametrize("question, expected", [
    # launched "by the NCSC with the City of London Police": the police launched it with the NCSC
    ("who launched the suspicious email reporting service with the ncsc", "City of London Police"),
    ("who built the public sector protective dns", "Nominet"),
    # the entry is about the person asked for
    ("who chaired the LGA improvement and innovation board in 2018", "Paul Bettison"),
    # whose they are: "The NCSC's 10 Steps ... were first published in 2012"
    ("who published the 10 steps", "NCSC"),
    # the question names the LGA as part of the tool's name; the entry says the LGA built it
    ("who built the lga self assessment tool", "the LGA built"),
])
def test_who_did_it_is_answered_by_an_entry_naming_who_did_it(answerer, question, expected):
    assert_answers(answerer, question, expected)


@pytest.mark.parametrize("question, said", [
    # the summit's entry says "The sources do not give the exact day or venue"
    ("where was the local government cyber summit in december 2016", ("exact day", "venue")),
    # the split entry gives the £1.3bn and says no further breakdown of it is given
    ("what's the breakdown of the 1.3bn", ("breakdown of the £1.3bn",)),
])
def test_asking_what_an_entry_says_its_sources_do_not_give_is_declined_in_its_words(answerer, question, said):
    assert_declines(answerer, question, *said)


@pytest.mark.parametrize("question, expected", [
    # CYBERUK 2018's entry lacks only its dates
    ("where was cyberuk 2018", "Manchester Convention Centre"),
    # "the summit where Connell asked" names the summit, it does not ask where it was
    ("when was the summit where geoff connell raised questions about the money", "December 2016"),
    ("how was the 1.9bn split", "£600 million"),
])
def test_what_an_entry_does_give_is_answered_beside_what_it_says_it_lacks(answerer, question, expected):
    assert_answers(answerer, question, expected)


@pytest.mark.parametrize("question, said", [
    # the £2.6bn entry says nothing of councils' share
    ("from the 2.6bn in the spending review, how much went to councils", "nothing about councils"),
])
def test_a_count_or_sum_of_a_part_the_entry_never_mentions_is_declined(answerer, question, said):
    assert_declines(answerer, question, said)


def test_a_count_is_of_the_part_the_entry_gives_it_for(gate, kb, answerer):
    # Web Check's count is local government's
    entry = kb.by_id["web-check-local-government-results"]
    verdict = gate.check("how many vulns did web check find across central government departments", entry)
    assert not verdict.ok and "central government departments" in verdict.reason
    assert_answers(answerer, "how many vulnerabilities did web check help fix in local government", "4,000")


def test_most_councils_or_a_year_beside_councils_is_no_number_of_councils(gate, kb):
    # "Most councils were rated amber" in the 2018 stocktake gives no count of councils rated anything.
    verdict = gate.check("how many councils were rated amber", kb.by_id["stocktake-ratings"])
    assert not verdict.ok and "number of councils" in verdict.reason


def test_how_many_of_the_39_outcomes_is_not_answered_by_the_39_itself(answerer):
    assert_declines(answerer, "how many of the 39 outcomes does a council have to achieve", "39 outcomes in all, but not how many of them")


def test_the_thing_something_was_done_to_is_not_the_deed_asked_about(gate):
    assert "deed" not in kinds(gate, "what did the lga spend the money on")
    assert Constraint("deed", "contribute|what ADASS contributed") in gate.constraints(
        "what did ADASS contribute to the stakeholder group")


def test_how_many_quid_asks_how_much_not_how_many(gate):
    assert "count" not in kinds(gate, "how many quid did the gcss give councils")


def test_a_year_beside_the_head_of_a_compound_is_beside_the_compound(answerer):
    # The entry puts 2016 beside "ransomware"; the question puts it beside "ransom".
    assert_answers(answerer, "did lincolnshire pay the ransom in 2016", "did not pay")
    assert_declines(answerer, "did lincolnshire pay the ransom in 2020")


def test_a_briefing_asked_for_a_year_it_was_not_given_is_declined_not_answered_from_a_passing_mention(answerer):
    # Geoff Connell's entry names "the January 2017 cyber briefing; by May 2018 he ...": the year after
    # the semicolon starts another clause, about him, so it does not date the briefing.
    for question in ("socitm briefing 2018?", "when was the socitm briefing in 2018?"):
        assert_declines(answerer, question, "not 2018")
    assert_answers(answerer, "what did the socitm briefing in 2017 say", "ownership")


def test_a_number_that_labels_one_of_a_series_is_no_figure_to_hold_to(gate):
    # "year 1 and year 2" name years of a programme; "the 4 steps" counts steps.
    assert "figure" not in kinds(gate, "in that funding bid, what was year 1 and year 2 meant to do?")
    assert "figure" not in kinds(gate, "what happened in phase 2 of the lga programme")
    assert "figure" in kinds(gate, "what are the 4 steps in the ncsc logging guidance")


def test_first_before_a_verb_asks_when_a_thing_began_not_for_the_first_of_a_series(gate, answerer):
    assert "first" not in kinds(gate, "when did dylan roberts first join leeds council")
    assert_answers(answerer, "when did dylan roberts first join leeds council", "2003")
    assert "first" in kinds(gate, "who was the first chief executive of the ncsc")
    assert "first" in kinds(gate, "when was the first cyberuk")


def test_two_years_offered_as_alternatives_are_met_by_either(gate, answerer):
    question = "when was the 1.9bn first announced? i've seen 2015 and 2016 quoted, which is it"
    assert "year-either" in kinds(gate, question)
    assert_answers(answerer, question, "2015")
    assert_declines(answerer, "was cyberuk 2017 held in 2012 or 2013?")
    # Two years asked together, not as a choice, are both held to.
    assert "year-either" not in kinds(gate, "how much did councils get in 2018 and 2019")


def test_what_came_after_a_thing_is_answered_by_what_followed_it_not_the_thing_itself(gate, answerer):
    assert ("after-thing", "stocktake") in {(c.kind, c.value) for c in gate.constraints("what came after the stocktake?")}
    assert_answers(answerer, "what came after the stocktake at the LGA - what tool did they build?", "self-assessment")
    stocktake = answerer.kb.by_id["stocktake-what"]
    assert not gate.check("what happened after the stocktake", stocktake).ok


def test_who_leads_a_body_wants_someone_the_entry_gives_a_post_there(answerer):
    # William Barker headed a DCLG programme; he never led the NCSC.
    assert_declines(answerer, "who leads the NCSC now", "NCSC")
    assert_answers(answerer, "who heads the ncsc", "Richard Horne")
    assert_answers(answerer, "who is in charge of the lga cyber programme", "Siobhan Coughlan")


def test_who_heads_or_runs_a_body_is_not_answered_with_the_head_of_one_of_its_parts(answerer):
    # Owen Pritchard is the LGA's Head of Cyber, Digital and Technology, Andy Hopkirk was Socitm's Head of Research,
    # Siobhan Coughlan the LGA's cyber programme manager, Dylan Roberts Leeds City Council's CDIO: none heads the body.
    assert_declines(answerer, "who is the head of the lga", "LGA")
    assert_declines(answerer, "quick q - who's the boss of the LGA these days?")
    assert_declines(answerer, "who runs the lga")
    assert_declines(answerer, "who heads leeds city council")
    assert_declines(answerer, "who runs leeds city council?")
    assert_declines(answerer, "who's the head of norfolk county council")
    assert_declines(answerer, "who leads socitm")
    answer = answerer.answer("who heads socitm", record_gap=False)
    assert "Hopkirk" not in answer.text
    # ...a body's own top post still answers, and so does the head of a part asked as such
    assert_answers(answerer, "who is the chief executive of the ncsc", "Richard Horne")
    assert_answers(answerer, "who runs the ncsc", "Richard Horne")
    assert_answers(answerer, "who runs the local cio council", "Dylan Roberts")
    assert_answers(answerer, "who is the head of research at socitm", "Hopkirk")
    assert_answers(answerer, "who's the head of cyber at the lga", "Pritchard")
    assert_answers(answerer, "who runs the LGA's cyber programme", "Siobhan Coughlan")
    # ...and a service a company runs is not held to a person ("who runs pdns": Cloudflare and Accenture)
    assert_answers(answerer, "who runs pdns", "Cloudflare")


def test_who_took_charge_of_a_body_is_who_became_its_head(answerer):
    # "took charge of" is became head of, as "in charge of" is head of: a post taken, not a cost.
    assert_answers(answerer, "Richard Horne took charge of the NCSC in October 2024 - where did he come from?", "PwC")
    assert_answers(answerer, "who took charge of the ncsc in 2020?", "Lindy Cameron")
    # ...and the date still has to be the one the entry gives that person.
    assert_declines(answerer, "richard horne took charge of the ncsc in 2020 didn't he", "2020")
    assert_declines(answerer, "who took charge of the ncsc in 2012?", "2012")


def test_a_known_gap_about_one_share_does_not_stand_for_another(answerer):
    # The gap is about spend on councils; the NCSC's share is known.
    assert_answers(answerer, "how much of the 1.9bn went to the ncsc", "600")
    assert_declines(answerer, "how much of the 1.9bn went directly to councils", "no figure")


def test_a_name_only_a_sources_title_mentions_is_not_one_the_entry_speaks_of(gate, kb):
    # Ciaran Martin's entry cites "Lindy Cameron to lead National Cyber Security Centre"; it says
    # nothing of her itself.
    martin = kb.by_id["person-ciaran-martin"]
    assert any("Lindy Cameron" in s.title for s in martin.sources)
    assert not gate.check("when did lindy cameron leave the ncsc", martin).ok


def test_whether_something_is_open_now_is_not_answered_from_an_old_source(answerer):
    assert_declines(answerer, "is the lga self assessment window open right now", "how things stand now")
    # A source recent enough still answers.
    assert_answers(answerer, "is web check still running now", "Web Check")


def test_a_month_dates_its_year_so_the_words_around_it_need_not(answerer):
    assert_answers(answerer, "can we say web check is being retired in march 2026", "31 March 2026")
    assert_declines(answerer, "was web check retired in march 2025", "not 2025")
    # What it is being replaced with is another question, which the sources do not answer.
    assert_declines(answerer, "so web check's goin in march 2026 – what's the ncsc replacing it with?")


def test_a_count_is_of_the_thing_before_where_it_is(gate, answerer):
    # "in the bored toolkit" says where the modules are: "bored" (typed for "board") is no deed done to them.
    [count] = [c for c in gate.constraints("how many modules in the bored toolkit") if c.kind == "count"]
    assert count.value == "modules"
    assert_answers(answerer, "how many modules in the bored toolkit", "nine")


def test_another_country_is_declined(answerer):
    assert not answerer.answer("how much did the french cyber strategy invest", record_gap=False).answered


def test_the_decline_names_what_we_do_hold_and_offers_it_as_a_suggestion_only(answerer, kb):
    answer = answerer.answer("how many delegates went to cyberuk 2022", record_gap=False)
    assert not answer.answered and answer.sources == []
    assert "2022" in answer.text and any("CYBERUK" in e.title for e in answer.suggestions)


def test_an_honest_gap_wins_a_near_tie_it_matches_better(answerer):
    assert_declines(answerer, "which councils got quick win cyber funding", "don't say")


def test_an_honest_gap_about_who_does_not_win_a_tie_on_where_or_when(answerer):
    # The gap says the sources don't name the Socitm president at the May 2018 conference; where and when it was held
    # they do say.
    assert_answers(answerer, "where was socitms presidents conf in may 2018", "Glasgow")
    assert_declines(answerer, "who was socitm president at the may 2018 conference", "don't say")


def test_every_entry_is_checked_without_error(kb):
    gate = Answerability(kb)
    for entry in kb.entries:
        gate.check(entry.title, entry)


def test_a_two_part_question_is_answered_from_two_entries(answerer):
    answer = answerer.answer("who opened the NCSC officially and what does web check do", record_gap=False)
    assert answer.answered and answer.also
    assert {answer.entry.id, answer.also[0].id} >= {"ncsc-official-opening"}
    assert "Queen" in answer.text and "Web Check" in answer.text


def test_a_second_part_that_says_it_asks_about_what_the_first_part_named(answerer):
    answer = answerer.answer("what does the 10 steps guidance centre on, and when was it first published?",
                             record_gap=False)
    assert answer.answered and "risk management regime" in answer.text and "2012" in answer.text


def test_a_second_part_about_it_is_not_answered_when_what_it_is_could_not_be_told(answerer):
    # The first part names nothing we hold, so "it" in the second could be anything: no money figure
    # for some other strategy is given as though it were the answer.
    answer = answerer.answer("need the 3 Xs from the blue book AND how much money was behind it", record_gap=False)
    assert not answer.answered


def test_a_two_part_question_says_which_part_is_not_known(answerer):
    answer = answerer.answer("what is web check and what is the capital of peru", record_gap=False)
    assert answer.answered and answer.entry.id == "web-check"
    assert answer.unanswered_part == "what is the capital of peru"
    assert "don't know the other part" in answer.text


def test_the_reporting_route_is_not_given_for_another_country(answerer):
    answer = answerer.answer("what's the number to report a cyber attack in new zealand", record_gap=False)
    assert not answer.answered


def test_a_month_and_year_must_both_match_however_the_month_is_written(gate, answerer):
    assert Constraint("month", "february 2017") in gate.constraints("what happened on 7 feb 2017")
    assert not [c for c in gate.constraints("our marketing 2020 plan") if c.kind == "month"]
    assert answerer.answer("when was the local government cyber summit in december 2017", record_gap=False).answered is False


def test_a_count_of_things_done_needs_the_doing_in_the_entry(answerer):
    assert not answerer.answer("how many councils received grants from the stocktake follow-up money",
                               record_gap=False).answered
    assert not answerer.answer("how many councils were infected by wannacry", record_gap=False).answered
    assert_answers(answerer, "how many trusts were affected by wannacry")
    assert_answers(answerer, "how many vulnerabilites has web check helped councils fix?", "4,000")


def test_who_holds_a_role_the_entry_names_nobody_for_is_declined_even_for_a_clear_winner(answerer):
    # Web Check leads every other entry by far, but the question wants a person in a role.
    answer = answerer.answer("who is the NCSC's Web Check coordinator", record_gap=False)
    assert not answer.answered
    assert answer.text.startswith("My sources don't name who that is")


def test_a_year_met_by_a_sibling_event_is_declined_when_the_question_names_the_other_one(answerer):
    # The 2017 conference we hold is the annual one; the president's conference we hold is 2018's.
    answer = answerer.answer("which venue hosted socitm's 2017 president's conference", record_gap=False)
    assert not answer.answered
    assert "President's Conference 2018" in answer.text and "not 2017" in answer.text


def test_a_deadline_is_found_by_its_year_when_asked_about_as_a_deadline(answerer):
    assert_answers(answerer, "what must we do by the march 2026 deadline", "Mail Check")


@pytest.mark.parametrize("question", [
    "under the GCSS, what is due by 2025 and what by 2030?",
    "government cyber security strategy: what's due by 2025, and what's due by 2030?",
    "which gcss goal is due by 2030",
])
def test_a_year_asked_as_when_something_is_due_is_met_by_the_entry_that_sets_it_as_a_target(answerer, question):
    # "hardened to cyber attack by 2025", "resilient ... no later than 2030": the entry never says "due",
    # but it sets each year as a deadline, which is what "due by" asks.
    assert_answers(answerer, question, "2025", "2030")


@pytest.mark.parametrize("question", [
    "GCSS targets - what's due by 2027 and what's due by 2035?",   # years the strategy sets nothing for
    "what's due by 2025 under the ncss",                             # the 2016 strategy has no 2025 deadline
])
def test_a_year_due_that_no_entry_sets_as_a_deadline_is_still_declined(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


def test_a_rate_per_council_is_not_a_count_of_councils(gate, answerer, kb):
    # "completed by one nominated person per council": one person each, no number of councils.
    entry = kb.by_id["lga-self-assessment-contents"]
    constraints = gate.constraints("how many councils filled in the lga self-assessment")
    assert not gate.check("", entry, constraints).ok


@pytest.mark.parametrize("question, who", [
    ("who came after lindy cameron as ncsc ceo", "Richard Horne"),   # "earlier chief executives were ... Cameron"
    ("who replaced ciaran martin at the ncsc", "Lindy Cameron"),
])
def test_who_came_after_someone_is_the_one_the_sources_put_after_them(answerer, question, who):
    # "Lindy Cameron succeeded him" names who came before Cameron, never who came after her.
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and answer.text.startswith(who)


@pytest.mark.parametrize("question, answered", [
    ("who replaced Richard Horne at the NCSC", False),      # his entry names who came before him
    ("who was ciaran martin's successor", True),
    ("who did lindy cameron replace", True),
    ("who came before richard horne", True),
])
def test_who_came_after_or_before_someone_needs_the_entry_to_name_that_side_of_them(answerer, question, answered):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered == answered, answer.text
    if not answered:
        assert "who came after Richard Horne" in answer.text


def test_a_number_the_entry_never_gives_is_a_near_miss_however_it_is_written(answerer, gate):
    assert {"figure"} <= kinds(gate, "were there four pillars")
    answer = answerer.answer("what were the four pillars of the 2016 strategy", record_gap=False)
    assert not answer.answered and "nothing about 4" in answer.text
    assert_answers(answerer, "what are the 3 pillars of the 2016 strategy")


def test_a_day_of_the_month_is_part_of_a_date_not_a_figure(gate):
    assert "figure" not in kinds(gate, "what happened on 14 february 2017")
    assert "figure" not in kinds(gate, "what's due by march 31st")


def test_a_name_english_hardly_knows_and_our_sources_never_use_is_a_near_miss(answerer):
    answer = answerer.answer("how many nhs trusts did notpetya affect", record_gap=False)
    assert not answer.answered and "nothing about Notpetya" in answer.text
    assert_answers(answerer, "how many nhs trusts did wannacry affect")


def test_an_entry_for_another_year_is_no_rival_to_the_one_for_the_year_asked(answerer):
    # The 2017 entry ranks level with 2019's; it fails the year, so it neither ties nor rivals.
    assert_answers(answerer, "how many delegates went to cyberuk 2019", "2,500")


def test_an_organisation_a_few_entries_name_must_be_named_by_the_one_that_answers(answerer):
    assert_declines(answerer, "who came before Ciaran Martin as head of GCHQ", "nothing about GCHQ")


@pytest.mark.parametrize("question", ["cyberuk 2017 was in manchester wasn't it", "did cyberuk 2019 happen in liverpool",
                                      "gloucester city council cyber attack 2020?"])
def test_a_place_and_a_year_asked_together_must_go_together_in_the_entry(answerer, question):
    # The entries name each place and each year, but not that place in that year.
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered, answer.text


def test_a_place_with_its_own_year_is_answered(answerer):
    assert_answers(answerer, "gloucester city council cyber attack 2021?")
    assert_answers(answerer, "cyberuk 2018 manchester?")


def test_who_took_over_from_whom_must_be_the_way_round_the_entry_says(answerer):
    wrong_way = answerer.answer("when did lindy cameron take over from richard horne?", record_gap=False)
    assert not wrong_way.answered and "took over from Richard Horne" in wrong_way.text
    assert_answers(answerer, "when did lindy cameron take over from ciaran martin")


def test_a_rough_slip_for_one_of_our_words_is_not_taken_for_a_name(answerer):
    assert answerer.index.near_ours("exersize") and not answerer.index.near_ours("notpetya")
    # A longer word holding one of ours is another name: "enisa" is not a slip for "nis".
    assert not answerer.index.near_ours("enisa") and not answerer.index.near_ours("techuk")


def test_another_organisation_in_place_of_ours_is_not_answered_with_ours(answerer):
    for question in ("who officially opened the enisa and when", "when does the cosla self assessment open"):
        answer = answerer.answer(question, record_gap=False)
        assert not answer.answered, (question, answer.text)


def test_a_person_nobody_in_the_sources_names_is_not_given_someone_elses_launch(answerer):
    # "Tony" and "Blair" are everyday English words, but two unknown words in a row are a name.
    wrong_person = answerer.answer("did tony blair open the national cyber security centre", record_gap=False)
    assert not wrong_person.answered, wrong_person.text
    assert_answers(answerer, "did philip hammond launch the 2016 cyber strategy")


def test_the_us_in_capitals_is_a_country_not_us(answerer):
    assert_declines(answerer, "how much is the US spending on its national cyber strategy", "USA")
    assert Constraint("place", "usa") not in answerer.gate.constraints("can you tell us about web check")


def test_an_edition_number_on_a_name_is_not_corrected_away(answerer):
    # "nis3" is not a slip for "NIS": it is an edition the sources do not have.
    assert answerer.index.term_for("nis3") is None
    assert not answerer.answer("when did NIS3 come into force", record_gap=False).answered


def test_who_the_chancellor_is_now_is_not_answered_from_a_2016_launch(answerer):
    assert not answerer.answer("who's the chancellor at the moment", record_gap=False).answered


def test_an_organisation_the_sources_name_elsewhere_must_be_named_by_the_entry_that_answers(answerer):
    assert_declines(answerer, "has the nhs signed up to web check", "NHS")


def test_a_country_said_once_holds_for_both_parts_of_a_two_part_question(answerer):
    answer = answerer.answer("who opened the ncsc, and when was that in canada", record_gap=False)
    assert not answer.answered, answer.text


def test_a_place_asked_about_is_held_to_the_thing_asked_not_to_whatever_names_the_place(answerer):
    # Web Check's take-up and Lindy Cameron's career name Northern Ireland; what was asked about
    # is Mail Check and the NCSC's opening, which do not: the reply says so and offers them.
    mail = answerer.answer("mail check for councils in northern ireland", record_gap=False)
    assert not mail.answered and "Northern Ireland" in mail.text and "Mail Check" in mail.text
    opening = answerer.answer("when did the ncsc open in northern ireland", record_gap=False)
    assert not opening.answered and "Queen opened" in opening.text


def test_a_place_that_is_the_whole_topic_is_still_answered(answerer):
    assert_answers(answerer, "what happened in hackney")
    assert_answers(answerer, "tell me about leeds")


def test_a_name_written_with_a_capital_that_no_source_uses_is_held_to(answerer):
    # "Jones" is everyday English to a word list, but written so, mid-sentence, it is a person.
    answer = answerer.answer("why does cyber matter more than ever for councils according to Jones", record_gap=False)
    assert not answer.answered and "Jones" in answer.text
    assert answerer.answer("why does cyber matter more than ever for councils according to Connell",
                           record_gap=False).answered


def test_a_year_is_read_beside_the_words_of_its_own_sentence(gate):
    [year] = [c for c in gate.constraints("how much was behind it? the 2016 national cyber strategy i mean")
              if c.kind == "year"]
    assert "behind" not in year.value and "strategi" in year.value


def test_a_year_after_all_our_sources_holds_for_both_parts_of_a_two_part_question(answerer):
    answer = answerer.answer("who opened the ncsc and when was that in 2031", record_gap=False)
    assert not answer.answered, answer.text


def test_a_day_of_the_month_the_entry_does_not_give_is_not_confirmed(answerer):
    wrong_day = answerer.answer("was the ncss launched on 3 november 2016", record_gap=False)
    assert not wrong_day.answered and "3 November" in wrong_day.text
    assert_answers(answerer, "was the 2016 strategy launched on november 1st")


def test_an_ordinal_day_is_a_date_not_the_word_first(answerer):
    assert_answers(answerer, "when is the 31st march 2026 deadline")
    assert "first" not in answerer.index.query_terms("launched on the 1st of november")[0]


def test_run_together_and_clipped_chat_words_are_read_not_taken_for_names(answerer):
    terms, unknown = answerer.index.query_terms("any cyberattacks on councils innit, 90 mins?")
    assert "attack" in terms and not unknown


def test_is_someone_the_head_of_a_body_needs_that_person_role_and_body_together(answerer):
    wrong_body = answerer.answer("was owen pritchard the head of the ncsc", record_gap=False)
    assert not wrong_body.answered and "Pritchard" in wrong_body.text
    assert_answers(answerer, "is richard horne the head of the ncsc")
    assert_answers(answerer, "was geoff connell president of socitm")


def test_the_bodys_role_written_with_a_possessive_is_held_to_the_same_way(answerer):
    answer = answerer.answer("is owen pritchard the ncsc's head", record_gap=False)
    assert not answer.answered and "Pritchard" in answer.text
    assert_answers(answerer, "was lindy cameron chief executive of the ncsc")
    assert_answers(answerer, "is ian levy the ncsc's technical director")


def test_before_the_thing_the_entry_already_calls_earlier_is_not_answered(answerer):
    # Connell ran IT at Newham "previously": what came before Newham the sources do not say.
    earlier = answerer.answer("where did geoff connell work before havering", record_gap=False)
    assert not earlier.answered and "before Havering" in earlier.text
    assert_answers(answerer, "where did connell work before norfolk")


def test_ireland_is_not_northern_ireland(answerer):
    assert_declines(answerer, "who heads ireland's ncsc", "Ireland")


@pytest.mark.parametrize("typed", ["@cyberbot NCSC part of which agency", "<@U0ABC123> NCSC part of which agency"])
def test_addressing_the_bot_by_name_is_not_part_of_the_question(answerer, typed):
    assert_answers(answerer, typed, "GCHQ")


def test_a_person_the_sources_never_name_is_not_swallowed_as_a_typing_slip(answerer):
    # "theresa" is one letter from "there's", but it is a real name: the question is about her.
    answer = answerer.answer("what did Theresa May say when the NCSC opened?", record_gap=False)
    assert not answer.answered


@pytest.mark.parametrize("question", ["ncsc incident management team - which two teams combined",
                                      "the acd measures for the public sector: pdns, dmarc and what were the other two?",
                                      "the pillars of the 2016 strategy were defend and... two other d words?",
                                      "pdns and dmarc are two of the acd measures, what are the two remaining ones?"])
def test_a_number_that_asks_to_name_things_is_not_a_figure_the_answer_must_hold(gate, question):
    assert not [c for c in gate.constraints(question) if c.kind == "figure"]


def test_a_number_that_counts_a_thing_is_still_checked(gate):
    assert Constraint("figure", "4") in gate.constraints("what were the four pillars of the 2016 strategy")
    assert Constraint("figure", "6") in gate.constraints("how many pillars does the 2022 strategy have - six?")


def test_the_plural_of_a_letter_is_not_a_name(answerer):
    assert_answers(answerer, "what are the three Ds of the 2016 strategy", "deter")


def test_chat_words_next_to_each_other_are_not_a_name(answerer):
    answer = answerer.answer("following on from yesterday's thread, how was the 1.9bn split between the ncsc and the rest?",
                             record_gap=False)
    assert answer.answered and "600" in answer.text


def test_a_name_the_sources_never_use_still_blocks_an_answer(answerer):
    assert not answerer.answer("what did jeremy fleming say about the 2016 strategy", record_gap=False).answered


def test_a_place_the_sources_contradict_is_declined_naming_the_place_they_give(answerer):
    answer = answerer.answer("was the socitm president's conference 2018 in cardiff", record_gap=False)
    assert not answer.answered
    assert "Glasgow, not Cardiff" in answer.text


@pytest.mark.parametrize("question", [
    "was cyberuk 2019 held in scotland",
    "CYBERUK 2018 - that was in England wasn't it?",
    "the socitm president's conference in 2018, was that one up in Scotland?",
    "did the local cio council meet in scotland in may 2018",
    "was exercise in a box launched in scotland",
])
def test_a_welsh_or_scottish_lead_asking_by_nation_is_answered_by_the_city_the_entry_names(answerer, question):
    # The entries say Glasgow, Manchester: the lexicon's `within` puts each in its nation.
    assert_answers(answerer, question)


@pytest.mark.parametrize("question, fact", [
    ("I am from Romania and new at the council, what does Web Check do?", "scans"),
    ("my colleague from Spain asked me who runs the NCSC", "Richard Horne"),
    ("New starter here (originally from Italy) - when did the NCSC open?", "14 February 2017"),
    ("As I remember the NCSC sits under GCHQ, not MI5 - my new colleague from Portugal asked me", "GCHQ"),
])
def test_where_the_asker_or_a_colleague_comes_from_abroad_is_not_what_the_answer_must_name(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_a_lead_from_a_uk_nation_keeps_it_as_where_their_council_may_be(answerer):
    # "I'm from Wales, does it apply to us?": the nation may be the asker's council's, so it stays asked.
    assert Constraint("place", "wales") in answerer.gate.constraints("I'm from Wales, does the CAF for local government apply to us?")
    assert Constraint("place", "australia") in answerer.gate.constraints("is there a cyber strategy from australia")


@pytest.mark.parametrize("question, fact", [
    ("Is Early Warning available to Scottish councils?", "organisations in the UK"),
    ("does mail check cover councils in wales", "UK public sector"),
    ("Our authority is in Scotland, does the NCSC Early Warning service apply to us?", "in the UK"),
    ("Can councils in Northern Ireland sign up for Mail Check?", "UK public sector"),
])
def test_a_devolved_council_asking_if_it_may_use_a_uk_wide_service_is_told_what_the_service_is_for(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "We are a council in Northern Ireland. Which department funds our cyber improvement?",
    "I'm at a Welsh council, who funds our cyber support?",
    "as a council in wales, which department gives us cyber funding?",
])
def test_a_council_that_says_its_nation_first_is_not_told_what_is_englands_as_if_it_were_its_own(answerer, question):
    # The department and programme the knowledge base names fund councils in England: an introduction that
    # places the asker's council in another nation is part of what "our" asks.
    assert not answerer.answer(question, record_gap=False).answered


@pytest.mark.parametrize("question, fact", [
    # two entries tell it, one as "organisations in the UK", one as "UK organisations", near level in search
    ("we're a scottish council - can we use early warning?", "UK"),
    ("We are a council in Northern Ireland. Can we use Early Warning?", "UK"),
    ("Which department funds cyber improvement for councils?", "DLUHC"),      # no nation said: as before
])
def test_a_council_that_says_its_nation_first_is_told_what_is_open_across_the_uk(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "how many scottish councils use early warning",               # a count of them, not who may use it
    "Does the CAF for local government apply to councils in Wales?",   # written for councils in England
])
def test_what_the_uk_wide_entry_does_not_say_of_a_nation_is_still_declined(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


@pytest.mark.parametrize("question", [
    "what did the stocktake say about scottish councils",
    "did councils in Scotland take part in the 2018 stocktake",
    "Connell's Glasgow appeal - was it aimed at the Scottish local authorities too?",
])
def test_councils_of_a_nation_are_not_met_by_a_city_there_that_the_entry_names_for_another_reason(answerer, question):
    # Connell spoke in Glasgow, to councils in England: the city is where, not whose councils.
    assert not answerer.answer(question, record_gap=False).answered


def test_a_welsh_council_asking_about_councils_in_wales_is_answered_by_an_entry_naming_wales(answerer):
    assert_answers(answerer, "We're a council in Wales - did local authorities in Wales sign up to Web Check?", "Wales")


@pytest.mark.parametrize("question, given", [
    ("was cyberuk 2019 held in wales", "Wales"),
    ("cyberuk 2018 was in scotland, right?", "Manchester, not Scotland"),
    ("Was the Socitm annual conference 2017 held in Wales?", "Leicester, not Wales"),
    # the list of editions puts 2019, not 2018, in Glasgow
    ("was cyberuk 2018 in glasgow?", "Manchester, not Glasgow"),
])
def test_a_nation_or_city_the_entry_contradicts_is_still_declined(answerer, question, given):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and given in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "are councils in northern ireland on web check as well, or only GB ones?",
    "did welsh councils sign up to web check or was it just GB?",
])
def test_gb_offered_as_the_other_choice_is_great_britain_not_a_name_the_answer_must_hold(answerer, question):
    # "...or is it just GB?": the asker offers Great Britain against the nation asked about; "GB" is no
    # unheard-of name (like "NotPetya") that an entry must spell out to answer.
    assert_answers(answerer, question, "Northern Ireland")


@pytest.mark.parametrize("question, given", [
    ("have irish councils signed up to web check too or is it just GB?", "Irish"),
    ("did the 2018 £1.5m go to scottish councils or was it just GB?", "Scottish"),
])
def test_a_nation_the_entry_does_not_cover_is_still_declined_with_gb_offered_beside_it(answerer, question, given):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and given in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "That £1.5m in 18/19 - all UK councils or England only?",
    "was the 2018/19 cyber money just for England?",
    "did councils in england get the £1.5m in 2018/19",
    "1.5m 2018-19: England only or GB wide??",
])
def test_a_lead_asking_whether_money_was_for_england_is_answered_by_an_entry_about_english_councils(answerer, question):
    # The entry says "English councils": the nation's adjective names it, as "Scottish" names Scotland.
    assert_answers(answerer, question, "English")


@pytest.mark.parametrize("question", [
    "did councils in wales get the £1.5m in 2018/19?",
    "was the 2018/19 £1.5m for Welsh councils too?",
])
def test_a_nation_other_than_the_one_an_entry_names_by_its_adjective_is_still_declined(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


def test_a_second_part_that_points_back_to_an_unanswered_first_part_is_not_answered_about_something_else(answerer):
    # "it" is the 2016 strategy: the 2022 strategy's money is not what was asked.
    answer = answerer.answer("what was the nickname of the 2016 strategy and how much money was behind it",
                             record_gap=False)
    assert not answer.answered and "nickname" in answer.text


def test_a_close_match_about_something_else_is_no_rival_to_the_answer(answerer):
    # "Cyber Essentials mandatory for government suppliers" names "mandatory" but not PDNS: the
    # question is about PDNS, so that entry's miss is no reason to decline.
    assert_answers(answerer, "is pdns mandatory for councils or just central govt", "central government")


def test_what_a_body_said_needs_an_entry_that_names_that_body(answerer):
    answer = answerer.answer("what did the county councils network say about the stocktake results", record_gap=False)
    assert not answer.answered and "county councils network" in answer.text.lower()   # "County Councils Network"
    assert_answers(answerer, "what did geoff connell say about the stocktake")


def test_what_someone_said_of_a_named_thing_needs_an_entry_that_names_them_too(answerer):
    # The Board Toolkit is a name the question holds to; who said something of it must be held to as well,
    # though the person is given by surname alone: the toolkit's entry quotes neither Hammond nor Hancock.
    assert_declines(answerer, "what did hammond say about the board toolkit", "Hammond")
    assert_declines(answerer, "what did hancock say about the Board Toolkit?", "Hancock")
    assert_answers(answerer, "what did ciaran martin say about web check", "Public Accounts Committee")
    assert_answers(answerer, "what did hammond say about the 2016 strategy", "Hammond")


def test_how_much_each_council_got_needs_a_sum_for_each_not_the_whole_pot(answerer):
    assert_declines(answerer, "how much did each council get from the £1.5m in 2018/19", "how much each council got")
    assert_answers(answerer, "how much did each of the six future councils get", "750,000")


def test_a_split_between_things_the_entry_never_names_is_not_its_split(gate, kb):
    entry = kb.by_id["ncss-2016-funding-split"]
    assert gate.check("how was the £1.9bn split", entry).ok
    verdict = gate.check("how was the £1.3bn split between departments", entry)
    assert not verdict.ok and "departments" in verdict.reason


def test_how_a_sum_was_split_is_answered_only_by_its_parts_beside_it_not_by_the_sum_alone(answerer, gate, kb):
    # The entry gives the £37.8m and says two programmes delivered it, and a £19.9m in another sentence: no split.
    assert_declines(answerer, "How was the £37.8m split between Cyber Support and Cyber Assessment?",
                    "split between Cyber Support and Cyber Assessment")
    assert_declines(answerer, "how was the 2.6bn from the spending review split, how much to the NCSC", "how that was split")
    assert_declines(answerer, "what was the spending review 2.6bn split into?", "how that was split")
    # The £1.3bn is itself a part of the £1.9bn its sentence splits, not split there.
    assert not gate.check("how was the £1.3bn strategy delivery money split up?", kb.by_id["ncss-2016-funding-split"]).ok
    assert_answers(answerer, "how was the £1.9bn split?", "£600")
    assert_answers(answerer, "breakdown of the 1.9bn pls - how much for the NCSC vs strategy delivery?", "£600")
    assert_answers(answerer, "What was the breakdown of the 1.9 billion between the NCSC and everything else?", "£600")
    assert_answers(answerer, "how were the Future Councils funds shared out?", "750,000 each")


def test_what_someone_was_paid_is_a_sum_told_beside_them(answerer, gate, kb):
    # Who built PDNS, and who ran the stocktake, is told; what they were paid is not.
    assert_declines(answerer, "what did the Cabinet Office pay Nominet to build PDNS?")
    assert_declines(answerer, "What did the LGA pay RAND for running the stocktake?")
    # The programme's entry names RAND and gives the £1m the LGA allocated councils, in another sentence.
    verdict = gate.check("what did the LGA pay RAND for the stocktake", kb.by_id["lga-cyber-programme-overview"])
    assert not verdict.ok and "what was paid to RAND" in verdict.reason
    assert_answers(answerer, "what were councils paid under the future councils pilot?", "750,000")
    assert_answers(answerer, "what do councils pay for protective DNS?", "free")


def test_a_cap_asked_is_a_sum_given_as_a_cap_or_for_each_not_a_total(answerer, gate, kb):
    assert_declines(answerer, "What did Siobhan Coughlan say the quick win grants would be capped at?")
    assert_declines(answerer, "what's the maximum a council could get from the quick win fund?")
    verdict = gate.check("what's the maximum grant a council could get from cyber support", kb.by_id["cyber-support-programme"])
    assert not verdict.ok and "cap" in verdict.reason      # its £19.9m is what the programme gave in all
    assert_answers(answerer, "what's the maximum a council could get from the Future Councils pilot?", "up to £750,000")


def test_a_running_total_asked_of_now_is_not_settled_by_an_older_figure_short_of_the_guess(answerer):
    assert_declines(answerer, "how many Cyber 360s has the LGA done in total now, over 50?", "over 50")
    assert_declines(answerer, "how many Cyber 360s have been done so far, more than 30?")
    assert_answers(answerer, "how many users does CiSP have now, over 10,000?", "17,000")
    assert_answers(answerer, "how many Cyber 360s had the LGA done by April 2023?", "twentieth")


def test_how_many_have_now_done_a_thing_is_a_count_of_that_deed(answerer):
    # The CAF entries count the ten pilot councils, none that met or passed it.
    assert_declines(answerer, "How many councils have now met the CAF for local government standard?", "councils met")
    assert_declines(answerer, "How many councils have already passed the CAF for local government?")
    assert_answers(answerer, "how many councils piloted the CAF for local government?", "10")


def test_an_everyday_word_beside_a_year_does_not_tie_the_year_to_it(gate):
    constraint = next(c for c in gate.constraints("what quick win projects could councils bid for back in 2018")
                      if c.kind == "year")
    assert "back" not in constraint.value


@pytest.mark.parametrize("question, answered", [
    ("did lindy cameron open the ncsc", False),          # the Queen did; Cameron's entry says nothing of it
    ("did philip hammond launch the 2016 strategy", True),
])
def test_a_yes_no_about_what_someone_did_needs_an_entry_that_says_they_did_it(answerer, question, answered):
    assert answerer.answer(question, record_gap=False).answered == answered


def test_the_full_thing_in_a_second_part_points_back_like_it(answerer):
    # "...and when did the full thing launch?" asks about the CAF, not the pilot: the pilot's
    # entry alone is not stated as the whole answer.
    answer = answerer.answer("CAF for local government pilot - how many councils, and when did the full thing launch?",
                             record_gap=False)
    assert not answer.answered or "October 2024" in answer.text


@pytest.mark.parametrize("question", ["what's Andy Hopkirk up to these days? still at socitm?",
                                      "is siobhan coughlan still at the lga now"])
def test_what_someone_is_doing_now_is_not_answered_from_an_old_source(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and "doing now" in answer.text
    assert_answers(answerer, "who is andy hopkirk")


def test_whether_a_target_is_realistic_is_an_opinion(answerer):
    assert_declines(answerer, "is the 2030 government cyber security strategy target realistic", "view")


@pytest.mark.parametrize("question", ["rank the ncsc free tools by how useful they'd be for a council like ours",
                                      "which of the ACD services is most useful for a small district council?"])
def test_an_order_of_merit_for_our_tools_is_a_view_no_source_gives(answerer, question):
    assert_declines(answerer, question, "view")


@pytest.mark.parametrize("question", ["Paxton or Salto, which is more secure for the depot door access?",
                                      "is protective dns safer than running our own resolvers"])
def test_which_product_or_setup_is_the_safer_is_a_view_no_source_gives(answerer, question):
    assert_declines(answerer, question, "view")


def test_the_free_tools_themselves_are_still_listed(answerer):
    assert_answers(answerer, "what are the ncsc's free tools for councils?", "Web Check", "Protective DNS")


@pytest.mark.parametrize("question", ["honestly was 1.9bn enough", "is the £1.5m really enough?",
                                      "was the 2016 strategy effective?", "was the £1.5m adequate?",
                                      "should councils bother with cyber essentials plus"])
def test_asking_whether_the_money_was_enough_gets_no_view_from_the_bot(answerer, question):
    assert_declines(answerer, question, "view")


def test_asking_whether_socitm_thought_the_money_was_enough_gets_their_view(answerer):
    assert_answers(answerer, "did socitm think the £1.9bn was big enough given the scope of cyber work needed?",
                   "seed money")


def test_a_yes_no_about_what_someone_did_holds_the_entry_to_what_they_did_it_to(answerer):
    # Francis Maude announced CiSP; that entry says nothing about Cyber Essentials.
    answer = answerer.answer("did francis maude launch cyber essentials?", record_gap=False)
    assert not answer.answered and "nothing about Cyber Essentials" in answer.text
    assert_answers(answerer, "did francis maude announce cisp")


def test_exactly_how_many_wants_a_number_not_half_or_all(answerer):
    assert_declines(answerer, "exactly how many councils are CiSP members", "exact number of councils")
    assert_answers(answerer, "exactly how many councils took part in the stocktake", "353")


def test_how_much_of_a_sum_went_to_something_needs_an_entry_that_names_it(answerer):
    assert_declines(answerer, "how much of the govt cyber strategy money went to voter registration systems",
                    "voter registration systems")


def test_a_figure_typed_against_its_unit_is_the_figure(answerer):
    terms, unknown = answerer.index.query_terms("do we have 72hrs to report a breach to the ICO?")
    assert "hour" in terms and "72hrs" not in unknown
    assert_declines(answerer, "do we have 72hrs to report a breach to the ICO?", "72")


def test_a_council_named_for_part_of_a_county_is_not_the_county_council(answerer):
    assert_declines(answerer, "did north lincs pay the ransom?", "North Lincolnshire")
    assert_answers(answerer, "did lincs pay the ransom?", "did not pay")


def test_ni_is_northern_ireland(answerer):
    assert_answers(answerer, "did all the councils in NI sign up to web check?", "Northern Ireland")
    assert_answers(answerer, "howdo, how many councils signed up to web check?", "Web Check")


def test_what_money_was_given_or_spent_wants_a_sum_not_the_story(answerer):
    # The WannaCry entry tells what happened to the NHS, with no sum of money in it.
    assert_declines(answerer, "what did the NHS spend cleaning up after wannacry?")
    assert_declines(answerer, "what cyber money did NHS England give trusts after wannacry?")
    assert_answers(answerer, "what money did the LGA give councils after the stocktake", "£1 million")


# -- chat around a question names nothing the answer must hold to ---------------------------------
def test_a_name_said_only_in_the_chat_after_the_question_is_not_held_to(answerer):
    assert_answers(answerer, "which councils were hit by ransomware in 2020? it's for the risk register narrative",
                   "Hackney")
    assert_answers(answerer, "when was the £1.9bn first announced? I reckon it was in one of Osborne's speeches",
                   "Autumn Statement")
    assert_answers(answerer, "morning all, essay incoming... what were the three pillars of the 2016 strategy?",
                   "deter")


def test_a_name_in_the_clause_that_asks_is_still_held_to_however_chatty_the_message(answerer):
    assert_declines(answerer, "quick one for the risk register narrative – which councils did NotPetya hit?",
                    "NotPetya")
    assert_declines(answerer, "did Osborne first announce the £1.9bn?", "Osborne")
    # A lead-in that says nothing of the asker is what the question is about, not chat.
    assert_declines(answerer, "NotPetya - which councils got hit?", "NotPetya")
    assert_declines(answerer, "saw something about NotPetya on the news - which councils got hit?", "NotPetya")
    # ...and so is a clause after it that says which thing was meant.
    assert_declines(answerer, "which councils got hit? NotPetya I mean", "NotPetya")
    assert_declines(answerer, "which councils got hit? talking about NotPetya", "NotPetya")
    assert not answerer.answer("when was it officially opened? ENISA that is", record_gap=False).answered
    assert not answerer.answer("ENISA – when was the official opening?", record_gap=False).answered


def test_a_claim_checked_with_is_that_right_is_part_of_what_is_asked(answerer):
    # "is that right?" asks about the clause before it: Deloitte is held to, and RAND Europe ran it.
    assert_declines(answerer, "think Deloitte ran the council cyber stocktake for the LGA, is that right?", "Deloitte")
    # ...and "can u list em?" asks for what the clause before names: Connell's reasons, not someone's.
    assert_answers(answerer, "so Connell gave a few reasons why cyber matters more than ever for local gov – can u list em?",
                   "Connell")


def test_a_deed_said_only_in_the_chat_is_not_asked(answerer):
    # "comms ... need to go out" is the asker's to-do, not something Mail Check must have done.
    assert_answers(answerer, "are mail check and web check being switched off? by when do we need alternatives? "
                             "comms to all depts need to go out asap", "31 March 2026")


def test_the_askers_own_people_and_groups_are_not_names_the_answer_must_hold(answerer):
    assert_answers(answerer, "our new CX wants a cyber 360 – how long does the LGA team spend with a council?",
                   "three days")
    assert_answers(answerer, "our s151 officer wants to know if the four free ACD measures need extra budget")
    assert_answers(answerer, "how many users has cisp got? gonna guilt the last few in our WARP into joining", "17,000")


def test_a_slack_emoji_is_not_a_word_of_the_question(answerer):
    assert_answers(answerer, "which councils were hit by ransomware in 2020 for the narrative :grimacing:", "Hackney")
    assert_answers(answerer, "which councils were hit by ransomware in 2020 :thumbsup::skin-tone-2:", "Hackney")
    assert without_emoji_codes("summit at 10:30:00 :coffee: ratio 1:2:3") == "summit at 10:30:00 ratio 1:2:3"


def test_a_plural_acronym_is_a_kind_of_people_not_a_name(answerer):
    assert_answers(answerer, "who told MPs about web check's results?", "Ciaran Martin")
    assert_declines(answerer, "did BT build protective dns")


@pytest.mark.parametrize("question", [
    "what % of ncsc incidents hit the public sector between sept 2020 and aug 2021?",
    "share of ncsc incidents hitting pub sector sep 20-aug 21",
])
def test_a_period_given_in_months_and_years_short_or_long_is_answered_by_the_entry_on_that_period(answerer, question):
    assert_answers(answerer, question, "September 2020 and August 2021")


def test_months_with_short_years_are_a_span_of_months_when_read_as_days_they_would_run_backwards():
    assert plain_dates("sep 20-aug 21") == "September 2020 - August 2021"
    assert plain_dates("jun 19 to may 20") == "June 2019 to May 2020"
    assert plain_dates("from 3 sep to 20 oct") == "from 3 sep to 20 oct"    # days, running forwards


def test_a_month_and_year_that_is_no_period_still_holds_what_the_question_puts_beside_the_year(answerer):
    # the entry gives the March 2026 deadline, not what the NCSC replaces Web Check with
    assert_declines(answerer, "so web check's goin in march 2026 – what's the ncsc replacing it with?")


def test_how_many_counts_the_noun_after_it_not_who_did_the_counting(gate):
    assert Constraint("count", "incidents") in gate.constraints("how many incidents did the ncsc support in total")
    assert Constraint("count", "vulnerabilities") in gate.constraints("how many vulnerabilities did web check find")


def test_a_typo_in_how_much_still_asks_how_much_each_council_got(answerer, gate):
    assert "each" in kinds(gate, "how mcuh was each coucnil givne from the 37.8m??")
    assert_declines(answerer, "how mcuh was each coucnil givne from the 37.8m??", "each")


def test_a_minister_is_one_by_a_ministerial_title_like_chancellor_of_the_duchy_of_lancaster(answerer):
    assert_answers(answerer, "which minister launched the GCSS", "Barclay")


def test_a_person_with_no_ministerial_post_is_still_no_minister(answerer):
    assert_declines(answerer, "which minister launched cyber essentials")


def test_two_everyday_words_of_english_in_a_row_are_not_taken_for_a_persons_name(answerer):
    # "headline ambition" is English ("ambition" is built as an abstract noun); "matt hancock" is a name.
    assert_answers(answerer, "2022 strat headline ambition for the UK", "cyber power")
    assert answerer._unknown_names("what did matt hancock say about the 860m", ["matt", "hancock"]) == ["hancock"]
    assert not answerer._unknown_names("2022 strat headline ambition for the UK", ["headline", "ambition"])
    # a name that happens to end like one is still held: "did jd vance", "tony clement", "terence"
    assert answerer._unknown_names("did jd vance back the cyber strategy", ["jd", "vance"]) == ["vance"]


def test_april_to_the_next_march_is_the_financial_year_the_sources_write(answerer):
    assert plain_dates("apr 19 - mar 20") == "2019/20"
    assert plain_dates("funding from april 2019 to march 2020") == "funding 2019/20"
    assert plain_dates("apr 2019 to mar 2021") == "apr 2019 to mar 2021"    # two years: no one financial year
    # the sources say what was hoped for 2019/20, not what was allocated: that is said, not a guess
    assert_declines(answerer, "how much did councils get for cyber apr 19 - mar 20", "2019/20")


def test_an_acronym_in_brackets_is_a_name_so_a_person_with_the_wrong_strategy_is_declined(answerer, gate):
    # "(GCSS)" opens a bracket in the entry; it names the strategy all the same, and Maude did not launch it.
    assert "gcss" in gate.names
    assert_declines(answerer, "francis maude gcss launch date")


def test_an_organisation_said_to_run_something_it_never_ran_is_declined_though_named_nearby(answerer):
    # The programme entry says RAND Europe ran the stocktake, not the self-assessment tool.
    assert_declines(answerer, "Is it correct that RAND Europe runs the LGA's cyber self-assessment tool?",
                    "RAND Europe runs the LGA's cyber self-assessment tool")


def test_an_organisation_said_to_have_done_what_it_did_is_still_confirmed(answerer):
    assert_answers(answerer, "RAND Europe ran the stocktake, correct?", "RAND Europe")
    assert_answers(answerer, "the LGA built the self-assessment tool, yeah?", "self-assessment tool")


def test_a_place_said_to_be_the_only_one_is_not_confirmed_when_our_entry_names_another(answerer):
    assert_declines(answerer, "ncsc HQ is only in Cheltenham, yes? just confirming it's not in London",
                    "only Cheltenham", "London")


def test_a_place_ruled_out_is_not_confirmed_when_our_entry_names_it(answerer):
    assert_declines(answerer, "the ncsc hq isn't in london, right?", "not London")


def test_a_where_question_that_rules_a_place_out_is_still_answered(answerer):
    # "not cheltenham, the london one" describes which office is meant; it claims nothing.
    assert_answers(answerer, "where is the NCSC's head office? not cheltenham, the london one", "London")
    assert_answers(answerer, "the ncsc is based in london, right?", "London")


# -- the asker's background, comparisons and feelings are asides, not the question ------------------
def test_a_newcomer_from_the_nhs_is_answered_about_the_pot_they_ask_about_not_about_the_nhs(answerer):
    assert_answers(answerer, "coming from the NHS, I keep hearing about a 1.9 billion pot from 2016 for cyber. "
                             "over how many years was that meant to be spent?", "five years")
    # "in the NHS everything gets piloted with like 3 trusts" compares: the pilot asked about had 10 councils.
    assert_answers(answerer, "so the CAF for local government, who ran the pilot and with how many councils? "
                             "in the NHS everything gets piloted with like 3 trusts", "10")


def test_a_tool_the_asker_had_at_their_last_company_is_not_one_the_answer_must_name(answerer):
    assert_answers(answerer, "is there a free tool that checks our SPF/DKIM/DMARC setup? "
                             "we had a Proofpoint dashboard at my last company", "Mail Check")
    # ...but asked about in the question itself, it is held to.
    assert not answerer.answer("at my last company we used Proofpoint. did the NCSC build Mail Check with Proofpoint?",
                               record_gap=False).answered


def test_a_forum_compared_with_one_from_financial_services_is_answered_with_ours(answerer):
    assert_answers(answerer, "is there a threat-sharing forum for us like FS-ISAC was in financial services?", "CiSP")
    # A place the question asks about is no comparison: there is nothing like it we know of in Australia.
    assert not answerer.answer("is there a threat-sharing forum like that in Australia?", record_gap=False).answered
    assert not answerer.answer("is there a threat-sharing forum for us like FS-ISAC was in financial services? "
                               "in Australia I mean", record_gap=False).answered
    # A comparison with a thing we hold is part of the question: how councils stand beside central government.
    assert_answers(answerer, "are councils required to make suppliers hold cyber essentials like central gov does?",
                   "central government")
    # ...and so is the asker's aside when it is the question: Australia's Essential Eight is not ours to compare.
    assert_declines(answerer, "how does Australia's Essential Eight compare with Cyber Essentials? we used it at my last job",
                    "Australia")


def test_a_councillor_who_shares_a_feeling_about_the_vision_is_told_the_vision(answerer):
    # "would the officer be good enough to" is a courtesy, and "I have a feeling..." the member's own view.
    assert_answers(answerer, "Would the officer be good enough to remind the committee what vision the 2016 strategy "
                             "set out for the UK by 2021? I have a feeling it was rather aspirational.",
                   "secure and resilient")
    # ...while a view asked for is still declined, whatever feeling comes with it.
    assert_declines(answerer, "was the 2016 vision realistic? I have a feeling it was rather aspirational",
                    "can't give a view")


def test_what_the_answer_is_for_said_after_the_question_sets_it_no_figure_to_hold(answerer):
    # The "ten years of CE" bulletin piece is what the date is for, not a figure the launch must give.
    assert_answers(answerer, "hiya, random one but when did cyber essentials launch? day if poss, i'm writin a "
                             "'ten years of CE' thing for the staff bulletin and want to get it right 😅", "5 June 2014")
    assert_answers(answerer, "so Connell gave a few reasons why cyber matters more than ever for local gov – can u list "
                             "em? digital delivery was one i think... need em for a board paper asap, deadline is 5pm",
                   "Connell")


def test_what_someone_else_thinks_said_after_the_question_is_not_what_is_asked(answerer):
    assert_answers(answerer, "were most councils green in the stocktake? 🟢 our leader thinks we were all fine", "amber")
    # ...while the year the question itself asks about is still held to.
    assert_declines(answerer, "did cyber essentials launch in 2016? our procurement lot reckon so", "not 2016")


def test_the_askers_own_guess_after_the_question_is_answered_not_held_to(answerer):
    # The guess is confirmed or put right by the answer; it sets nothing the answer must say.
    assert_answers(answerer, "who's in charge of the NCSC these days? I think he came from one of the big four "
                             "accountancy firms", "Richard Horne")
    assert_answers(answerer, "who opened the ncsc? I think it was the Queen in 2016", "14 February 2017")


def test_a_question_run_on_into_who_else_thinks_so_is_still_the_question(answerer):
    assert_answers(answerer, "is the ncsc a regulator our internal audit seem to think so", "no regulatory")
    assert_answers(answerer, "what was lindy camerons job before she went to ncsc, someone said northern ireland something",
                   "Northern Ireland Office")


def test_a_history_slide_for_the_askers_warp_is_no_warp_the_answer_must_name(answerer):
    # The asking clause names its own subject before "it", so it is searched without the lead-in.
    assert_answers(answerer, "Hiya, daein a wee history slide for oor WARP meeting - who was NCSC technical director "
                             "when it launched?", "Ian Levy")


def test_having_seen_different_numbers_is_why_the_asker_asks_not_a_number_to_hold(answerer):
    assert_answers(answerer, "how many councils have had help from cyber support? seen two different numbers",
                   "Cyber Support")


@pytest.mark.parametrize("question", ["how long has the ten steps guidance been around and who uses it?",
                                      "the ten steps guidance, how old is it and who actually uses it?"])
def test_how_old_a_thing_is_asks_when_it_began_so_an_entry_without_a_date_does_not_answer(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered or "2012" in answer.text, answer.text


def test_what_was_launched_at_an_event_needs_an_entry_that_says_something_was_launched_there(answerer):
    # CYBERUK 2017's entry says when, where and how big it was; only a source's headline says "establishing".
    assert_declines(answerer, "what did ncsc launch at cyberuk 2017")
    assert_answers(answerer, "what did the ncsc launch at cyberuk 2019", "Exercise in a Box")


def test_a_claim_that_puts_one_strategys_money_on_another_years_strategy_is_not_confirmed(answerer):
    # £2.6bn was the 2022 strategy's; the entry that gives it speaks of 2016 only in a question it answers.
    assert_declines(answerer, "2016 strat was £2.6bn yeah?")
    assert_answers(answerer, "the 2022 strategy had £2.6bn behind it, right?", "2.6")


def test_an_organisation_known_only_to_our_sources_is_held_to_what_it_did(answerer):
    assert_declines(answerer, "Socitm built the LGA self-assessment tool, yeah?", "Socitm built")
    # ...but a question put in a statement's word order claims nothing.
    assert_answers(answerer, "socitm found what share of councils were actually members of CiSP?")


def test_why_a_thing_was_done_is_declined_when_our_entry_never_says_it_was_done(answerer):
    # Cyber Essentials was never scrapped: the reason asked for rests on a deed our sources do not state.
    assert_declines(answerer, "why did the ncsc scrap cyber essentials?", "scrapped")


def test_what_came_in_since_a_service_was_switched_off_asks_what_replaced_it(answerer):
    assert_declines(answerer, "what has the NCSC put in place since web check was switched off", "what comes next")
    # ...while when it is being switched off is ours to say.
    assert_answers(answerer, "when is web check being switched off?", "31 March 2026")


def test_what_to_use_once_a_service_is_switched_off_asks_for_its_successor_which_we_do_not_hold(answerer):
    # The sources give the date Mail Check goes and say to have alternatives; they name none.
    assert_declines(answerer, "what does the ncsc recommend we use once mail check is switched off", "what comes next")
    # ...while when it goes, and what to have ready by then, is ours to say.
    assert_answers(answerer, "by when do we need an alternative to mail check in place?", "31 March 2026")


def test_when_did_it_start_holds_the_entry_to_a_start_not_to_any_date(answerer):
    # Web Check's entry dates only its retirement: "it" is the one who started, and "start" the deed.
    assert_declines(answerer, "the free ncsc thing that scans council websites for problems - when did it start?",
                    "when it started")
    assert_answers(answerer, "the ncsc, when did it open?", "2016")


def test_when_did_a_service_named_in_everyday_words_start_asks_its_start_not_its_end(answerer):
    # "Mail Check", "Web Check": the name is the one who started, whole; "check" is no deed, and their
    # entries date only the retirement, so the start is declined, not answered with 31 March 2026.
    assert_declines(answerer, "when did mail check start", "when Mail Check started")
    assert_declines(answerer, "when did web check begin?", "when Web Check began")
    # ...while a name of ours with a dated launch, and a word after the name, still get it.
    assert_answers(answerer, "when did cyber essentials launch", "5 June 2014")
    assert_answers(answerer, "When did the Cyber Assessment Framework for local government formally launch?", "October 2024")


def test_someone_said_to_have_done_something_to_a_thing_their_entry_never_mentions_is_declined(answerer):
    # The Queen opened the NCSC; she launched no Web Check and opened no stocktake.
    assert_declines(answerer, "did the queen launch web check?", "Web Check")
    assert_declines(answerer, "the queen opened the stocktake, right?", "queen opened the stocktake")
    assert_answers(answerer, "did the queen open the ncsc?", "14 February 2017")


def test_an_ordinal_past_the_end_of_the_list_is_declined_with_how_many_there_are(answerer):
    # Cyber Essentials has five controls: a learner asking for the sixth is told there are five.
    assert_declines(answerer, "what's the sixth control in cyber essentials", "five", "no sixth control")
    # ...while one within the list is answered with the list.
    assert_answers(answerer, "what's the fifth control in cyber essentials", "patch management")


def test_an_ordinal_the_entry_never_numbers_is_declined(answerer):
    # The stocktake's follow-up names a first phase of funding and no second.
    assert_declines(answerer, "how much was the second phase of stocktake funding", "second phase")
    assert_answers(answerer, "how much was the first phase of stocktake funding", "£1 million")


def test_someone_our_sources_never_name_put_as_the_doer_of_a_deed_is_declined(answerer):
    # Philip Hammond launched the 2016 strategy at Future Decoded; a full name written in lower case,
    # neither word one of ours, is who the question says did it.
    assert_declines(answerer, "did george osborne launch the 2016-2021 cyber strategy at future decoded", "Osborne")
    assert_answers(answerer, "did philip hammond launch the 2016-2021 cyber strategy at future decoded", "Hammond")


def test_how_to_do_something_is_declined_when_the_entry_never_speaks_of_doing_it(answerer):
    # The Future Councils entry says what the pilot offered, not how a council applies.
    assert_declines(answerer, "future councils offered a million pounds each, how do we apply", "Future Councils pilot")
    gate = answerer.gate
    pilot = next(e for e in answerer.kb.entries if e.id == "future-councils")
    assert "doesn't say how to apply" in gate.check("future councils offered a million pounds each, how do we apply", pilot).reason
    # ...while a way the entry does give is answered.
    assert_answers(answerer, "how do we report a significant cyber incident to the ncsc", "Cyber Security Incident")


def test_asking_for_the_members_of_a_counted_set_is_answered_by_the_entry_that_names_them(answerer):
    # The CAF entry says it is built on four objectives; the objectives entry names them.
    assert_answers(answerer, "what are the four objectives in the cyber assessment framework", "managing security risk")
    # ...and when chat around it quotes what the asker has so far, the entry that only counts them is not given as
    # the answer: the clause that asks is, by the entry that names all four.
    assert_answers(answerer, "right then butt, what are the four caf objectives, A to D? I've got 'managing security risk' "
                             "for A and then my brain's gone", "(D) minimising the impact")
    # ...and a list written after a count and a colon is a list ("a four-step programme: choose which logs ...").
    assert_answers(answerer, "ncsc logging guidance - what are the four steps", "choose which logs")


def test_an_entry_that_only_counts_a_set_does_not_name_its_members(gate, kb):
    caf = next(e for e in kb.entries if e.id == "caf")
    verdict = gate.check("what are the four objectives in the cyber assessment framework", caf)
    assert not verdict.ok and "doesn't name the four objectives" in verdict.reason
    # ...while what the CAF is, it says.
    assert gate.check("what is the cyber assessment framework", caf).ok


def test_what_someone_thought_is_not_answered_by_an_entry_that_only_names_them_near_the_subject(answerer, gate, kb):
    # The summit entry says Connell "raised questions" about the £1.9bn; what he thought of it reaching
    # councils is in the entry that reports what he said.
    question = "did connell think much of the 1.9bn would reach local government?"
    answer = answerer.answer(question, record_gap=False)
    assert not (answer.answered and answer.entry.id == "event-lg-cyber-summit-2016"), answer.text
    entries = {e.id: e for e in kb.entries}
    assert "doesn't say what Geoff Connell thought" in gate.check(question, entries["event-lg-cyber-summit-2016"]).reason
    assert gate.check(question, entries["connell-strategy-local-impact"]).ok
    # ...and reasons someone gave are what they think.
    assert_answers(answerer, "why does geoff connell think cyber matters more than ever for local govt", "four reasons")


def test_of_two_entries_on_one_service_level_on_the_question_the_one_whose_title_names_what_is_asked_answers(answerer):
    # "NCSC Early Warning service" and "Types of Early Warning alert" score all but the same; the kinds of
    # alert are the second one's subject.
    assert_answers(answerer, "early warning - what kinds of alerts do you get?", "incident notifications")
    # ...while what the service is stays the service's entry.
    answer = answerer.answer("what is the ncsc early warning service", record_gap=False)
    assert answer.answered and answer.entry.id == "early-warning", answer.text


def test_how_many_have_done_something_counts_those_that_did_it(gate):
    # "have completed" is "completed": the entry must say what was done to the councils it counts.
    assert Constraint("count", "councils completed") in gate.constraints("how many councils have completed the caf")
    assert Constraint("count", "councils completed") in gate.constraints("how many councils completed the caf")


@pytest.mark.parametrize("question, fact", [
    ("web check uptake 2018 scot/wales", "England, Scotland and Wales"),
    ("was web check used by every council in england in 2019?", "all local authorities in England"),
    ("who was head of natl cyber security programme - local at DCLG in 2017", "William Barker"),
])
def test_a_year_that_sets_the_time_of_a_sentence_goes_with_all_the_sentence_says(answerer, question, fact):
    # "In April 2019 Ciaran Martin said it was used by all local authorities in England": England is a
    # dozen words from the year, in the sentence the year dates.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question, year", [
    ("was web check used by every council in england in 2017?", "2017"),
    ("william barker title in 2016", "2016"),
    # The tool came after "the 2018 stocktake": that year names the stocktake, not the tool's opening.
    ("when did the first window of the LGA self-assessment tool open in 2018?", "2018"),
    # The national report came out in November 2018; what January 2019 dates is the LGA's note to members.
    ("when was the national stocktake report published in 2019", "2019"),
])
def test_a_year_that_only_names_a_thing_or_another_sentence_is_no_date_for_the_rest(answerer, question, year):
    assert_declines(answerer, question, year)


def test_what_a_body_was_called_in_a_year_is_answered_by_the_entry_that_gives_its_name(answerer):
    # "Socitm launched an online Cyber Guide in 2016" says what Socitm did in 2016, not what it was called.
    assert_answers(answerer, "what was socitm called in 2016", "Society of IT Management")
    assert Constraint("called", "name") not in answerer.gate.constraints("what was the event called?")


def test_the_acronyms_the_knowledge_base_spells_out_are_read_from_its_own_entries(kb):
    from bot.answers.knowledge import defined_acronyms
    defined = defined_acronyms(kb.entries)
    assert "cyber assessment framework" in defined["caf"]
    assert "protective dns" in defined["pdns"]
    assert "cyber assessment framework" in kb.lexicon.aliases["caf"]


def test_brackets_that_are_not_the_initials_of_the_words_before_them_define_no_acronym():
    from bot.answers.knowledge import Entry, defined_acronyms
    entry = Entry("x", "Local Digital (DLUHC) and the Logging Made Easy (LME) tool", "t",
                  "Daily Mail (PA) reported it; Socitm Local CIO Council (LCIOC) met.", ())
    assert defined_acronyms([entry]) == {"lme": ("logging made easy",), "lcioc": ("local cio council",)}


def test_the_local_govt_caf_is_the_framework_itself_though_its_title_spells_the_caf_out(answerer):
    assert_answers(answerer, "what's the local govt CAF", "standard")


def test_a_local_govt_acronym_the_knowledge_base_never_defines_is_still_declined(answerer):
    assert_declines(answerer, "what's the local govt DSPT")


def test_a_bracket_inside_a_clause_is_an_aside_so_the_place_and_year_either_side_go_together(answerer):
    # "In late 2022 DLUHC ran a four-month pilot of the Cyber Assessment Framework (CAF) with 10 (ten)
    # councils in England": the brackets do not part England from 2022.
    assert_answers(answerer, "did the caf pilot in 2022 run with councils in england?", "England")
    assert_declines(answerer, "did the caf pilot in 2022 run with councils in scotland?", "Scotland")


def test_a_bracket_that_closes_a_list_item_still_parts_one_items_place_from_the_next_ones_year(answerer):
    # "CYBERUK 2019 at the SEC in Glasgow (from 24 April 2019) and CYBERUK 2022 in Newport"
    assert_declines(answerer, "cyberuk 2022 in glasgow?", "Glasgow")
    assert_declines(answerer, "redcar council cyber attack 2016?")


def test_a_2030_cyber_strategy_is_declined_for_the_sources_have_only_the_2022_one(answerer):
    assert_declines(answerer, "when was the national cyber strategy 2030 published", "2022 one", "not a 2030 one")
    assert_declines(answerer, "what will the 2030 cyber strategy say", "2030")


def test_the_2022_cyber_strategy_the_sources_have_is_still_answered(answerer):
    assert_answers(answerer, "when was the national cyber strategy 2022 published", "15 December 2021")


def test_a_target_year_asked_of_a_strategy_is_no_edition_of_it(answerer):
    assert_answers(answerer, "what was the 2016 strategy's vision for 2021", "2021")
    assert_answers(answerer, "what are the 2025 and 2030 targets in the govt cyber security strat?", "2030")


def test_the_years_an_edition_is_named_by_are_against_its_name_not_a_span_end_or_a_target():
    from bot.answers.answerability.wording import edition_years
    assert edition_years("The Government Cyber Security Strategy 2022\u20132030 (GCSS)") == {2022}
    assert edition_years("the 2024 annual review; the 2016-2021 strategy") == {2024, 2016}
    assert edition_years("resilient by 2030 under the strategy") == set()


def test_to_lead_a_body_is_to_hold_its_top_post_whatever_the_post_is_called(answerer):
    # "Owen Pritchard ... the Local Government Association's Head of Cyber, Digital and Technology"
    assert_answers(answerer, "does owen pritchard lead cyber at the lga?", "Head of Cyber")
    assert_answers(answerer, "is ciaran martin the lead at the ncsc?", "chief executive")


def test_leading_a_body_is_still_held_to_that_person_and_that_body(answerer):
    assert_declines(answerer, "does owen pritchard lead cyber at socitm?", "Socitm")
    # A title naming two leaders at launch does not make the technical director its head.
    assert_declines(answerer, "is ian levy the lead at the ncsc?", "Ian Levy")


def test_a_minister_who_announced_a_scheme_the_entry_says_was_launched_launched_it(answerer):
    # "Cabinet Office minister Francis Maude announced CiSP ... on 27 March 2013", under "When CiSP was launched"
    assert_answers(answerer, "did francis maude launch cisp?", "Francis Maude announced CiSP")


def test_announcing_one_scheme_is_no_launch_of_another_nor_by_another_minister(answerer):
    assert_declines(answerer, "did francis maude launch cyber essentials?", "Cyber Essentials")
    assert_declines(answerer, "did theresa may launch cisp?")


def test_a_survey_carried_out_in_a_year_is_one_run_that_year(answerer):
    # "The LGA cyber security stocktake was run over summer 2018"
    assert_answers(answerer, "was the stocktake carried out in 2018?", "summer 2018")
    assert_declines(answerer, "was the stocktake carried out in 2019?", "2019")


@pytest.mark.parametrize("question", ["how much money was behind the 2011 strategy",
                                      "how big was the programme behind the 2011 strategy"])
def test_a_year_asked_about_is_answered_by_the_entry_titled_with_it_not_one_that_mentions_it_in_passing(answerer, question):
    # The 2016 strategy's £1.9bn entry says it doubled the 2011 strategy's money, but the 2011 money is £860m.
    assert_answers(answerer, question, "860")


def test_a_housing_association_asking_about_the_councils_money_is_told_it_was_for_councils(answerer):
    assert_declines(answerer, "did the lga give housing associations cyber money in 2018?",
                    "for councils, not housing associations")


def test_a_fire_authority_asking_whether_the_stocktake_covered_them_is_told_it_covered_councils(answerer):
    assert_declines(answerer, "fire authority here - did the 2018 stocktake cover fire and rescue authorities?",
                    "for councils, not fire and rescue authorities")


def test_asking_which_government_department_is_answered_by_the_entry_that_names_the_department(answerer):
    # "the Department for Levelling Up ..." speaks of a government department: the sector asked for is there.
    assert_answers(answerer, "which government department checks council cyber security in England under the "
                             "government cyber strategy?", "Levelling Up")
    assert_answers(answerer, "under the gcss what govt dept assesses councils' cyber in england", "DLUHC")
    # ...while an entry written for councils alone still does not speak for government departments.
    assert_declines(answerer, "can government departments use the LGA cyber self assessment tool?",
                    "not central government departments")


def test_a_housing_association_asking_if_it_is_eligible_for_pdns_is_told_what_is_held_for_councils(answerer):
    assert_declines(answerer, "housing association IT here - are we an eligible body for pdns?",
                    "Protective DNS", "doesn't say it covers housing associations")


def test_a_fire_authority_asking_if_it_is_eligible_for_pdns_is_answered_as_a_public_body(answerer):
    assert_answers(answerer, "fire authority here - are we eligible for pdns?", "public bodies")


@pytest.mark.parametrize("question", ["is the NCSC early warning open to us in Northern Ireland?",
                                      "early warning - is it open to scottish councils or just england?",
                                      "is early warning only open to english councils?"])
def test_asking_whether_a_service_is_open_to_us_asks_who_may_use_it_not_when_it_opened(answerer, question):
    # Not "Types of Early Warning alert", which the launch reading of "open" ranked first and which names no place.
    assert_answers(answerer, question, "organisations in the UK and Crown Dependencies")


def test_whether_cisp_is_open_to_a_council_is_not_answered_by_who_announced_it(answerer):
    assert "Maude" not in answerer.answer("is CiSP open to district councils?", record_gap=False).text


@pytest.mark.parametrize("question, fact", [("when did the LGA self assessment tool open to councils?", "October 2019"),
                                            ("when was the NCSC open for business?", "October 2016")])
def test_when_a_thing_opened_is_still_asked_as_its_launch(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_a_police_force_asking_whether_police_can_join_the_local_cio_council_is_answered(answerer):
    assert_answers(answerer, "we're a police force - can police and health bodies be members of the local cio council?",
                   "police and health")


@pytest.mark.parametrize("question", ["NHS IT lead here, what is Cyber Essentials?",
                                      "housing association here: what is web check?",
                                      "fire authority here - what is pdns?",
                                      "I work for a housing association, how do we report phishing?",
                                      "housing association ciso: what does mail check check?",
                                      "Hi from a housing association! What is Cyber Essentials?"])
def test_a_visitor_saying_who_they_are_still_gets_the_general_answer(answerer, question):
    assert answerer.answer(question, record_gap=False).answered


@pytest.mark.parametrize("question, fact", [
    ("Quick one from a PCC office: which intelligence agency is the NCSC part of?", "GCHQ"),
    ("From an ICB digital team: when was the LGA stocktake national report published?", "November 2018"),
    ("what's the email for reporting phishing? asking on behalf of a parish council", "report@phishing.gov.uk"),
    ("Who announced CiSP? I'm at a national park authority btw", "Francis Maude"),
    ("Our housing association wants to join CiSP - does it cost anything?", "free"),
    ("Does our academy trust have to pay to join CiSP?", "free"),
    ("We're a small fire and rescue service IT team of three. Could we use Logging Made Easy as our SIEM?",
     "not a professional"),
])
def test_a_visitor_saying_where_they_work_is_answered_as_if_they_had_not(answerer, question, fact):
    # Where they work (a PCC office, an ICB, an academy trust) is who asks: not a name the entry must hold, and
    # "team of three" is no figure asked.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", ["Is there an NCSC Exercise in a Box pathway for housing associations specifically?",
                                      "Is there an Exercise in a Box scenario for schools?",
                                      "Is there a version of Logging Made Easy for charities?"])
def test_whether_a_version_is_made_for_another_sector_is_declined_from_a_tool_for_any_organisation(answerer, question):
    # Exercise in a Box has pathways for local authorities and SMEs only; a tool for any organisation says nothing
    # of a version made for one sector.
    assert_declines(answerer, question)
    assert_answers(answerer, "Is there an Exercise in a Box pathway for local authorities?", "local authorities")
    assert_answers(answerer, "Is Exercise in a Box free for housing associations?", "free")


def test_asking_whether_ian_levy_was_the_first_ncsc_chief_executive_is_declined(answerer):
    # He was technical director at the launch; Ciaran Martin was the first chief executive.
    assert_declines(answerer, "was ian levy the first ncsc chief exec", "Ian Levy was NCSC chief executive")
    assert_answers(answerer, "was ciaran martin the first ncsc chief exec", "first chief executive")


def test_a_line_put_after_confirm_is_held_to_what_it_claims(answerer):
    # Francis Maude announced CiSP; Exercise in a Box was launched by David Lidington.
    assert_declines(answerer, "confirm: francis maude launched exercise in a box?", "nothing about Exercise in a Box")
    assert_answers(answerer, "can you confirm that francis maude announced cisp?", "27 March 2013")


def test_a_wrong_expansion_of_socitm_is_declined_and_the_right_one_answered(answerer):
    assert_declines(answerer, "socitm used to be the Society of Local Authority Chief Executives didnt it",
                    "Society of Local Authority Chief Executives", "What Socitm is")
    assert_answers(answerer, "socitm used to be the Society of IT Management didnt it", "Society of IT Management")


def test_a_claim_of_where_exercise_in_a_box_was_launched_is_held_to_where_it_was(answerer):
    # It was launched at CYBERUK 2019 in Glasgow.
    assert_declines(answerer, "As I recall, Exercise in a Box was launched at Socitm's annual conference. Could you confirm?",
                    "launched at Socitm")
    assert_answers(answerer, "exercise in a box was launched at cyberuk 2019 right?", "Lidington")


def test_what_the_asker_wants_to_know_after_their_question_does_not_replace_it(answerer):
    answer = answerer.answer("Could you confirm the exact closing date for councils' 2018 stocktake returns? "
                             "I should like to know how late we were.", record_gap=False)
    assert not answer.answered and "closing date" in answer.text, answer.text


def test_a_housing_association_asking_if_it_can_use_web_check_for_public_sector_bodies_is_declined(answerer):
    assert_declines(answerer, "We're a housing association. Can we use Web Check?", "not housing associations")


def test_a_housing_association_asking_if_it_can_use_a_tool_for_small_organisations_is_answered(answerer):
    assert_answers(answerer, "we're a housing association - can we use logging made easy?", "small organisations")


def test_a_university_asking_if_it_can_use_a_tool_that_lets_organisations_practise_is_answered(answerer):
    assert_answers(answerer, "we're a university - can we use exercise in a box?", "lets organisations practise")


def test_a_later_ncsc_chief_executive_claimed_as_the_first_is_declined(answerer):
    # Richard Horne became chief executive in 2024; Ciaran Martin was the first.
    assert_declines(answerer, "was richard horne the ncsc's first ceo?", "Richard Horne was the first")


def test_the_original_head_of_the_ncsc_is_answered_for_ciaran_martin(answerer):
    assert_answers(answerer, "was ciaran martin the original head of the ncsc", "first chief executive")


def test_a_claim_that_socitm_publishes_the_caf_is_held_to_who_publishes_it(answerer):
    # The NCSC developed the CAF.
    assert_declines(answerer, "socitm publishes the cyber assessment framework, right?", "socitm publishes")
    assert_answers(answerer, "the ncsc publishes the cyber assessment framework, right?", "NCSC developed")


def test_a_council_under_attack_asking_whether_to_pay_gets_no_view_but_the_way_to_report_it(answerer):
    answer = answerer.answer("we've been hit - should we pay the ransom?", record_gap=False)
    assert not answer.answered and "can't advise" in answer.text and "0300 123 2040" in answer.text, answer.text


def test_a_name_given_in_other_words_of_the_same_name_is_not_taken_for_a_wrong_one(answerer):
    assert_answers(answerer, "pdns stands for protective dns service right?", "Protective Domain Name Service")
    assert_declines(answerer, "cisp stands for the cyber intelligence sharing platform, right?",
                    "Cyber Intelligence Sharing Platform")


@pytest.mark.parametrize("question", ["were police forces part of the local digital cyber support programme?",
                                      "did bodies such as police forces get the £1.5m?"])
def test_a_sector_asked_about_after_were_or_such_as_is_asked_about_not_the_asker(gate, question):
    assert Constraint("sector", "police forces|police forces") in gate.constraints(question)


def test_a_claim_that_the_lga_gave_fire_services_money_is_told_the_money_was_for_councils(answerer):
    assert_declines(answerer, "the lga gave fire services £1.5m in 2018?", "for councils, not fire and rescue authorities")


def test_a_civil_servant_asking_if_the_caf_for_local_government_is_meant_for_them_is_told_it_is_for_councils(answerer):
    assert_declines(answerer, "civil servant here, is the CAF for local government meant for us?",
                    "for councils, not central government departments")


def test_a_civil_servant_in_a_central_government_department_is_told_pdns_is_mandated_for_them(answerer):
    assert_answers(answerer, "civil servant here, central govt dept - is pdns mandatory for us?", "central government")


def test_a_civil_servant_saying_who_they_are_before_a_question_about_councils_gets_the_answer(answerer):
    assert_answers(answerer, "civil servant, cabinet office adjacent - under GCSS which department is on the hook "
                             "for council cyber in england", "DLUHC")


def test_asking_whether_someone_was_a_civil_servant_asks_of_their_career_not_the_sector(gate):
    assert "sector" not in kinds(gate, "whit did Lindy Cameron dae afore she went tae the ncsc? wis she civil service?")


@pytest.mark.parametrize("question", ["how do i report cyber crime to the police",
                                      "should we call the police if we get ransomware"])
def test_reporting_to_the_police_is_where_a_crime_goes_not_a_sector_asked_about(answerer, question):
    assert_answers(answerer, question, "Action Fraud")


def test_a_police_force_asking_if_cyber_essentials_is_mandatory_for_it_is_told_what_is_held(answerer):
    assert_declines(answerer, "police here - is cyber essentials mandatory for us?", "doesn't say it covers police forces")


def test_a_head_count_of_an_event_is_answered_by_its_delegates(answerer):
    assert_answers(answerer, "how many people went to cyberuk 2017", "2,000 delegates")
    assert_answers(answerer, "how many attended cyberuk 2019", "2,500 delegates")


def test_a_head_count_of_an_event_the_entry_does_not_name_is_still_declined(answerer):
    assert_declines(answerer, "how many people went to the local government cyber summit")
    assert_declines(answerer, "how many councils attended cyberuk 2017")


def test_how_many_times_a_year_is_answered_by_the_rate_the_entry_states(answerer):
    assert_answers(answerer, "how many times a year does the local cio council meet", "twice yearly")
    assert_declines(answerer, "how many times a month does the local cio council meet")


def test_a_count_of_qualified_things_is_answered_by_the_count_of_those_things(answerer):
    assert_answers(answerer, "how many cyber incidents hit the public sector", "777 incidents")
    assert_declines(answerer, "how many cisp users are from local govt")


def test_a_list_asked_for_is_not_given_by_a_name_that_counts_it(answerer):
    # "The 10 Steps to Cyber Security were first published in 2012" says when, and names no step.
    assert_declines(answerer, "what are the 10 steps", "doesn't name the ten steps")
    assert_answers(answerer, "what are the four objectives of the caf", "managing security risk")


def test_a_detail_the_entry_never_gives_is_declined_however_it_is_typed(answerer):
    # The NIS entry gives when the rules came in and the notification date, no penalty; the Manchester leg's
    # entry gives the day, no venue.
    assert_declines(answerer, "what is the biggest fine under the nis regs", "fine")
    assert_declines(answerer, "manchester cyber summit feb 2017 venue", "venue")
    assert_answers(answerer, "cyberuk 2019 venue", "SEC")
    assert_answers(answerer, "when did the NIS Regulations 2018 come into force?", "10 May 2018")


def test_what_a_sum_was_spent_on_is_the_breakdown_the_sources_say_they_lack(answerer):
    assert_declines(answerer, "where did the 1.3bn strategy delivery cash go?", "no further breakdown")
    assert_declines(answerer, "what did the £1.3bn strategy delivery money pay for?", "no further breakdown")
    assert_answers(answerer, "how was the 1.9bn split between the ncsc and the rest?", "£600")


# -- A reason that does not apply to the question asked is no reason to decline --------------------------


@pytest.mark.parametrize("question", [
    "the socitm briefing split the 1.9bn into two pots - how much went to the NCSC and how much to the rest?",
    "1.9bn split two ways: how much for the ncsc, and how much for everything else?",
])
def test_a_count_that_counts_the_parts_asked_for_is_no_figure_to_check(answerer, question):
    assert_answers(answerer, question, "600")


@pytest.mark.parametrize("question", [
    "the 1.9bn was split into three pots - how much went to the NCSC and how much to the rest?",
    "the board toolkit has twelve modules right?",
])
def test_a_count_the_asks_do_not_make_up_is_still_held_to_the_entry(answerer, question):
    assert_declines(answerer, question)


@pytest.mark.parametrize("question", [
    "What were the quick win projects in all those 2018 LGA emails I inherited?",
    "the lga's 2018 emails keep mentioning quick win projects - what were they?",
    "old emails from the LGA in 2018 talk about quick win projects. what were those?",
])
def test_a_year_that_dates_the_askers_own_emails_does_not_date_the_fact(answerer, question):
    assert_answers(answerer, question, "quick win")


def test_quick_win_projects_of_a_year_the_sources_do_not_have_are_still_declined(answerer):
    assert_declines(answerer, "what quick win projects did the LGA fund in 2019?", "2019")
    assert_declines(answerer, "what were the quick win projects in the 2019 LGA emails?", "2019")


@pytest.mark.parametrize("question", [
    "Did Lincolnshire pay the ransom when they were hit in 2016?",
    "when lincolnshire were attacked in 2016 did they cough up the ransom",
    "GCSS targets - what's due by 2025 and what's due by 2030?",
])
def test_an_entry_titled_with_the_year_tells_of_that_year_in_its_own_words(answerer, question):
    assert answerer.answer(question, record_gap=False).answered


def test_an_entry_titled_with_the_year_is_still_held_to_where_it_says_the_questions_words(answerer):
    assert_declines(answerer, "Did Lincolnshire pay the ransom when they were hit in 2017?", "2017")
    assert_declines(answerer, "under gcss, all public sector has to be resilient to known vulns by 2025, correct?")


@pytest.mark.parametrize("question", [
    "who chairs the socitm local cio councl now its been renamed",
    "who chairs the socitm local cio council now its been renamed",
    "now that the local cio council has been renamed, who chairs it?",
    "whos the chair of the local cio council now that it has been renamed",
])
def test_now_that_a_change_the_sources_tell_of_has_happened_is_not_the_present(answerer, question):
    assert_answers(answerer, question, "Dylan Roberts")


def test_who_holds_the_post_now_is_still_declined_from_an_old_source(answerer):
    assert_declines(answerer, "who is the chair of the local cio council now, is it still dylan roberts?", "now")


@pytest.mark.parametrize("question", [
    "I took this over from a colleague who left last month. Did every council get its own bespoke stocktake report?",
    "my predecessor who left in march said every council got a bespoke stocktake report - true?",
])
def test_who_after_a_person_the_asker_tells_of_asks_nothing(answerer, question):
    assert_answers(answerer, question, "bespoke")


def test_who_did_it_after_a_question_still_asks_for_the_one_who_did(gate):
    assert "kind" in kinds(gate, "can you tell me who built PDNS?")
    assert "kind" in kinds(gate, "Priya asked: who ran the stocktake?")


@pytest.mark.parametrize("question", [
    "our residents' leaflet tells people to forward phishing emails to report@phishing.gov.uk. is that the right address?",
    "leaflet says send phishing to report@phishing.gov.uk - correct address?",
])
def test_the_right_address_asks_whether_it_is_the_one_not_for_a_detail(answerer, question):
    assert_answers(answerer, question, "report@phishing.gov.uk")


def test_a_wrong_address_asked_about_as_the_right_one_is_still_declined(answerer):
    assert_declines(answerer, "we tell staff to forward phish to report@phishing.ncsc.gov.uk, is that the right address?")


def test_a_word_opening_a_sentence_after_a_quoted_line_is_no_name(answerer):
    line = "Cabinet report line: 'Since 2020 the Cyber Support programme has provided £{} million to help councils fix serious vulnerabilities.' Correct figure?"
    assert_answers(answerer, line.format("19.9"), "19.9")
    assert_declines(answerer, line.format("21"), "21")


@pytest.mark.parametrize("question", [
    "who signs the LGA cyber, digital and technology bulletins as head of CDT?",
    "who signs the LGA bulletins as head of CDT?",
])
def test_an_acronym_is_met_by_the_words_it_stands_for(answerer, question):
    assert_answers(answerer, question, "Owen Pritchard")


def test_an_acronym_the_entry_does_not_spell_out_is_still_declined(answerer):
    assert_declines(answerer, "who signs the LGA bulletins as head of CDX?", "CDX")


@pytest.mark.parametrize("question", [
    "From our draft: 'Norfolk's head of IT, Geoff Connell, was president of Socitm at the time of the December 2016 "
    "Local Government Cyber Summit.' Can you check that line?",
])
def test_a_place_whose_post_someone_holds_is_not_where_the_years_thing_was(answerer, question):
    assert_answers(answerer, question, "Connell")


def test_a_place_and_a_year_of_an_event_are_still_held_together(gate):
    assert Constraint("place-year", "manchester|2017") in gate.constraints("was cyberuk 2017 in manchester?")
    assert Constraint("place-year", "norfolk|2016") not in gate.constraints(
        "was norfolk's cio geoff connell socitm president in 2016?")


def test_the_year_that_times_a_sentence_is_beside_all_it_says_though_it_names_a_later_thing(answerer):
    # "... at the time of the December 2016 ... Summit and the January 2017 cyber briefing": 2017 names a briefing.
    assert_answers(answerer, "was norfolk's cio geoff connell socitm president in 2016?", "Connell")
    assert_declines(answerer, "was geoff connell socitm president in 2019?", "2019")


@pytest.mark.parametrize("question", [
    "which research organisation carried out the stocktake?",
    "which research firm carried the stocktake out for the LGA?",
])
def test_a_deed_the_entry_writes_in_the_very_words_asked_is_said_though_read_as_another(answerer, question):
    # "RAND Europe carried out ..." is read as "ran" for search, and still says who carried it out.
    assert_answers(answerer, question, "RAND Europe")


def test_a_deed_the_entry_never_writes_is_still_declined(answerer):
    assert_declines(answerer, "which company carried out the web check scans?", "carried it out")


def test_where_something_named_after_its_town_was_held_is_not_answered_by_the_town_itself(answerer):
    # "the Manchester leg ... was on 7 February 2017" names Manchester because the question does: it
    # does not say where in Manchester; our sources say they lack the venue
    assert_declines(answerer, "where was the manchester leg of the local cyber security summit held")
    assert_declines(answerer, "manchester cyber summit 7 feb 2017 venue")
    assert_declines(answerer, "which venue hosted the manchester leg of the cyber summit?")
    # ...while a place the entry gives besides the question's is an answer, and a guess after the
    # question asks nothing of the entry
    assert_answers(answerer, "where was exercise in a box launched", "Glasgow")
    assert_answers(answerer, "where was cyberuk 2018 held - manchester?", "Manchester")
    assert_answers(answerer, "where in london is the ncsc based", "Victoria")


def test_the_venue_is_read_only_from_what_the_question_asks_about(gate):
    assert Constraint("venue", "manchester") in gate.constraints("where was the manchester leg held?")
    assert not [c for c in gate.constraints("where was cyberuk 2018 held? manchester?") if c.kind == "venue"]
    assert not [c for c in gate.constraints("where was cyberuk 2018 held") if c.kind == "venue"]


def test_an_acronym_in_capitals_that_no_entry_uses_is_another_bodys_name_not_a_slip_for_ours(answerer):
    # "NIST" is one letter from our "NIS", but typed in capitals it is the American standards body, which no entry names.
    assert_declines(answerer, "is the LG CAF just an adaptation of the NIST framework?")
    assert_declines(answerer, "members were told the CAF for local government is NIST's framework adapted for councils, "
                              "right?", "NIST")
    # ...while a role in capitals is no name ("CISO"), and our own acronyms are read as ours.
    assert_answers(answerer, "our new CISO asked what the CAF for local government is", "CAF")
    assert_answers(answerer, "what does PDNS do?", "Protective DNS")


def test_a_number_before_vs_names_another_scheme_not_the_letters_of_a_mnemonic(gate, answerer):
    # "essential 8 vs cyber essentials": the 8 is Australia's scheme, which no entry counts; "vs" is versus, not "Vs".
    assert Constraint("figure", "8") in gate.constraints("essential 8 vs cyber essentials")
    assert_declines(answerer, "aussie essential 8 v cyber essentials, which one's stricter?")
    assert_declines(answerer, "essential 8 vs CE - which is tougher to pass?")
    # ...while a number before the letters a mnemonic counts is still no figure.
    assert not any(c.kind == "figure" for c in gate.constraints("what are the 3 vs of the local cio council slogan?"))


def test_what_someone_said_in_a_year_is_answered_by_the_entry_whose_source_is_dated_that_year(answerer):
    # The Socitm piece is dated January 2017, the month the entry says he gave them.
    assert_answers(answerer, "what did geoff connell say in 2017 about why cyber matters for councils?", "four reasons")
    assert_answers(answerer, "what reasons did connell give back in 2017 for cyber mattering more to councils", "digital delivery")
    # ...but another year is still not when it was said.
    assert_declines(answerer, "what reasons did geoff connell give in 2019 for cyber mattering more to councils?", "2019")


def test_when_connell_gave_his_four_reasons_is_answered_from_the_socitm_release_of_january_2017(answerer):
    assert_answers(answerer, "when did connell give his four reasons cyber matters to councils?", "January 2017")


@pytest.mark.parametrize("question", [
    "ncsc phone number",
    "what's the NCSC's out of hours number? need it for the on-call sheet",
    "NCSC phone no. for the BCP contacts list?",
])
def test_a_number_the_entry_gives_as_another_bodys_is_not_given_as_the_one_asked_for(answerer, question):
    # The live-attack entry's number is Action Fraud's; it names the NCSC only for the online form.
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered, answer.text


def test_the_decline_says_whose_number_the_entry_gives(answerer):
    assert_declines(answerer, "ncsc phone number", "isn't the NCSC's")


@pytest.mark.parametrize("question", ["Action Fraud's phone number for a live attack?", "NCSC email address for phishing?"])
def test_a_number_or_address_the_entry_gives_as_that_bodys_is_still_given(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and ("0300 123 2040" in answer.text or "report@phishing.gov.uk" in answer.text), answer.text


@pytest.mark.parametrize("question", [
    "phone number for the ncsc incident line? not action fraud, ncsc direct",
    "contact number for the ncsc incident team? not action fraud",
])
def test_a_number_asked_for_a_body_named_after_it_is_not_another_bodys(answerer, question):
    # A service-desk analyst wants the NCSC's own line; the entries give Action Fraud's number and the NCSC's web form.
    assert_declines(answerer, question, "isn't the NCSC's")


@pytest.mark.parametrize("question, said", [
    ("what ransom did lincolnshire get asked for", "amount of the ransom"),
    ("q: ransom amount in the lincolnshire incident?", "amount of the ransom"),
    ("max fine under the NIS regs?", "amount of the fine"),
    ("NIS regs fine amount?", "amount of the fine"),
    ("what did cyberuk 2017 cost for private sector delegates", "costs for private sector"),
    ("what did cyberuk 2017 cost for suppliers to attend", "costs for suppliers"),
])
def test_a_sum_asked_by_what_it_is_paid_as_is_declined_by_an_entry_that_gives_no_such_sum(answerer, question, said):
    # The entry tells of the ransom ("it did not pay the ransom"), the regulations or the event, but not the sum asked;
    # "free for the public sector" is no price for anyone else.
    assert_declines(answerer, question, said)


@pytest.mark.parametrize("question, expected", [
    ("how much does web check cost us?", "free"),
    ("price of exercise in a box?", "free"),
    ("what did cyberuk 2017 cost public sector folk to attend", "free for the public sector"),
    ("did lincolnshire pay the ransom?", "did not pay"),
    ("is cisp free to join or is there a fee", "free"),
])
def test_a_price_an_entry_gives_as_free_and_a_yes_no_about_a_ransom_are_still_answered(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_body_named_in_a_question_is_held_to_even_where_an_answer_gives_its_web_address_in_lower_case(answerer):
    # "cyberguide.socitm.net" writes Socitm in lower case by the address's rules: Socitm is still a name,
    # and Cyber 360 is the LGA's offer, not Socitm's.
    assert_declines(answerer, "cyber 360 the socitm peer review how many days do they come in for", "Socitm")
    assert_answers(answerer, "cyber 360 the lga peer review how many days do they come in for", "three days")


def test_a_claim_checked_against_what_a_source_reported_names_the_entrys_own_source(answerer):
    # The entry's source is Socitm's blog: "is that what Socitm reported?" asks of the entry's own source.
    assert_answers(answerer, "the ministry hoped to fund the following two financial years after 2018/19 - is that "
                             "what Socitm reported?", "2019/20")


def test_a_learner_asking_how_much_of_something_countable_is_asking_how_many(answerer):
    # "how much vulnerabilities": English as a second language; a count, not a sum of money.
    assert_answers(answerer, "how much users has cisp got?", "17,000")
    assert_answers(answerer, "Web Check: how much vulnerabilities in local government it helped to fix?", "Web Check")
    # ...while a plural that is money still asks a sum.
    assert_declines(answerer, "how much funds did the 2016 strategy give to cisp users")


def test_which_two_said_in_figures_asks_which_ones_and_claims_no_count(answerer):
    assert_answers(answerer, "which 2 bodies merged into the ncsc", "CESG")
    assert_declines(answerer, "the ncsc replaced 2 bodies right?")


def test_a_bound_guessed_after_asking_for_the_figure_is_answered_with_the_figure(answerer):
    # An audit chair asks for the number and guesses at it: the answer is the number, whichever side it falls.
    assert_answers(answerer, "How many vulnerabilities did Web Check fix in local government? More than 5,000?", "4,000")
    assert_answers(answerer, "how much was the 2016 strategy worth? more than £2.5bn?", "1.9")
    # ...but a bound put as a claim is held to the entry's figure.
    assert_declines(answerer, "CiSP has over 50,000 members now, right?")
    assert_declines(answerer, "martin told the PAC web check fixed over 10,000 vulns in local government, right?")


@pytest.mark.parametrize("question", ["what's william barkers email, want to ask him about the programme",
                                      "whats siobhan coughlans mobile, need to ask about the stocktake",
                                      "what's geoff connell's number, need to ask about the stocktake",
                                      "whats his email"])
def test_a_persons_email_or_phone_number_is_not_answered_with_who_they_are(answerer, question):
    # A lead wanting to get in touch: the entry on the person tells who they are, and gives no way to reach them.
    assert_declines(answerer, question)


def test_an_address_or_number_the_entry_gives_still_answers_and_a_count_called_a_number_is_no_phone(answerer):
    assert_answers(answerer, "email address for stocktake queries?", "cybersecurity@local.gov.uk")
    assert_answers(answerer, "I think the CAF rests on four objectives and fourteen principles, can you confirm the "
                             "principles number?", "14")


def test_where_someone_went_after_leaving_is_not_answered_with_their_time_there(answerer):
    assert_declines(answerer, "Where did Lindy Cameron go after leaving the NCSC?", "after leaving the NCSC")
    assert_declines(answerer, "what has ciaran martin been doing since he left the ncsc", "after leaving the NCSC")
    # ...while who came after them in the post is what the sources say.
    assert_answers(answerer, "who took over after ciaran martin left the ncsc", "Lindy Cameron")


def test_whether_a_bid_succeeded_is_not_answered_by_the_entry_on_the_bid_being_made(answerer):
    assert_declines(answerer, "Was the funding bid discussed at the Local CIO Council's 6 December meeting successful, "
                              "and how much was awarded?", "whether it succeeded")
    assert_declines(answerer, "did the stakeholder group's funding bid get approved?")
    assert_declines(answerer, "how did the lcioc funding bid go in the end")
    assert_answers(answerer, "what was the funding bid the local cio council discussed?", "three-year")


def test_the_month_asked_is_not_answered_by_an_entry_that_gives_only_the_year(answerer):
    assert_declines(answerer, "What month in 2021 was Gloucester hit?", "month")
    assert_declines(answerer, "What month in 2021 was Gloucester hit, and by which ransomware group?")
    assert_answers(answerer, "in which month and year did the CAF for local government launch?", "October 2024")


def test_what_someone_told_a_committee_about_one_service_is_not_what_they_told_it_about_another(answerer):
    assert_declines(answerer, "What did Ciaran Martin tell the Public Accounts Committee about Mail Check in April 2019?",
                    "Mail Check")
    assert_answers(answerer, "What did Ciaran Martin tell the Public Accounts Committee about Web Check in April 2019?",
                   "4,000")


def test_what_was_launched_at_an_event_is_not_answered_by_the_events_dates_and_delegates(answerer):
    assert_declines(answerer, "What was launched at CYBERUK 2017 in Liverpool for local government?", "launched")
    assert_answers(answerer, "what was launched at cyberuk 2019", "Exercise in a Box")


def test_which_region_is_not_answered_by_an_entry_that_names_none(answerer):
    assert_declines(answerer, "Which English region had the most councils rated amber in the stocktake?", "region")
    assert_declines(answerer, "which region was hit hardest by wannacry", "region")


@pytest.mark.parametrize("question, fact", [
    ("how much came with the GCSS for local authorities, thirty something million", "37.8"),
    ("the cyber support programme, how much has it handed out since 2020? think it's nearly 20m", "19.9"),
    ("how much was behind the 2016 strategy again, 1 point something bn over 5 yrs", "1.9"),
    ("how many vulns did web check help fix in local gov, was it about 4k?", "4,000"),
    ("how many delegates went to cyberuk 2017, 2,000 or so?", "2,000"),
    ("how much did the GCSS bring for councils, 40-ish million?", "37.8"),
])
def test_a_figure_remembered_roughly_with_the_question_is_answered_with_the_exact_figure(answerer, question, fact):
    # A council lead half-remembers the figure and asks for it: "about", "nearly", "thirty something", "-ish" is near enough.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question, said", [
    ("how much came with the GCSS for local authorities, about 50m?", "about 50m"),
    ("how much was behind the 2016 strategy, 3 point something bn?", "3 point something bn"),
    ("how many vulnerabilities has web check fixed for councils, nearly 5,000?", "nearly 5,000"),
])
def test_a_figure_remembered_far_from_ours_is_declined_naming_what_we_have(answerer, question, said):
    # A rough figure a fifth or more away from the entry's is another figure (or another thing): declined, with the entry.
    assert_declines(answerer, question, said)


def test_a_rough_figure_offered_as_one_of_two_or_a_year_said_roughly_is_no_rough_figure(gate):
    assert "figure-near" not in kinds(gate, "how many contributing outcomes in the caf? 39 or forty summat?")
    assert "figure-near" not in kinds(gate, "in a quote about 2016, is it right to call Socitm the Society of IT Management?")


def test_a_first_name_typed_with_a_slip_is_the_person_we_know(answerer):
    assert_answers(answerer, "how many vulns did webcheck help fix in local gov? Cairn Martin told the PAC", "4,000")
    assert_declines(answerer, "how many vulns did webcheck help fix in local gov? Carl Martin told the PAC", "Carl Martin")


def test_by_when_we_need_a_replacement_asks_the_date_not_what_replaces_it(answerer):
    assert_answers(answerer, "By when do we need a replacement for Mail Check lined up?", "31 March 2026")
    # ...while what the replacement is, or when it comes, asks of the replacement, which our sources do not name.
    assert_declines(answerer, "what is the replacement for Mail Check?")
    assert_declines(answerer, "when is the replacement for Mail Check coming?")


@pytest.mark.parametrize("question", [
    "Mail Check's been switched off now - what's the official NCSC replacement service called?",
    "web check has gone, so which tool are councils meant to use now?",
    "Now that Mail Check is gone, which NCSC service took over from it?",
    "What's the name of the NCSC service that replaced Mail Check in 2026?",
])
def test_what_replaced_a_service_said_to_have_ended_is_what_comes_next_which_we_do_not_hold(answerer, question):
    # The sources give the date Mail Check and Web Check go and say to have alternatives; they name no successor.
    assert_declines(answerer, question, "what comes next")
    assert_declines(answerer, "is there an official replacement tool for Web Check from the NCSC?")


def test_when_a_service_said_to_have_ended_goes_is_still_ours_to_say(answerer):
    assert_answers(answerer, "Mail Check's been switched off - when was the deadline for alternatives?", "31 March 2026")
    assert_answers(answerer, "is mail check going away?? when do we need a replacement by", "31 March 2026")


@pytest.mark.parametrize("question, shown", [
    ("what are the PDNS resolver IPs we should point our forwarders at?", "PDNS resolver IPs"),
    ("which IPs does the NCSC's protective DNS resolve from?", "IPs"),
    ("what's the ip range web check scans from?", "IP range"),
])
def test_an_ip_asked_for_is_an_address_the_entry_must_write(answerer, question, shown):
    assert_declines(answerer, question, f"doesn't give the {shown}")


def test_a_count_whose_parts_the_message_lays_out_is_no_figure_to_check(answerer):
    assert_answers(answerer, "The GCSS has two target dates - one for critical government functions and one for the whole "
                             "public sector. What are they?", "2025", "2030")
    assert_declines(answerer, "The GCSS has three target dates - one for critical government functions and one for the whole "
                              "public sector. What are they?")


def test_which_month_needs_an_entry_that_gives_the_month(answerer):
    # Gloucester's attack is dated by its year only: the month is not ours to give.
    assert_declines(answerer, "which month was Gloucester hit?", "month")
    assert_declines(answerer, "What month in 2021 was Gloucester hit, and by which ransomware group?")
    assert_answers(answerer, "what month was the 2016 strategy launched", "November 2016")


def test_which_council_someone_was_at_is_not_answered_by_the_city_they_spoke_in(answerer):
    # The entry on his stocktake appeal names Glasgow as where he spoke; the one on him names his council.
    assert_answers(answerer, "which council was Connell at by may 2018", "Norfolk")


@pytest.mark.parametrize("question", ["Siobhan Coughlan's direct email/phone? want to invite her to our programme board",
                                      "geoff connell's email/mobile pls"])
def test_two_ways_to_reach_someone_asked_with_a_slash_are_not_answered_with_who_they_are(answerer, question):
    # A PMO lead writes both ways at once: the entry on the person gives neither.
    assert_declines(answerer, question)


def test_a_risk_lead_asking_about_a_councils_insurance_is_not_answered_with_the_attack_it_suffered(answerer):
    # Nothing we hold speaks of insurance: the entry on the attacks names the council, not its cover.
    assert_declines(answerer, "Did Redcar and Cleveland have cyber insurance, and did the policy pay out after the "
                              "2020 attack?", "insurance")
    assert_declines(answerer, "What did Hackney's ransomware attack do to its insurance premium the following year?",
                    "insurance")
    assert_declines(answerer, "what did the NCSC annual review 2024 say about insurance claims", "insurance")
    # ...while insurance that only says why the asker wants to know leaves the question to be answered.
    assert_answers(answerer, "our insurance company wants to know - what are the five cyber essentials controls?",
                   "firewall")
    assert_answers(answerer, "Our insurance renewal asks about logging. Is LME a SIEM?", "SIEM")


def test_a_buyer_asking_which_product_to_buy_gets_no_recommendation(answerer):
    assert_declines(answerer, "Which SIEM should we buy to replace LME? shortlist pls", "view")
    assert_declines(answerer, "can you recommend a SIEM for a district council", "view")
    # ...while what a source says about the product is still answered.
    assert_answers(answerer, "is LME a SIEM?", "SIEM")


def test_an_end_or_start_asked_as_which_date_is_held_to_an_entry_that_dates_it(answerer):
    # Asked "what date", as "when" is: an entry that says only that he was a former president by May 2018 gives none.
    assert_declines(answerer, "What date exactly did Geoff Connell stop being Socitm president?", "stopped")
    # ...and an entry that dates the span ("until 31 August 2020", "starting on Wednesday 24 April 2019") gives it.
    assert_answers(answerer, "on which date did ciaran martin finish at ncsc", "31 August 2020")
    assert_answers(answerer, "when did ciaran martin finish at ncsc", "31 August 2020")
    assert_answers(answerer, "what day did CYBERUK 2019 kick off in Glasgow?", "24 April 2019")


def test_a_paper_about_a_strategy_is_not_answered_with_the_strategys_own_launch(answerer):
    assert_declines(answerer, "What date was the NCSS 2016 mid-term review published? need it as a M/S", "review")
    assert_declines(answerer, "when was the ncss 2016 progress report published", "progress report")
    # ...while a paper an entry is about is dated by it.
    assert_answers(answerer, "when was RAND's national-level report on the LGA cyber security stocktake published?",
                   "November 2018")
    assert_answers(answerer, "what date was the NCSS 2016 published", "1 November 2016")


@pytest.mark.parametrize("typed, plain", [
    ("as reported at the Dec 16 LG Cyber Summit", "as reported at the December 2016 LG Cyber Summit"),
    ("what did the Socitm Jan 17 briefing say", "what did the Socitm January 2017 briefing say"),
    # ...a day stays a day
    ("what happened on Dec 16 at the summit", "what happened on Dec 16 at the summit"),
    ("the Dec 16th summit", "the Dec 16 summit"),
])
def test_a_month_and_short_year_naming_a_thing_is_that_month_of_that_year(typed, plain):
    assert plain_dates(typed) == plain


def test_a_pmo_lead_citing_the_dec_16_summit_gets_the_split_it_reported(answerer):
    assert_answers(answerer, "Breakdown of the 1.9bn as reported at the Dec 16 LG Cyber Summit - how much was "
                             "ringfenced for 'reinforcing' NCSC?", "600")
    assert_answers(answerer, "what did the Socitm Jan 17 briefing say", "ownership")
    assert_declines(answerer, "what did the Socitm Jan 18 briefing say", "2018")


def test_how_long_is_answered_only_by_an_entry_that_gives_a_length_of_time(answerer):
    # The duty to tell the ICO is in the sources; how long a council has to do it is not.
    assert_declines(answerer, "how long do we have to notify the ICO")
    assert_declines(answerer, "how long have we got to tell the ico about a breach?")
    assert_answers(answerer, "how long is an exercise in a box session", "90-minute")
    # "how long has it been around" asks since when, which a date answers.
    assert_answers(answerer, "how long has cyber essentials been around", "2014")


def test_who_at_a_body_asks_for_a_person_there_not_the_body(answerer):
    # the entry on the money says only that the LGA administered it: no one at the LGA is named there
    assert_answers(answerer, "who from the LGA was quoted on the £1.5m for councils, and what was their role?",
                   "Bettison", "Improvement and Innovation Board")
    assert_answers(answerer, "who at Socitm called the £1.9bn seed money?", "Hopkirk")
    assert_declines(answerer, "who at MHCLG signed off the £1.5m?", "person at mhclg")
    # "who in a council" asks a role, which an entry can give without a name


def test_opening_hours_offered_as_one_side_of_a_choice_are_answered_by_the_hours_kept(answerer):
    assert_answers(answerer, "is the action fraud line actually 24/7 or office hours?", "24/7")
    assert_answers(answerer, "is the action fraud line open 9-5 or 24/7", "24/7")
    # Put alone, the hours are a claim, and the entry never says them.
    assert_declines(answerer, "is the action fraud line only open 9 to 5")


def test_a_count_of_councils_asked_is_not_read_from_the_name_of_the_framework(answerer):
    # "assessed" is only in "the Cyber Assessment Framework"; the entries count the councils that piloted it.
    assert_declines(answerer, "latest caf for local government results - how many councils assessed so far")
    assert_declines(answerer, "how many councils have been assessed against the CAF for local government so far")
    assert_answers(answerer, "how many councils piloted the caf", "10")
    assert_answers(answerer, "how many councils took part in the caf pilot", "10")


@pytest.mark.parametrize("question", [
    "ICO breach line number? and is it 72 hrs from when we found it",
    "ICO breach line?",
    "ncsc incident line number?",
])
def test_a_line_to_ring_asked_of_a_body_whose_number_no_entry_gives_is_declined(answerer, question):
    assert_declines(answerer, question)


def test_a_line_to_ring_whose_number_an_entry_gives_is_answered(answerer):
    assert_answers(answerer, "what's the action fraud line number", "0300 123 2040")


def test_whom_a_body_works_with_is_the_partner_its_entry_names(answerer):
    assert_answers(answerer, "who does the ncsc work with for phishing takedowns in ACD", "Netcraft")


# -- what an event's organisers, delegates and write-up authors ask of it -----------------------------
@pytest.mark.parametrize("question", [
    "What time did the Manchester leg of the Local Cyber Security Summit start?",
    "What time does registration open for CYBERUK 2019?",
    "CYBERUK 2017 doors open at what time?",
    "start time for the Manchester summit?",
])
def test_a_time_of_day_asked_of_an_event_dated_only_to_the_day_is_declined(answerer, question):
    assert_declines(answerer, question)


def test_a_time_of_year_or_a_time_frame_still_asks_when(answerer):
    assert_answers(answerer, "what time of year does the LGA self assessment window open?", "May")
    assert_answers(answerer, "what time frame did the stocktake run over?", "2018")


@pytest.mark.parametrize("question", [
    "What was the keynote about at the Socitm Annual Conference 2017?",
    "What was the opening keynote on at the President's Conference in Glasgow?",
])
def test_a_keynote_asked_of_an_event_that_names_none_is_declined(answerer, question):
    assert_declines(answerer, question, "keynote")


@pytest.mark.parametrize("question, fact", [
    ("Did council staff have to pay to attend CYBERUK 2017?", "free"),
    ("Was there a charge for public sector folk to go to CYBERUK 2017?", "free"),
    ("is cyberuk 2017 free to attend", "free"),
    ("do councils have to pay for Protective DNS?", "free"),
])
def test_whether_one_had_to_pay_is_answered_by_free(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_whether_others_had_to_pay_is_not_answered_by_free_for_the_public_sector(answerer):
    assert_declines(answerer, "Did private sector delegates pay for CYBERUK 2017?", "private sector")


@pytest.mark.parametrize("question, fact", [
    ("NCSS launched @ Future Decoded, who did the honours?", "Hammond"),
    ("Who did the honours at the Exercise in a Box launch?", "Lidington"),
    ("who did the honours when the 2016 strategy was launched", "Hammond"),
])
def test_who_did_the_honours_asks_who_launched_it(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question, fact", [
    ("Was CYBERUK 2019 a two-day or three-day event?", "two-day"),
    ("was cyberuk 2017 2 or 3 days", "three days"),
])
def test_a_length_in_days_offered_as_a_choice_is_met_by_either(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_a_length_in_days_the_entry_counts_otherwise_is_declined(answerer):
    assert_declines(answerer, "cyberuk 2017 was a two-day conference, right?", "three")


@pytest.mark.parametrize("question, fact", [
    ("Who organises CYBERUK?", "NCSC"),
    ("which body organises cyberuk", "NCSC"),
    ("who organised the socitm annual conference 2017?", "Socitm's Annual Conference"),
    ("who hosted future decoded?", "Microsoft"),
])
def test_an_event_named_as_a_bodys_own_says_who_runs_it(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_an_event_a_persons_post_is_dated_by_does_not_make_them_its_organiser(answerer):
    answer = answerer.answer("who organised the socitm annual conference 2017?", record_gap=False)
    assert "Barker" not in answer.text


@pytest.mark.parametrize("question", ["Stocktake launch event date?", "what was the launch event for the stocktake"])
def test_another_things_launch_event_does_not_answer_a_launch_the_entry_never_mentions(answerer, question):
    assert_declines(answerer, question, "tocktake")


def test_a_bodys_old_name_is_not_given_by_another_bodys_renaming(answerer):
    answer = answerer.answer("What was Socitm called back in 2016 when it welcomed the strategy? Need the old name for a caption",
                             record_gap=False)
    assert not answer.answered or "Society of IT Management" in answer.text, answer.text
    assert_answers(answerer, "What was Socitm called back in 2016?", "Society of IT Management")

def test_when_a_guide_was_refreshed_is_not_answered_with_when_it_was_first_published(answerer):
    # "first published in 2012" dates the first edition; no source says when the 10 Steps were refreshed.
    assert_declines(answerer, "when were the 10 Steps refreshed?", "updated or refreshed")
    assert_declines(answerer, "when was the new version of the 10 steps published")
    assert_declines(answerer, "what year was the board toolkit updated?")
    assert_answers(answerer, "when were the 10 Steps first published?", "2012")


# -- the entry is on the topic but does not hold what is asked --------------------------------------

def test_a_clerk_asking_who_was_behind_a_councils_attack_is_told_we_do_not_name_the_attackers(answerer):
    assert_declines(answerer, "who was behind lincolnshire county council's 2016 ransomware attack?", "who was behind it")
    assert_declines(answerer, "Who's responsible for the Gloucester City Council cyber attack?")
    # ...while one whose entry names who did it is answered.
    assert_answers(answerer, "who was responsible for running the stocktake", "RAND")


def test_asking_what_someone_said_wants_their_words_not_what_they_did(answerer):
    assert_declines(answerer, "what did the queen say when she opened the ncsc", "what the Queen said")
    # ...and an entry that tells what they said, or the speech they set it out in, answers.
    assert_answers(answerer, "what did hammond say in his launch speech?", "defend")
    assert_answers(answerer, "what did geoff connell say in glasgow?", "stocktake")


def test_which_councils_were_left_out_is_not_answered_by_all_of_them_in_one_nation(answerer):
    assert_declines(answerer, "which councils in northern ireland hadn't signed up to web check?", "name the councils")
    assert_answers(answerer, "which councils had signed up to web check by 2018?", "Northern Ireland")


def test_a_body_or_bill_named_in_capitals_that_no_entry_names_is_not_answered_from_its_words(answerer):
    assert_declines(answerer, "Has the National Association of Local Councils got a cyber fund for parish councils?",
                    "National Association of Local Councils")
    assert_declines(answerer, "is the Society of Local Council Clerks Cyber Programme still running?")
    assert_declines(answerer, "When does the Cyber Security and Resilience Bill come into force?")
    # ...but a name of ours typed a little off is still ours.
    assert_answers(answerer, "how much did the Ministry of Housing and Councils give English councils for cyber in 2018/19?", "1.5")
    assert_answers(answerer, "who launched the Goverment Cyber Secuirty Strategy?", "2022")


def test_a_firm_named_with_an_ampersand_is_a_name_the_entry_must_mention(answerer):
    assert_declines(answerer, "did the ncsc say anything about the m&s hack?", "M&S")
    assert_declines(answerer, "did the NCSC say anything about the AT&T breach?", "AT&T")


def test_how_much_each_of_a_set_of_grants_was_is_a_sum_for_each(gate):
    assert any(c.kind == "each" and c.value == "grants"
               for c in gate.constraints("how much was each of the quick win grants worth?"))


def test_being_asked_something_by_members_is_no_live_incident(answerer):
    assert_answers(answerer, "We're being asked by members: how much did English councils get for cyber in 2018/19?", "1.5")
    assert_answers(answerer, "we're being hacked right now, who do we call?", "0300 123 2040")


def test_a_share_asked_for_a_body_the_split_never_gives_a_part_is_declined(answerer):
    # "Local Government" is in the summit's name in that sentence, not beside a sum.
    assert_declines(answerer, "how was the £1.9bn split, how much was set aside for local government?", "local government")
    assert_answers(answerer, "how was the £1.9bn split? how much of it was earmarked for the NCSC?", "600")


def test_a_judgement_asked_by_gut_feel_gets_no_view(answerer):
    assert_declines(answerer, "gut feeling - should we switch off email if ransomware hits us?", "view")
    assert_declines(answerer, "your call: should our council declare a major incident for a phishing wave?", "view")


@pytest.mark.parametrize("question, said", [
    ("who urged the LGA to run the stocktake?", "urged the LGA"),
    ("who called on Socitm to respond to the stocktake?", "called on Socitm"),
    ("who told the LGA to run the stocktake?", "told the LGA"),
    ("who asked the LGA to carry out the stocktake?", "asked the LGA"),
    ("who urged the government to reinforce the NCSC?", ""),
    ("who asked the NCSC to back the stocktake?", ""),
])
def test_who_asked_someone_to_do_a_thing_is_held_to_whom_the_sources_say_was_asked(answerer, question, said):
    # Connell "urged councils in England to respond": nobody in our sources urges the LGA, Socitm or the government.
    assert_declines(answerer, question, said)


@pytest.mark.parametrize("question", ["who urged councils to respond to the stocktake?",
                                      "who called on councils to respond to the stocktake?",
                                      "who asked councils to answer the stocktake honestly?",
                                      "who told councils to respond to the stocktake in 2018?",
                                      "which socitm president urged councils to respond to the stocktake?"])
def test_who_asked_councils_to_respond_to_the_stocktake_is_answered_however_the_request_is_worded(answerer, question):
    assert_answers(answerer, question, "Connell")


def test_a_request_the_sources_tell_as_done_at_someones_request_is_theirs(answerer):
    assert_answers(answerer, "who asked socitm to set up the original local government cio council", "Suffolk")


@pytest.mark.parametrize("question", ["how much of the 1.9bn was earmarked for GCHQ?",
                                      "how much of the 1.9bn was set aside for GCHQ?",
                                      "how much of the £1.9bn was ring-fenced for MI5?"])
def test_a_share_of_a_sum_earmarked_for_a_body_the_split_gives_no_part_is_declined(answerer, question):
    # The NCSC is part of GCHQ, but the £1.9bn is split between the NCSC and "strategy delivery", not given to GCHQ.
    assert_declines(answerer, question)


@pytest.mark.parametrize("question", ["how much of the 1.9bn was earmarked for the NCSC?",
                                      "how much of the £1.9bn was allocated to reinforcing the NCSC?",
                                      "how much of the 1.9bn went to the NCSC?"])
def test_a_share_of_a_sum_earmarked_for_the_ncsc_is_answered(answerer, question):
    assert_answers(answerer, question, "600")


@pytest.mark.parametrize("question", ["who filled in for Geoff Connell as Socitm president?",
                                      "who stood in for Lindy Cameron at the NCSC?"])
def test_who_stood_in_for_someone_is_not_answered_by_who_held_the_post(answerer, question):
    assert_declines(answerer, question, "stood in for")


@pytest.mark.parametrize("question, thing", [
    ("which gov.uk service helps you decide who to report a benefit fraud to", "benefit fraud"),
    ("which gov.uk service helps you decide who to report a pothole to", "pothole")])
def test_a_service_for_deciding_where_to_report_one_thing_is_no_answer_for_another(answerer, question, thing):
    assert_declines(answerer, question, thing)


@pytest.mark.parametrize("question, fact", [
    ("which gov.uk service helps you decide who to report a cyber incident to?", "REPORT-CYBER"),
    ("which gov.uk service helps you work out who to report an incident to?", "REPORT-CYBER"),
    ("who do I report a phishing email to?", "report@phishing.gov.uk")])
def test_where_to_report_a_cyber_incident_is_still_answered(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_when_someone_took_over_a_post_is_answered_from_the_entry_on_them(answerer):
    # The entry on Lindy Cameron mentions Richard Horne's start in passing, and says she was previously at the Northern
    # Ireland Office: his own entry says when he became chief executive, and that he came from PwC.
    answer = answerer.answer("when did richard horne take over the ncsc, and where was he before?", record_gap=False)
    assert answer.answered and answer.entry.id == "ncsc-richard-horne" and "PwC" in answer.text, answer.text
