"""A yes/no check with one wrong detail is declined; the same check with the right detail is answered.

Realistic traffic is full of half-remembered facts put to the bot to confirm: "nscs was launched 1 nov
2015 right?", "was ian levy the first ceo of ncsc". An entry on the right topic that mentions the
detail somewhere, for something else, does not bear the claim out: the date must be the date of that
deed, the role the person's own, the body the one named, the figure the count of that thing, the
organisation the one the person was at. And whether a plan came off, or will change, is something a
source that only sets out the plan cannot say. Each case is paired with the true claim, which must
still be answered: checking a true fact is as common as checking a wrong one.
These run the real knowledge base through the real search and answerability check.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


def test_a_full_date_in_a_claim_must_be_written_whole_in_the_entry(answerer):
    # The £1.9bn entry says "November 2015" (the announcement) and "1 November 2016" (the launch).
    assert_declines(answerer, "the £1.9bn strategy was launched 1 nov 2015 right?", "1 November 2015")
    # Asked of the strategy's launch itself, the launch entry says which year it was.
    assert_declines(answerer, "nscs was launched 1 nov 2015 right?", "not 2015")
    assert_answers(answerer, "the nscs was launched 1 nov 2016 right?", "1 November 2016")


def test_a_full_date_in_a_claim_must_be_the_date_of_the_deed_it_claims(answerer):
    # "first announced ... in the November 2015 Autumn Statement, a year before the strategy itself was
    # launched on 1 November 2016": 1 November 2016 is the launch, not the announcement.
    assert_declines(answerer, "the £1.9bn was announced on 1 nov 2016?", "announced on 1 November 2016")
    assert_answers(answerer, "the queen opened the ncsc on 14 feb 2017 right?", "14 February 2017")
    assert_answers(answerer, "ciaran martin told the public accounts committee about web check on 1 april 2019?",
                   "1 April 2019")


def test_a_role_written_short_is_the_role_spelled_out(answerer):
    # Ian Levy was the NCSC's technical director; "leaders at launch" does not make him its chief executive.
    assert_declines(answerer, "was ian levy the first ceo of ncsc", "Ian Levy was NCSC chief executive")
    assert_declines(answerer, "ian levy was the ncsc's ceo yeah", "chief executive")
    assert_answers(answerer, "was ciaran martin the first ceo of ncsc", "Ciaran Martin")


def test_a_committee_a_claim_names_must_be_the_one_the_entry_names(answerer):
    # Ciaran Martin gave the Web Check figures to the Public Accounts Committee.
    assert_declines(answerer, "ciaran martin told the home affairs committee about web check in 2019?",
                    "Home Affairs Committee")
    assert_declines(answerer, "ciaran martin told the science and technology committee about web check?",
                    "Science and Technology Committee")
    assert_answers(answerer, "ciaran martin told the public accounts committee about web check in 2019?",
                   "Public Accounts Committee")


def test_the_organisation_a_claim_puts_someone_at_must_be_theirs_in_the_entry(answerer):
    # Siobhan Coughlan was the LGA's cyber programme manager; the entry never puts her at Socitm.
    assert_declines(answerer, "siobhan coughlan was at socitm during the stocktake wasnt she",
                    "Siobhan Coughlan was at Socitm")
    assert_answers(answerer, "siobhan coughlan was at the lga during the stocktake wasnt she", "Siobhan Coughlan")
    assert_answers(answerer, "andy hopkirk was at socitm right?", "Socitm")
    # Where someone worked is where the claim puts them, whatever verb the entry uses for it.
    assert_answers(answerer, "geoff connell worked for norfolk county council right?", "Norfolk County Council")
    assert_declines(answerer, "geoff connell worked for the lga right?", "LGA")
    assert_declines(answerer, "geoff connell worked at leeds right?", "Leeds")


def test_the_figure_in_a_claim_must_be_the_entrys_count_of_that_thing(answerer):
    # The Local CIO Council planned two face-to-face meetings a year; its "four" are its themes.
    assert_declines(answerer, "local cio council planned four face to face meetings a year right?",
                    "gives two, not four face to face meetings")
    assert_answers(answerer, "local cio council planned two face to face meetings a year right?", "two")
    assert_answers(answerer, "the lcioc has four themes right?", "four themes")
    # The CAF has 14 principles and 39 outcomes: the claim's 39 is the outcomes' count, and its tag is no
    # part of what it counts.
    assert_declines(answerer, "the caf has 39 principles right?", "which gives fourteen, not 39 principles.")
    assert_answers(answerer, "the caf has 14 principles right?", "14 (fourteen) principles")
    # "rests on three core pillars": a word between the figure and the thing still counts that thing.
    assert_answers(answerer, "can I say the 2016 strategy rests on three pillars, defend, deter and develop?",
                   "three core pillars")


def test_a_figure_taken_as_given_before_a_question_must_count_what_the_entry_counts(answerer):
    # WannaCry infected 595 GP practices (and at least 81 of 236 trusts): a note that puts the 595 on the
    # trusts, then asks something else, rests on a figure the sources give for another thing.
    assert_declines(answerer, "WannaCry - 595 NHS trusts affected, how many GP practices on top of that?", "595")
    assert_declines(answerer, "Risk note says 603 GP practices were infected by WannaCry - how many trusts were hit?",
                    "603")
    assert_answers(answerer, "WannaCry hit 595 GP practices - when did it happen?", "12 May 2017")
    # The CAF has 4 (four) objectives and 14 (fourteen) principles: the number written again in words
    # between the figure and its noun still leaves the noun the thing counted.
    assert_declines(answerer, "the CAF's 14 objectives - which one covers incident response?")
    assert_declines(answerer, "is it right the CAF has 14 objectives?", "not 14 objectives")
    assert_answers(answerer, "CAF has 4 objectives - what are they?", "managing security risk")
    # "24/7" is round the clock, no count of numbers.
    assert_answers(answerer, "action fraud 24/7 number", "0300 123 2040")


def test_whether_a_target_was_met_is_not_something_a_plan_can_say(answerer):
    assert_declines(answerer, "has the 2025 hardening target for critical functions been met",
                    "whether it has been met", "GCSS target")
    assert_declines(answerer, "has the 2030 target been met", "whether it has been met")
    assert_declines(answerer, "is the 2030 target going to be met", "whether it will be met")
    assert_answers(answerer, "what is the 2025 cyber target for government", "2025")


def test_whether_a_plan_will_change_is_declined_with_what_the_sources_do_say(answerer):
    assert_declines(answerer, "will ncsc extend mail check past march 2026",
                    "whether it will be extended", "31 March 2026")
    assert_declines(answerer, "will the ncsc delay the mail check retirement?", "whether it will be delayed")
    assert_answers(answerer, "is mail check being retired", "31 March 2026")
    assert_answers(answerer, "when will mail check be switched off", "31 March 2026")


def test_a_press_officer_asking_if_it_is_fair_to_say_a_fact_gets_the_fact_checked(answerer):
    # "Is it fair to say ..." frames a line to check against the sources, as "can I say ..." does;
    # a view inside the line is still a view.
    assert_answers(answerer, "is it fair to say local government CIOs helped shape the 2016 strategy? "
                             "want to put it in a press release", "contributed to developing")
    assert_declines(answerer, "is it fair to say the ncsc did a good job", "can't give a view")
    assert_declines(answerer, "do you think the ncsc did a good job", "can't give a view")


def test_a_claim_the_entry_denies_is_declined_with_what_the_sources_say(answerer):
    # "The NCSC itself has no regulatory responsibilities": the statement is not borne out...
    assert_declines(answerer, "The NCSC is the regulator that enforces the CAF on councils, correct?",
                    "no regulatory responsibilities")
    assert_declines(answerer, "the ncsc is a regulator, isn't it?", "no regulatory responsibilities")
    # ...while a question that asks it is answered with the same sentence, and a true statement is confirmed.
    assert_answers(answerer, "is the ncsc a regulator? do we have to use caf", "no regulatory responsibilities")
    assert_answers(answerer, "web check is a free ncsc service right?", "free")


def test_asking_if_another_service_is_going_as_well_is_a_yes_no_question_about_it(answerer):
    # "as well" is "too": it says nothing of the topic, and weighs nothing against the answer.
    assert_answers(answerer, "is web check being retired as well", "Web Check", "31 March 2026")
    assert_answers(answerer, "is mail check being retired as well as web check", "31 March 2026")
    assert_declines(answerer, "is cyber essentials being retired as well")


def test_the_year_a_claim_gives_a_deed_must_be_the_year_the_entry_gives_that_deed(answerer):
    # "technical director at its launch in October 2016, and wrote the NCSC blog post ... (March 2017)":
    # 2016 is the launch's year, not the blog post's.
    assert_declines(answerer, "ian levy wrote the cyberuk by the numbers blog in 2016 right?",
                    "Ian Levy wrote that in 2016")
    assert_answers(answerer, "ian levy wrote the cyberuk by the numbers blog in 2017 right?", "March 2017")
    # A deed told "there", after the sentence that dates the summit, takes that date.
    assert_answers(answerer, "can I say Connell raised his questions about the £1.9bn at the Local Government "
                             "Cyber Summit in December 2016?", "December 2016")


def test_a_royal_named_as_the_one_who_did_it_must_be_the_one_the_entry_names(answerer):
    # "charles" and "william" are common words in English; after "prince" or "king" they are people.
    assert_declines(answerer, "prince charles opened the ncsc in 2017 right?", "Queen")
    assert_declines(answerer, "did king charles open the ncsc", "Queen")
    assert_answers(answerer, "did the queen open the ncsc in 2017", "14 February 2017")
    assert_answers(answerer, "queen elizabeth opened the ncsc right?", "14 February 2017")


def test_the_month_a_claim_says_a_body_was_set_up_must_be_the_month_the_entry_gives_its_founding(answerer):
    # October 2020 is when Lindy Cameron took over the NCSC, not when it was set up.
    assert_declines(answerer, "was the ncsc set up in october 2020?", "set up in October 2020")
    assert_answers(answerer, "was the ncsc set up in october 2016?", "October 2016")
    assert_answers(answerer, "was the ncsc launched in october 2016?", "October 2016")


def test_a_post_a_claim_puts_someone_in_at_a_body_must_be_held_at_that_body(answerer):
    # Owen Pritchard is the LGA's Head of Cyber, Digital and Technology, not Socitm's.
    assert_declines(answerer, "is owen pritchard head of cyber at socitm?", "Owen Pritchard was at Socitm")
    assert_answers(answerer, "is owen pritchard head of cyber at the lga?", "Owen Pritchard")
    assert_answers(answerer, "does owen pritchard lead cyber at the lga?", "Owen Pritchard")


def test_a_role_tied_to_another_body_is_no_post_at_the_one_the_claim_names(answerer):
    # "Geoff Connell, former Socitm president ..., was the Local CIO Council's core spokesperson":
    # president of Socitm is no lead at the Local CIO Council; Dylan Roberts chaired it.
    assert_declines(answerer, "does geoff connell lead the local cio council?", "Geoff Connell led the Local CIO Council")
    assert_answers(answerer, "does dylan roberts lead the local cio council?", "Dylan Roberts")
    assert_answers(answerer, "does dylan roberts chair the local cio council?", "Dylan Roberts")
    assert_answers(answerer, "was geoff connell socitm president?", "Socitm President")


def test_who_carried_out_a_piece_of_work_gets_the_entry_naming_who_did_it(answerer):
    # "carried out" is a deed with its particle: the one naming RAND Europe, not the one giving the dates.
    assert_answers(answerer, "who carried out the stocktake", "RAND Europe")
    assert_answers(answerer, "who carried out the stocktake research?", "RAND Europe")
    assert_answers(answerer, "who ran the stocktake", "RAND Europe")


def test_a_post_named_in_a_title_beside_two_people_is_held_to_what_the_answer_gives_each(answerer):
    # "NCSC leaders at launch: Ciaran Martin and Ian Levy": Martin led it, Levy was technical director.
    assert_declines(answerer, "was ian levy head of the ncsc?", "Ian Levy")
    assert_answers(answerer, "was ciaran martin head of the ncsc?", "chief executive")
    assert_answers(answerer, "was ian levy technical director of the ncsc?", "technical director")


def test_a_post_at_a_body_named_with_a_role_word_is_checked_at_that_body(answerer):
    # "CIO" in "the local cio council" is part of the council's name, not a second post asked about.
    assert_answers(answerer, "is dylan roberts chair of the local cio council", "Dylan Roberts")
    assert_declines(answerer, "is geoff connell chair of the local cio council", "Local CIO Council chair")


def test_the_year_a_body_or_title_is_said_to_have_done_something_is_the_year_it_did_it(answerer):
    # The NCSC opened in October 2016; the Queen formally opened it on 14 February 2017. "Did the
    # Queen open it in 2016?" must not be answered yes by the sentence about its start.
    assert_declines(answerer, "Did the Queen open the NCSC in 2016?", "2016")
    assert_answers(answerer, "did the queen open the ncsc in 2017", "14 February 2017")
    # ...nor by the date of the start the sentence on her opening goes on to give ("on 14 February 2017, some months
    # after it had started work in October 2016").
    assert_declines(answerer, "did the queen open the ncsc in october 2016?", "2016")
    # A thing named with its year does the deed after the year: "CYBERUK 2017 charged ..." is a claim of a fee.
    assert_declines(answerer, "CYBERUK 2017 charged public sector delegates a fee, yes?", "charged")
    assert_answers(answerer, "CYBERUK 2017 was free for the public sector, yes?", "free for the public sector")
    assert_declines(answerer, "did the lga run the stocktake in 2019", "2019")
    assert_answers(answerer, "did the lga run the stocktake in 2018", "stocktake")


@pytest.mark.parametrize("question", ["did lindy cameron become ncsc ceo", "did richard horne become ncsc ceo"])
def test_a_true_claim_that_someone_became_a_post_is_answered(answerer, question):
    # "become" was read as part of the body ("Lindy Cameron was Become NCSC chief executive"), and the
    # first name as someone doing something to "become NCSC ceo".
    assert_answers(answerer, question, "chief executive")


@pytest.mark.parametrize("question", ["did ian levy become chief executive", "did ciaran martin become technical director"])
def test_a_claim_that_someone_became_another_persons_post_is_declined(answerer, question):
    assert_declines(answerer, question)


def test_asking_whether_a_leaflets_address_or_number_is_the_right_one_checks_the_one_given(answerer):
    # "the right address" asks us to confirm the address given, not for an address called "right".
    assert_answers(answerer, "our poster says to text suspicious messages to 7726, correct number?", "7726")
    assert_declines(answerer, "our poster says to text suspicious messages to 7762, correct number?", "7762")
    assert_declines(answerer, "the intranet says forward phishing emails to report@ncsc.gov.uk - is that the right "
                              "address?", "report@ncsc.gov.uk")


# True claims put to us to confirm, declined for how the claim was worded rather than for what it said;
# each is paired with the same claim made false in one detail, which stays declined.

def test_a_request_to_confirm_or_a_tag_asking_if_the_figures_are_right_names_no_detail(answerer):
    # "confirm for ..." read as "the venue for", and "right numbers?" as a detail called "right number".
    assert_answers(answerer, "please confirm for me that cyber essentials was launched on 5 june 2014",
                   "5 June 2014")
    assert_declines(answerer, "please confirm for me that cyber essentials was launched on 5 june 2015")
    assert_answers(answerer, "the ncsc's 2024 review had 430 incidents, 89 of them significant. are those the right "
                             "numbers?", "430")
    assert_declines(answerer, "the ncsc's 2024 review had 430 incidents, 79 of them significant. correct figures?")
    assert_answers(answerer, "the leaflet says forward dodgy emails to report@phishing.gov.uk - correct address?",
                   "report@phishing.gov.uk")


def test_a_claim_that_opens_with_a_pronoun_names_no_one_who_did_it(answerer):
    # "it came with £37.8m": "it" was held as the body said to have given the money.
    assert_answers(answerer, "it gave councils £37.8m for cyber resilience, right?", "37.8")
    assert_declines(answerer, "it gave councils £38.7m for cyber resilience, right?")


def test_a_figure_told_in_the_sentence_after_the_year_is_that_years(answerer):
    # "CYBERUK 2017 ... ran from 14 to 16 March 2017 in Liverpool. It had over 2,000 delegates, 170 speakers ..."
    assert_answers(answerer, "sanity check: cyberuk 2017 drew 2,000+ delegates and 170 speakers?", "170 speakers")
    assert_declines(answerer, "sanity check: cyberuk 2017 drew 2,000+ delegates and 150 speakers?")
    assert_declines(answerer, "cyberuk 2017 had 39 hours of content and 107 speakers, yeah?")


def test_a_role_the_entry_gives_in_brackets_after_a_longer_title_is_the_persons_post(answerer):
    # "Geoff Connell became head of information management and technology (CIO) at Norfolk County Council"
    assert_answers(answerer, "am I right that Norfolk County Council's CIO is Geoff Connell?", "Norfolk")
    assert_answers(answerer, "geoff connell has been cio at norfolk county council since august 2016, yeah?", "Norfolk")
    # ...of the body written beside the title, not of one the sentence names later ("run shared IT for ... Havering").
    assert_declines(answerer, "Geoff Connell was CIO of Havering council, right?")
    assert_declines(answerer, "Geoff Connell was CTO at Norfolk County Council, right?")


def test_one_who_spoke_is_told_by_what_they_said(answerer):
    # "there, on 9 May 2018, Geoff Connell urged councils in England to respond to the cyber security stocktake"
    assert_answers(answerer, "the slide says Geoff Connell spoke at the President's Conference in Glasgow in May 2018, "
                             "ok?", "Glasgow")
    assert_declines(answerer, "the slide says Geoff Connell spoke at the President's Conference in Manchester in May "
                              "2018, ok?")
    assert_declines(answerer, "Connell spoke at the President's Conference in Glasgow on 9 May 2017, right?")


def test_a_post_the_claim_names_before_the_person_is_held_to_them(answerer):
    # "the NCSC's first chief executive was Ian Levy" (he was its technical director) was answered, the post
    # read only where it follows the name ("Ian Levy was the NCSC's chief executive").
    assert_declines(answerer, "from memory the NCSC's first chief executive was Ian Levy, yes?")
    assert_declines(answerer, "socitm's president was andy hopkirk, yeah?")
    assert_answers(answerer, "from memory the NCSC's first chief executive was Ciaran Martin, yes?", "Ciaran Martin")


def test_how_often_a_claim_says_something_happens_must_be_what_the_entry_says(answerer):
    # Web Check's entry says what it scans, never how often: "monthly" is not borne out.
    assert_declines(answerer, "Pasted from the old register: 'Web Check - free, NCSC, scans websites monthly'. Monthly right?",
                    "how often")
    assert_declines(answerer, "does web check scan websites weekly?", "how often")
    # The Local CIO Council planned two meetings a year ("twice yearly"); CYBERUK is an annual conference.
    assert_answers(answerer, "the LCIOC meets twice a year, right?", "twice yearly")
    assert_answers(answerer, "is CYBERUK held annually?", "annual")
    assert_answers(answerer, "does web check scan websites?", "scans")


@pytest.mark.parametrize("question", [
    "ncsc headquarters cheltenham postcode",
    "The NCSC is headquartered in Cheltenham, correct?",
    "the ncsc's hq is down in cheltenham isn't it? do they take visitors",
])
def test_a_place_the_entry_gives_as_another_bodys_does_not_put_the_body_asked_about_there(answerer, question):
    # "in addition to GCHQ's base in Cheltenham": Cheltenham is GCHQ's, not where the NCSC's HQ is.
    assert_declines(answerer, question, "London", "Cheltenham")


@pytest.mark.parametrize("question", ["where's the ncsc based, cheltenham?", "is GCHQ's base in Cheltenham?",
                                      "the NCSC's HQ is in London, right?"])
def test_the_place_of_the_body_the_entry_gives_it_to_or_asked_where_is_still_answered(answerer, question):
    assert_answers(answerer, question, "Victoria, London")


def test_a_claim_of_two_dates_the_entry_states_is_confirmed_whatever_words_frame_it(answerer):
    # "up and running since the october before", "fine to publish?", "yeah?": the words around a claim
    # weigh against the search's coverage, not against the claim, when the entry states every date it puts.
    assert_answers(answerer, "so the ncsc was up and running from the october before and then the queen did the "
                             "official opening in feb 2017 - have i got that straight?", "14 February 2017", "October 2016")
    assert_answers(answerer, "for the intranet: 'The NCSC, part of GCHQ, opened for business in October 2016.' fine to use?",
                   "GCHQ", "October 2016")
    assert_answers(answerer, "so the ncsc kicked off in oct 2016 and the queen did the official opening in feb 2017, yeah?",
                   "14 February 2017")


def test_the_same_claim_with_one_date_or_name_wrong_is_not_confirmed(answerer):
    # Each twin of the claims above, with one detail wrong: a year, a month's year, the person, a place, the body.
    assert_declines(answerer, "so the ncsc was up and running from the october before and then the queen did the "
                              "official opening in feb 2018 - have i got that straight?")
    assert_declines(answerer, "so the ncsc kicked off in oct 2017 and the queen did the official opening in feb 2017, yeah?")
    assert_declines(answerer, "so the ncsc kicked off in oct 2016 and prince charles did the official opening in feb 2017, yeah?",
                    "Charles")
    assert_declines(answerer, "so the queen opened the ncsc in feb 2017 at cyberuk in liverpool, right?", "Liverpool")
    assert_declines(answerer, "for the intranet: 'The NCSC, part of MI5, opened for business in October 2016.' fine to use?")
    # A quoted line that asks ("where was ...") claims nothing for the entry to bear out.
    assert_declines(answerer, "press line: 'where exactly was the december 2016 local government cyber summit held' fine to publish?")


def test_one_claim_in_two_clauses_is_not_confirmed_by_its_true_half(answerer):
    # "X and Y - is that correct?" is one claim: the clause our sources put right is the answer to it, not
    # the true clause said under its cover.
    assert_declines(answerer, "our briefing says the NCSC began work in October 2016 and was opened by the Queen in "
                              "February 2018 - is that correct?", "not 2018")
    assert_declines(answerer, "the ncsc started work in october 2015 and was opened by the queen in feb 2017, right?",
                    "not 2015")
    assert_declines(answerer, "Logging Made Easy was first made by the NCSC and is now looked after by the NSA in the US?",
                    "NSA")
    assert_answers(answerer, "our briefing says the NCSC began work in October 2016 and was opened by the Queen in "
                             "February 2017 - is that correct?", "October 2016", "14 February 2017")
    assert_answers(answerer, "Logging Made Easy started life at the NCSC and is now looked after by CISA in the US, right?",
                   "CISA")


def test_the_us_an_entry_writes_in_capitals_is_the_country(answerer):
    # "now maintained by the US agency CISA": the entry places LME's maintainer in the USA.
    assert_answers(answerer, "is lme maintained in the US these days?", "CISA")
    assert_declines(answerer, "is lme maintained in canada these days?", "Canada")


def test_asking_when_someone_did_a_thing_in_a_year_they_did_not_is_declined_not_answered_with_another_date(answerer):
    # The Queen opened the NCSC on 14 February 2017; it started work in October 2016. "When did she open it in
    # 2016" puts a deed in a year it was not done in: the start date is no answer to it.
    assert_declines(answerer, "when did the queen open the n c s c back in twenty sixteen was it the october")
    assert_declines(answerer, "when did her majesty open the ncsc in 2016?")
    assert_declines(answerer, "quick one - when did the queen officially open the ncsc in 2016?")
    assert_declines(answerer, "When did the Queen open the National Cyber Security Centre during 2016?")
    # The same question with the year she did it in is answered, and so is the one with no year.
    assert_answers(answerer, "when did the queen open the ncsc in 2017", "14 February 2017")
    assert_answers(answerer, "when did the queen open the ncsc", "14 February 2017")
    assert_answers(answerer, "when did the LGA run the stocktake in 2018", "2018")


def test_the_time_a_claim_puts_between_two_deeds_must_be_borne_out(answerer):
    # The Queen opened the NCSC on 14 February 2017, "some months after it had started work in October 2016":
    # a year after, or the same week, is a gap the sources do not give.
    assert_declines(answerer, "the queen opened the ncsc in feb 2017, a year after it started work, right?", "a year after")
    assert_declines(answerer, "so the queen opened the ncsc in february 2017, the same week it started work, right?")
    assert_declines(answerer, "Am I right that Her Majesty opened the NCSC in February 2017, two years after it began work?")
    assert_declines(answerer, "the £1.9bn was first announced two years before the strategy launched yeah?")
    # A gap the entry says, or that its dates give, is confirmed.
    assert_answers(answerer, "so the queen opened the ncsc in feb 2017, a few months after it started up?", "14 February 2017")
    assert_answers(answerer, "the £1.9bn was announced a year before the strategy launched, right?", "a year before")
    assert_answers(answerer, "the ncsc started work in oct 2016, the same year the strategy launched?", "October 2016")


def test_a_gap_between_two_deeds_is_read_from_what_the_entry_says_or_dates():
    from bot.answers.answerability.wording import _gap_borne_out, _gaps_claimed
    told = "opened the ncsc on 14 february 2017, some months after it had started work in october 2016."
    assert _gaps_claimed("opened it a year after it started") == [("1", "year", "a year after")]
    assert _gaps_claimed("the very same week") == [("same", "week", "the very same week")]
    assert not _gap_borne_out(told, "1", "year") and not _gap_borne_out(told, "same", "week")
    assert _gap_borne_out(told, "4", "month") and _gap_borne_out(told, "vague", "month")
    assert _gap_borne_out("announced in november 2015, a year before its launch", "1", "year")


@pytest.mark.parametrize("question, expected", [
    ("CiSP has how many users nowadays? more than 10 thousand?", "17,000"),
    ("has cisp got over 10,000 users", "17,000"),
    ("does CiSP have at least 15,000 users?", "17,000"),
    ("did wannacry hit more than 50 trusts?", "81"),
])
def test_a_figure_given_as_a_bound_the_entry_keeps_is_answered(answerer, question, expected):
    # "more than 17,000 users", "at least 81 of 236 trusts": a bound is not the figure the entry must give.
    assert_answers(answerer, question, expected)


@pytest.mark.parametrize("question", [
    "does cisp have over 50,000 users?",
    "wanna cry hit over 100 nhs trusts yeah",
    "did fewer than 300 councils take part in the stocktake?",
])
def test_a_bound_the_entry_figure_breaks_is_still_declined(answerer, question):
    # Far over 17,000; 81 trusts (of 236, the whole); 353 councils.
    assert_declines(answerer, question)


def test_over_a_number_of_years_is_a_time_not_a_bound(answerer):
    assert_answers(answerer, "Draft says the 2016 strategy was £1.9bn over five years - correct?", "1.9")


def test_a_count_joined_to_a_unit_our_sources_never_count_describes_the_thing(answerer):
    # "a three-word slogan": the sources give the slogan, never a number of its words.
    assert_answers(answerer, "The Local CIO Council has a three-word slogan, I believe. What is it?", "simplify")
    assert_answers(answerer, "someone said the cio council's got a 3-word motto?? what is it", "simplify")
    # A unit our sources do count is still held to: the strategy's pillars are two, not five.
    assert_declines(answerer, "the gcss has five pillars, right?")


def test_a_date_put_on_someone_is_declined_when_the_entry_gives_that_date_to_someone_else(answerer):
    # The entry on Lindy Cameron dates her to October 2020 and names October 2024 only as Richard Horne's start;
    # the entry on the NCSC's start gives October 2016 to its opening for business, the Queen's opening to
    # February 2017. A briefing that moves one person's date onto another is declined, and the reply says whose
    # date the entry gives; the same line with the right date is still answered.
    assert_declines(answerer, "Lindy Cameron joined the NCSC in Oct 2024 - what did she do at the NI Office?",
                    "October 2020 for Lindy Cameron, not October 2024")
    assert_declines(answerer, "so cameron took the top job at ncsc in october 2024... what was she doing before?",
                    "not October 2024")
    assert_declines(answerer, "quick one - after the queen opened the NCSC in early October 2016, who ran it day to day?",
                    "14 February 2017 for Queen Elizabeth, not October 2016")
    assert_declines(answerer, "As I understand it, Richard Horne took charge of the NCSC in October 2020. Which firm was he with before?",
                    "October 2024 for Richard Horne, not October 2020")
    assert_declines(answerer, "her majesty opened the ncsc on 3 october 2016, where was the building",
                    "14 February 2017 for Queen Elizabeth, not 3 October 2016")
    assert_answers(answerer, "Lindy Cameron joined the NCSC in Oct 2020 - what did she do at the NI Office?",
                   "October 2020")
    # A year alone put on her deed is declined as a month is, naming the date the entry gives it.
    assert_declines(answerer, "the queen opened the ncsc in 2016 didn't she", "14 February 2017")
    # A claim put alone is answered by the entry that gives the right date.
    assert_answers(answerer, "so cameron took the top job at ncsc in october 2020... what was she doing before?",
                   "Northern Ireland Office")
    assert_answers(answerer, "Richard Horne took over the NCSC in October 2024, didn't he?", "October 2024")
    assert_answers(answerer, "her majesty opened the ncsc on 14 february 2017, where was the building", "14 February 2017")


def test_when_someone_did_a_deed_to_a_thing_the_entry_must_speak_of_that_thing(answerer):
    # David Lidington launched Exercise in a Box; Steve Barclay launched the GCSS. Asked when or why one of them
    # launched the other's thing, the entry on what they did launch is no answer.
    assert_declines(answerer, "when did David Lidington launch the Government Cyber Security Strategy?",
                    "Government Cyber Security")
    assert_declines(answerer, "remind me when Philip Hammond announced CiSP", "CiSP")
    assert_declines(answerer, "why did Steve Barclay launch Exercise in a Box? one line for the leader")
    assert_answers(answerer, "when did Steve Barclay launch the Government Cyber Security Strategy?", "Barclay")
    assert_answers(answerer, "remind me when Francis Maude announced CiSP", "27 March 2013")
    assert_answers(answerer, "when did Lidington launch the exercise tool?", "April 2019")
    assert_answers(answerer, "when did Ciaran Martin tell the public accounts committee about web check?", "1 April 2019")


def test_a_programme_named_in_full_is_held_to_as_its_short_name_is(answerer):
    # The £1.9bn was the 2016 National Cyber Security Strategy's; the GCSS came with £37.8m for councils. Named in
    # full, a programme is held to as "the GCSS" is: the entry on how the £1.9bn was split names no GCSS (its "Local
    # Government Cyber Summit, and set out" spells no "GCSS" either), so a figure moved onto it is declined.
    assert_declines(answerer, "the £1.9bn came with the Government Cyber Security Strategy - how was it split?",
                    "nothing about GCSS")
    assert_declines(answerer, "leader's note says the government cyber security strategy rests on defend, deter and "
                              "develop - what does deter mean?")
    assert_answers(answerer, "the £1.9bn came with the National Cyber Security Strategy - how was it split?", "£600")
    assert_answers(answerer, "the national cyber security strategy rests on defend, deter and develop - what does deter "
                             "mean?", "deter")
    assert_answers(answerer, "how many principles does the Cyber Assessment Framework have?", "14")
    assert_answers(answerer, "what are the objectives of the government cyber security strategy", "manage risk")


@pytest.mark.parametrize("question", [
    "RAND Europe did the stocktake in 2018 yeah?",
    "was the 2018 stocktake done by RAND Europe",
    "who did RAND Europe do the 2018 stocktake for?",
    "am I right that the 2018 council stocktake was carried out by RAND Europe?",
    "colleague says the 2018 cyber stocktake was RAND Europe's work - correct?",
])
def test_a_place_a_body_is_named_by_is_no_place_the_year_is_held_to(answerer, question):
    # "RAND Europe" is the firm that ran the 2018 stocktake, not a place the stocktake was in that year: the entry on
    # who ran it, which gives no year, was held to "Europe in 2018".
    assert_answers(answerer, question, "RAND Europe")


@pytest.mark.parametrize("question", [
    "RAND Europe did the stocktake in 2019 yeah?",
    "RAND Europe ran the 2016 stocktake, didn't they?",
    "was the 2018 stocktake done by RAND Europe in Cambridge?",
    "did RAND Europe run the 2018 stocktake of councils in Wales?",
    "Deloitte did the stocktake in 2018 yeah?",
    "was the 2018 stocktake done by Deloitte Europe",
])
def test_a_claim_about_the_body_with_a_wrong_year_place_or_doer_is_still_declined(answerer, question):
    assert_declines(answerer, question)


@pytest.mark.parametrize("question, shown", [
    ("I think NCSC incident reports are monitored round the clock - can I put that in the chief exec's note?", "24/7"),
    ("are ncsc incident reports monitored round the clock?", "24/7"),
    ("NCSC watches incident reports round-the-clock, right?", "24/7"),
    ("Action Fraud's line is open around the clock isn't it", "0300 123 2040"),
])
def test_round_the_clock_is_met_by_an_entry_that_says_24_7(answerer, question, shown):
    assert_answers(answerer, question, shown)


@pytest.mark.parametrize("question", ["is the LGA's on-call support round the clock?", "is web check run round the clock?"])
def test_round_the_clock_is_not_met_by_an_entry_that_never_says_it(answerer, question):
    # The LGA's on-call function is there 365 days a year, which says nothing of the hours.
    assert_declines(answerer, question)


@pytest.mark.parametrize("question, missing", [
    ("when was web check launched", "when Web Check was launched"),
    ("when was the ncsc annual review 2024 published", "was published"),
])
def test_asked_in_the_passive_when_a_thing_was_done_the_entry_must_tell_that_deed(answerer, question, missing):
    # "when was web check launched" had been answered with the date Web Check is being retired.
    assert_declines(answerer, question, missing)


@pytest.mark.parametrize("question, fact", [
    ("when was cyber essentials launched", "5 June 2014"),
    ("when was the 2016 strategy launched", "1 November 2016"),
    ("when was the stocktake carried out", "summer 2018"),
])
def test_asked_in_the_passive_when_a_thing_was_done_that_the_entry_tells_it_is_answered(answerer, question, fact):
    assert_answers(answerer, question, fact)
