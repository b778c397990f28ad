"""A yes/no question put as a claim is held to everything it claims.

"andy hopkirk was socitm president, wasn't he", "the lcioc is chaired by geoff connell?", "we forward
phishing to report@phishing.ncsc.gov.uk, correct?": each is a statement to confirm, and the nearest
entry must say what it says (who held the post, who did it, the address or number exactly) before it
is given as the answer. A claim it does not support is declined, naming what the sources do not say.
These run the real knowledge base through the real search and answerability check.
"""

import pytest

from bot.answers.answerability import _claim
from handlers.testing.asking import assert_answers, assert_declines


def test_a_claim_about_who_held_a_post_is_held_to_the_post_the_entry_gives(answerer):
    # Hopkirk was Socitm's head of research; Suffolk, as Government CIO, asked for the council's forerunner.
    assert_declines(answerer, "andy hopkirk was socitm chief executive, correct?",
                    "My sources don't say Andy Hopkirk was Socitm chief executive")
    assert_declines(answerer, "the local cio council is led by john suffolk?", "John Suffolk led the Local CIO Council")
    assert_declines(answerer, "did geoff connell chair the local cio council", "Geoff Connell chaired the Local CIO Council")
    assert_answers(answerer, "dylan roberts chairs the local cio council, right?", "Dylan Roberts")
    assert_answers(answerer, "is the local cio council chaired by dylan roberts", "Dylan Roberts")
    assert_answers(answerer, "hopkirk was socitm head of research, wasn't he", "Head of Research")


def test_a_claim_with_a_tag_is_read_as_the_yes_no_question_it_asks(answerer):
    assert_declines(answerer, "lindy cameron opened the ncsc, didn't she?", "Lindy Cameron opened")
    assert_declines(answerer, "ian levy was the ncsc's chief exec yeah", "Ian Levy was NCSC chief executive")
    assert_answers(answerer, "philip hammond launched the 2016 strategy, didn't he?", "Philip Hammond")
    assert_answers(answerer, "ian levy was the ncsc's technical director, right?", "technical director")
    assert_answers(answerer, "owen pritchard was head of cyber at the lga?", "Head of Cyber")


@pytest.mark.parametrize("wrong, right, shown", [
    ("suspicious emails go to report@phishing.ncsc.gov.uk right?", "suspicious emails go to report@phishing.gov.uk right?",
     "report@phishing.ncsc.gov.uk"),
    ("the action fraud number for a live attack is 0300 123 2045?", "the action fraud number for a live attack is 0300 123 2040?",
     "0300 123 2045"),
    ("is the socitm cyber guide at cyberguide.socitm.org?", "is the socitm cyber guide at cyberguide.socitm.net?",
     "cyberguide.socitm.org"),
])
def test_an_address_or_phone_number_is_right_only_as_the_entry_writes_it(answerer, wrong, right, shown):
    assert_declines(answerer, wrong, shown)
    assert_answers(answerer, right)


def test_who_a_claim_says_did_something_must_be_who_the_entry_says_did_it(answerer):
    # The LGA administered the 2018/19 money; MHCLG is named in the entry only as who provided it.
    assert_declines(answerer, "the 2018/19 £1.5m was administered by mhclg, right?", "it was administered by MHCLG")
    assert_answers(answerer, "the £1.5m for 2018/19 was administered by the local government association right?", "LGA")
    assert_declines(answerer, "is logging made easy maintained by europol", "Europol")
    assert_answers(answerer, "is cyber essentials overseen by the NCSC?", "overseen by the National Cyber Security Centre")


def test_a_name_a_claim_puts_where_the_place_goes_is_held_to_the_entry(answerer):
    assert_declines(answerer, "the socitm annual conference 2017 was at wembley?", "Wembley")
    assert_answers(answerer, "the socitm annual conference 2017 was at the king power stadium?", "King Power Stadium")
    assert_answers(answerer, "cyberuk 2017 was in liverpool yeah?", "Liverpool")


@pytest.mark.parametrize("question, claim", [
    ("andy hopkirk was socitm president at the time wasnt he", "andy hopkirk was socitm president at the time"),
    ("francis maude launched cyber essentials, didn't he?", "francis maude launched cyber essentials"),
    ("hopkirk was socitm president when the briefing came out, correct?", "hopkirk was socitm president when the briefing came out"),
    ("cyber essentials website?", None),
    ("was the cyber guide aimed at techies or the directors?", None),
    ("who chairs the local cio council, is that right?", None),
])
def test_a_claim_is_a_yes_no_statement_not_a_noun_phrase_a_choice_or_a_wh_question(question, claim):
    assert _claim(question) == claim


def test_the_tag_of_a_claim_is_no_part_of_what_it_is_about(answerer):
    # "right" is a word our entries use ("right now"); at the end of a claim it only asks if it is true.
    assert_answers(answerer, "the ncsc opened in 2016 right", "October 2016")
    assert_answers(answerer, "the ncsc opened in 2016, correct?", "October 2016")


def test_who_a_claim_says_something_was_done_with_must_be_who_the_entry_names(answerer):
    assert_declines(answerer, "the suspicious email reporting service was launched with the metropolitan police, right?",
                    "launched with Metropolitan Police")
    assert_answers(answerer, "the suspicious email reporting service was launched with the city of london police, right?",
                   "City of London Police")
    # Chat after a yes/no question claims nothing: "obsessed with suppliers" is no partner to find.
    assert_answers(answerer, "does the board toolkit cover supply chains? our auditors are obsessed with suppliers",
                   "supply chain")


def test_a_press_officer_checking_a_line_puts_a_claim(answerer):
    # "Can I say that ..." and "is it accurate to say ..." frame a claim, as a tag question does.
    assert_declines(answerer, "can we say geoff connell chairs the local cio council",
                    "Geoff Connell chaired the Local CIO Council")
    assert_answers(answerer, "can I say dylan roberts chairs the local cio council", "Dylan Roberts")
    assert_declines(answerer, "is it accurate to say the 2016 strategy had £2.6bn behind it", "not 2016")
    assert_answers(answerer, "can I say the queen opened the ncsc in february 2017", "14 February 2017")


def test_someone_our_sources_never_name_did_not_do_what_a_claim_says_they_did(answerer):
    # Nominet built the public sector PDNS and Philip Hammond launched the 2016 strategy: a doer no entry
    # names at all, however the claim is put (a tag, a quoted line to check, a question that goes on from
    # it), is someone the sources cannot bear out.
    assert_declines(answerer, "bt built pdns for the public sector didn't they", "BT")
    assert_declines(answerer, "Sajid Javid launched the national cyber security strategy in 2016, yeah?", "Javid")
    assert_declines(answerer, "Our press release says 'Sajid Javid launched the National Cyber Security Strategy "
                              "in November 2016.' Is that OK to use?", "Javid")
    assert_declines(answerer, "Theresa May launched the 2016 strategy at Future Decoded - what did she say?", "Theresa")
    assert_answers(answerer, "Nominet built the public sector Protective DNS - is that right?", "Nominet")
    assert_answers(answerer, "Our press release says 'Philip Hammond launched the National Cyber Security Strategy "
                             "in November 2016.' Is that OK to use?", "Philip Hammond")
    assert_answers(answerer, "Philip Hammond launched the 2016 cyber strategy at Future Decoded - what did he announce?",
                   "Future Decoded")


def test_a_quoted_line_followed_by_ok_is_a_line_to_check_not_background(answerer):
    assert_declines(answerer, "Newsletter: 'Chancellor George Osborne launched the 2016-2021 strategy at Future "
                              "Decoded.' ok?", "Osborne")
    assert_answers(answerer, "Newsletter: 'Chancellor Philip Hammond launched the 2016-2021 strategy at Future "
                             "Decoded.' ok?", "Philip Hammond")


def test_a_statement_a_question_goes_on_from_is_held_to_what_it_states(answerer):
    # The Board Toolkit has nine modules; the 2016 strategy was launched at Future Decoded, not in a statement
    # to the Commons.
    assert_declines(answerer, "board toolkit's got 10 modules yeah? which one is about supply chains", "10")
    assert_answers(answerer, "the board toolkit has nine modules right? which one is about supply chains", "supply chain")
    assert_declines(answerer, "Hammond unveiled the 2016 strategy in that year's Autumn Statement - what else did he say?")
    assert_declines(answerer, "hammond launched the national cyber strategy in his autumn statement speech - ok for "
                              "the draft?")
    assert_answers(answerer, "hammond launched the strategy at future decoded - ok for the draft?", "Future Decoded")
    # A statement on the way to another question, half remembered, is not what is asked about.
    assert_answers(answerer, "Cllr Paul Bettison spoke about the £1.5 million, I think. What was his role at the LGA?",
                   "Bettison")


def test_a_judgement_of_one_against_another_or_of_letting_someone_down_is_a_view(answerer):
    assert_declines(answerer, "is richard horne a better chief exec than lindy cameron", "view")
    assert_declines(answerer, "the lga has let councils down on cyber, fair?", "view")
    assert_answers(answerer, "who succeeded ciaran martin at the NCSC?", "Lindy Cameron")


def test_a_year_a_claim_gives_is_held_to_the_clause_the_entry_gives_it_in(answerer):
    # The GCSS: critical functions hardened by 2025, all public sector organisations resilient by 2030.
    assert_declines(answerer, "under the GCSS the whole public sector has to be resilient to known attack methods by "
                              "2025, correct?", "2030", "not 2025")
    assert_declines(answerer, "Briefing line: the GCSS wants all public sector bodies resilient to known "
                              "vulnerabilities by 2025. Can we use that?", "2030")
    assert_declines(answerer, "gcss - government's critical functions significantly hardened to cyber attack by 2030, yes?",
                    "2025")
    assert_answers(answerer, "under the GCSS the whole public sector has to be resilient to known attack methods by "
                             "2030, correct?", "2030")
    assert_answers(answerer, "GCSS says critical government functions must be significantly hardened against cyber "
                             "attack by 2025, correct?", "2025")


def test_a_post_written_before_a_persons_name_is_one_the_entry_must_give_them(answerer):
    # Hopkirk was Socitm's head of research and Levy the NCSC's technical director.
    assert_declines(answerer, "socitm president andy hopkirk seed money quote", "Andy Hopkirk was Socitm president")
    assert_declines(answerer, "what did ncsc ceo ian levy say about councils", "Ian Levy was NCSC chief executive")
    assert_answers(answerer, "socitm head of research andy hopkirk seed money quote", "seed money")
    assert_answers(answerer, "what did ncsc technical director ian levy write about cyberuk", "CyberUK by the numbers")


def test_where_a_deed_typed_as_a_statement_was_done_is_where_the_entry_says(answerer):
    # Exercise in a Box was launched at CYBERUK 2019, in Glasgow.
    assert_declines(answerer, "lidington launched exercise in a box at socitm presidents conference",
                    "launched at Socitm presidents conference")
    assert_answers(answerer, "lidington launched exercise in a box at cyberuk 2019", "CYBERUK 2019")


def test_a_comparison_in_a_claim_is_checked_by_how_many_times_over_not_by_who_compared(answerer):
    # "compared with the first national strategy" names what is compared, not someone who did the comparing.
    assert_answers(answerer, "is it right the 2016 strategy roughly doubled the money compared with the first "
                             "national strategy?", "doubled")
    assert_answers(answerer, "did the 2016 strategy double the funding compared to the 2011 one?", "doubled")
    # ...and a claim of another multiple is not confirmed by an entry that says it doubled.
    assert_declines(answerer, "was the 2016 strategy's money compared with the 2011 strategy tripled?", "tripled")
    assert_declines(answerer, "journo says the 2016 cyber money was four times the 2011 programme - ok to confirm?")


@pytest.mark.parametrize("question", [
    "is the board toolkit being withdrawn?",
    "someone on the LRF call said the board toolkit is being withdrawn, is that right?",
    "heard on the grapevine that cyber 360 is being axed by the LGA, is that right?",
    "is protective dns being stopped?",
    "My manager tell me Protective DNS will be stopped. Is true? Until which date we should have something else instead?",
    "is early warning being switched off too?",
    "our ISP rep reckons the NCSC is phasing out Early Warning - true?",
])
def test_a_service_said_to_be_ending_is_not_confirmed_by_the_entry_on_what_it_is(answerer, question):
    # The entry on what the thing is says nothing of its end (PDNS "stops access" to bad domains, which is no end of
    # PDNS; the entry on ACD services tells of Mail Check's retirement, not PDNS's).
    assert_declines(answerer, question)


@pytest.mark.parametrize("question", [
    "is web check being retired as well",
    "the ncsc is retiring mail check isn't it?",
    "is web check being switched off and by when?",
    "IT say mail check is going away, by when do we need something else in place",
])
def test_a_service_our_sources_say_is_ending_is_still_confirmed(answerer, question):
    assert_answers(answerer, question, "retiring")


def test_an_end_that_is_no_service_ending_asks_nothing_of_one(answerer):
    assert_answers(answerer, "did lincolnshire county council's systems get shut down in 2016?", "closed")
    assert_answers(answerer, "when does the lga cyber funding end", "2021")
    # what the service does by stopping something is no end of it
    assert_answers(answerer, "pdns works by stopping access to known bad domains, right?", "stops access")


@pytest.mark.parametrize("question, shown", [
    ("I'm fairly sure CYBERUK 2019 was in Glasgow - safe to put in the newsletter?", "Glasgow"),
    ("RAND Europe did the stocktake for the LGA - ok to put that in the committee report?", "RAND Europe"),
    ("the caf has 14 principles, alright to put in the audit report?", "fourteen"),
    ("Lindy Cameron took over at the NCSC in October 2020. Can that go in the members' bulletin?", "October 2020"),
    ("Exercise in a Box was launched at CYBERUK 2019 - am I ok to use that in the induction slides?", "CYBERUK 2019"),
    ("web check is free for councils - happy for me to put that in the staff briefing?", "free"),
])
def test_a_true_claim_asked_whether_it_may_go_in_a_document_is_confirmed(answerer, question, shown):
    # "safe to put in the newsletter?", "can that go in the members' bulletin?": the asker's errand with the claim,
    # asking whether it holds. The document it is for ("newsletter", "audit report") is no name the entry must give.
    assert_answers(answerer, question, shown)


@pytest.mark.parametrize("question", [
    "I'm fairly sure CYBERUK 2019 was in Manchester - safe to put in the newsletter?",
    "Deloitte did the stocktake for the LGA - ok to put that in the committee report?",
    "the caf has 12 principles, alright to put in the audit report?",
    "Lindy Cameron took over at the NCSC in October 2021. Can that go in the members' bulletin?",
    "Exercise in a Box was launched at CYBERUK 2018 - am I ok to use that in the induction slides?",
    "mail check is free for housing associations - happy for me to put that in the staff briefing?",
])
def test_the_same_claim_with_one_detail_wrong_is_still_declined_whatever_document_it_is_for(answerer, question):
    assert_declines(answerer, question)


def test_asking_when_someone_took_up_a_post_they_never_held_is_declined_naming_the_post(answerer):
    # Ian Levy was the NCSC's technical director, Dylan Roberts chairs the Local CIO Council, Andy Hopkirk was
    # Socitm's head of research: asking when they took up another post takes for granted what no source says.
    assert_declines(answerer, "When did Ian Levy take over as NCSC chief executive?",
                    "My sources don't say Ian Levy was NCSC chief executive")
    assert_declines(answerer, "what year did dylan roberts take over as socitm president",
                    "Dylan Roberts was Socitm president")
    assert_declines(answerer, "When was Andy Hopkirk appointed Socitm president?", "Andy Hopkirk was Socitm president")
    assert_declines(answerer, "how long did ian levy serve as chief executive of the NCSC", "Ian Levy was NCSC chief executive")


def test_asking_when_someone_took_up_a_post_they_did_hold_is_still_answered(answerer):
    assert_answers(answerer, "When did Lindy Cameron take over as chief executive of the NCSC?", "October 2020")
    assert_answers(answerer, "when did lindy cameron take over as ncsc chief exec", "October 2020")
    assert_answers(answerer, "When did Lindy Cameron take over at the NCSC?", "October 2020")
    assert_answers(answerer, "who took over from Ciaran Martin", "Lindy Cameron")
    assert_answers(answerer, "how long did ciaran martin serve as ncsc chief executive", "31 August 2020")
    assert_answers(answerer, "Did Connell become CIO at Norfolk?", "August 2016")


def test_asking_when_someone_did_a_thing_the_entry_never_dates_is_declined_not_answered_with_another_date(answerer):
    # The entry dates the council's renaming (May 2018), not John Suffolk's request.
    assert_declines(answerer, "When did John Suffolk ask Socitm to set up the Local Government CIO Council?",
                    "My sources don't say when John Suffolk asked Socitm to set up the Local Government CIO Council")
    assert_answers(answerer, "When did Dylan Roberts join Leeds City Council?", "2003")
    assert_answers(answerer, "Where did Lidington launch Exercise in a Box?", "CYBERUK 2019")
    assert_answers(answerer, "When did Ciaran Martin leave the NCSC?", "31 August 2020")


def test_a_claim_dating_a_deed_to_another_events_month_is_declined_and_says_which_date_we_have(answerer):
    # October 2016 is when the NCSC began work, 10 August 2018 the NIS notification deadline, August 2020 the end
    # of Ciaran Martin's tenure: true dates, each put beside the wrong deed.
    assert_declines(answerer, "The Queen opened the NCSC in October 2016, right?", "14 February 2017", "not October 2016")
    assert_declines(answerer, "Cyber Essentials launched in October 2014, yeah?", "5 June 2014", "not October 2014")
    assert_declines(answerer, "The NIS Regulations came into force on 10 August 2018, correct?", "10 May 2018")
    assert_declines(answerer, "Lindy Cameron took over at the NCSC in August 2020, correct?", "October 2020")


def test_a_claim_dating_a_deed_as_the_sources_do_is_still_answered(answerer):
    assert_answers(answerer, "The Queen opened the NCSC in February 2017, right?", "14 February 2017")
    assert_answers(answerer, "Cyber Essentials launched in June 2014, right?", "5 June 2014")
    assert_answers(answerer, "The NIS Regulations came into force on 10 May 2018, correct?", "10 May 2018")
    assert_answers(answerer, "Lindy Cameron took over at the NCSC in October 2020, correct?", "October 2020")
    assert_answers(answerer, "the Queen opened the NCSC in 2017, right?", "14 February 2017")


def test_a_deed_claimed_for_the_wrong_year_alone_is_declined_with_the_year_the_sources_give(answerer):
    # The Queen opened the NCSC on 14 February 2017; it started work in October 2016, which is no answer to when
    # she opened it.
    assert_declines(answerer, "the queen opened the ncsc in 2016 didn't she", "14 February 2017")
    assert_declines(answerer, "Her Majesty opened the NCSC in 2016, yes? it's for the timeline slide", "2017")


def test_a_claim_that_one_thing_came_before_another_is_held_to_an_entry_dating_both_in_that_order(answerer):
    # Cyber Essentials launched in June 2014, the NCSC in October 2016; the GCSS (January 2022) came after the
    # National Cyber Strategy 2022 (December 2021).
    assert_declines(answerer, "Cyber Essentials came in after the NCSC was set up — correct?",
                    "My sources don't say Cyber Essentials came in after the NCSC was set up")
    assert_declines(answerer, "The Government Cyber Security Strategy came out before the National Cyber Strategy 2022, correct?",
                    "came out before the National Cyber Strategy 2022")
    assert_declines(answerer, "the LGA self-assessment tool came before the stocktake, didn't it?")
    assert_answers(answerer, "the self-assessment tool came after the stocktake, didn't it?", "2018", "2019")


def test_asking_why_someone_was_sacked_or_stepped_down_is_declined_when_no_source_says_they_were(answerer):
    assert_declines(answerer, "Why was Lindy Cameron sacked from the NCSC?", "doesn't say that Lindy Cameron was sacked")
    assert_declines(answerer, "why did geoff connell step down as socitm president?", "Geoff Connell stepped down")
    assert_answers(answerer, "When was Lindy Cameron appointed NCSC chief executive?", "October 2020")


def test_a_claim_that_a_free_service_costs_money_is_declined_with_the_line_that_says_it_is_free(answerer):
    assert_declines(answerer, "someone said Exercise in a Box costs a few grand per session, is that right?",
                    "My sources say otherwise", "free")
    assert_declines(answerer, "colleague says forwarding suspicious texts to 7726 costs 50p a text. true?", "free")
    assert_declines(answerer, "the shared service lead says CYBERUK 2017 cost public sector staff £300 a ticket, is "
                              "that so?")
    # ...while a claim that it is free, or a question whether it costs, is answered.
    assert_answers(answerer, "a vendor claims Web Check is free for councils — is that true?", "free")
    assert_answers(answerer, "do we have to pay for the ncsc's active cyber defence services?", "free")
    # ...and so is a tracker's row that leaves the cost blank to be filled in.
    assert_answers(answerer, "Service: Exercise in a Box / Cost: ? / Launched by: ?", "free")
    assert_answers(answerer, "Exercise in a Box | cost: ____", "free")


def test_a_claim_naming_another_of_our_services_is_not_confirmed_from_the_entry_on_the_one_it_did_not_name(answerer):
    assert_declines(answerer, "My boss says Ciaran Martin told the Public Accounts Committee that Mail Check had fixed "
                              "nearly 4,000 vulnerabilities in councils. That right?", "about Web Check, not Mail Check")
    assert_answers(answerer, "someone at a conference said Web Check helped councils fix nearly 4,000 vulnerabilities "
                             "— right?", "4,000")


def test_a_claim_that_something_is_done_is_declined_with_the_line_that_says_it_is_not(answerer):
    assert_declines(answerer, "colleague reckons if we report to Action Fraud the ICO gets told automatically, so no need "
                              "to report the breach separately. right?", "does not automatically notify")
    assert_declines(answerer, "a contractor told us Early Warning does its own scanning of our network, is that right?",
                    "It does no scanning itself")
    # ...and no other entry, about something else, is offered as bearing it out; asked, it is answered.
    assert_answers(answerer, "does reporting to Action Fraud tell the ICO about a data breach?", "ICO")
    assert_answers(answerer, "someone told me the NCSC is actually part of GCHQ, is that right?", "GCHQ")


def test_asked_whether_a_service_is_still_run_by_someone_the_entry_that_tells_who_runs_it_now_answers(answerer):
    assert_answers(answerer, "Is Protective DNS still run by Nominet?", "Cloudflare and Accenture")
    assert_answers(answerer, "is pdns run by nominet these days?", "Cloudflare and Accenture")
    # ...a claim that it is, or a question of someone the entry never names, is declined as before.
    assert_declines(answerer, "PDNS is run by Nominet, right?", "run by Nominet")
    assert_declines(answerer, "is pdns still run by BT?")


def test_two_deeds_joined_in_one_claim_are_each_dated_by_their_own_date(answerer):
    # "started ... Oct 2016 and was officially opened ... 14 Feb 2017": the opening is not claimed for October.
    assert_answers(answerer, "For the record: NCSC started work Oct 2016 and was officially opened by the Queen on "
                             "14 Feb 2017. correct?", "14 February 2017")
    # ...while one deed given another's date is still corrected.
    assert_declines(answerer, "the queen opened the ncsc in october 2016, right?", "14 February 2017")


@pytest.mark.parametrize("right, wrong, shown", [
    ("For the record: NCSC started work Oct 2016 and was officially opened by the Queen on 14 Feb 2017. correct?",
     "For the record: NCSC started work Feb 2017 and was officially opened by the Queen on 14 Feb 2017. correct?",
     "14 February 2017"),
    ("Correct me if I'm wrong: Cyber Essentials launched in June 2014", "Correct me if I'm wrong: Cyber Essentials launched in June 2015",
     "2014"),
    ("quick sanity check: the Queen opened the NCSC on 14 Feb 2017. is that right?",
     "quick sanity check: the Queen opened the NCSC on 14 Feb 2018. is that right?", "2017"),
    ("I've put in the briefing that the Queen opened the NCSC in February 2017. Can you confirm that's correct?",
     "I've put in the briefing that the Queen opened the NCSC in October 2016. Can you confirm that's correct?",
     "14 February 2017"),
    ("I've written in our policy that suspicious texts go to 7726. Please confirm that's right.",
     "I've written in our policy that suspicious texts go to 7762. Please confirm that's right.", "7762"),
    ("We've written in the risk register that the NIS Regulations came into force on 10/05/2018. Please confirm that's right.",
     "We've written in the risk register that the NIS Regulations came into force on 10/08/2018. Please confirm that's right.",
     "10 May 2018"),
    ("our comms plan says report scam texts to 7726 - is that the right number?",
     "our comms plan says report scam texts to 7762 - is that the right number?", "7726"),
    ("Correct me if wrong: when NCSC pushed the 4 ACD measures to public sector it said none of them need extra money. "
     "so no budget line needed?",
     "Correct me if wrong: when NCSC pushed the 5 ACD measures to public sector it said none of them need extra money. "
     "so no budget line needed?", "four"),
])
def test_a_line_put_to_be_checked_is_confirmed_when_the_entry_says_it_and_corrected_when_it_does_not(answerer, right, wrong,
                                                                                                    shown):
    # "For the record:", "correct me if wrong:", "I've written in our policy that ...", "... Please confirm that's right.":
    # the words around the claim put it to be checked; they are no part of it. Two deeds, each with its own date, are
    # each held to their own: the NCSC started work in October 2016, and the Queen opened it on 14 February 2017.
    assert_answers(answerer, right)
    assert_declines(answerer, wrong, shown)


@pytest.mark.parametrize("right, wrong, shown", [
    ("morning! quick sanity check before I rebaseline the email security workstream - we've got 31/03/26 in the plan as "
     "the NCSC date for having Mail Check + Web Check replacements sorted. is that the right date? cheers",
     "we've got 31/03/25 in the plan as the NCSC deadline for Mail Check and Web Check alternatives. is that the right date?",
     "not 2025"),
    ("we've got 31/03/2026 in the plan as the NCSC deadline for Mail Check and Web Check alternatives. is that the right date?",
     "we've got 30/03/26 in the plan as the NCSC deadline for Mail Check and Web Check alternatives. is that the right date?",
     "30 March"),
    ("NCSC opened on 14.02.2017, yes?", "NCSC opened 15/02/17 yeah?", "15 February"),
])
def test_a_date_written_in_numbers_day_first_is_checked_as_that_day(answerer, right, wrong, shown):
    # "31/03/26" is 31 March 2026, as a UK council writes it: not the figures 31, 03 and 26 the entry never gives.
    assert_answers(answerer, right)
    assert_declines(answerer, wrong, shown)


def test_a_claim_that_a_council_paid_is_declined_with_the_line_that_says_it_did_not(answerer):
    # "paid" and "did not pay": the past the stemmer cannot join to its present is the same deed.
    assert_declines(answerer, "Lincolnshire County Council paid the ransom in 2016, didn't it?", "did not pay the ransom")
    assert_declines(answerer, "pretty sure lincolnshire paid the ransom back then, right?", "did not pay the ransom")
    # ...asked, it is answered.
    assert_answers(answerer, "did lincolnshire pay the ransom?", "did not pay the ransom")


def test_words_put_in_someones_mouth_in_quotes_are_not_answered_from_that_persons_entry(answerer):
    # Andy Hopkirk called it "seed money"; Ciaran Martin's entry never says it.
    assert_declines(answerer, "what did ciaran martin mean when he called the govt money 'seed money'", "seed money")
    assert_declines(answerer, "Why did Geoff Connell call the £1.9bn \u201cseed money\u201d?")
    assert_answers(answerer, "what did andy hopkirk mean when he called it 'seed money'", "Hopkirk")
    assert_answers(answerer, "Who described the national money as 'seed money'?", "Hopkirk")
    # ...and quoted words of ours name the thing they belong to.
    assert_answers(answerer, "so theres this 'defend as one' thing i keep hearing - which strategy is that from?",
                   "Government Cyber Security Strategy")


def test_a_claim_that_someone_runs_a_service_now_is_read_as_its_passive(answerer):
    # Said the active way round, "Nominet runs PDNS" is "PDNS is run by Nominet": Nominet built it, others run it now.
    assert_declines(answerer, "nominet runs pdns now yeah", "Nominet")
    assert_declines(answerer, "Nominet operates the public sector PDNS, right?", "Nominet")
    # ...whoever the entry says does it now is borne out, and asked whether they still do, it is answered.
    assert_answers(answerer, "cloudflare and accenture run pdns now, right?", "Cloudflare and Accenture")
    assert_answers(answerer, "does nominet still run pdns?", "Cloudflare and Accenture")


@pytest.mark.parametrize("question, fact", [
    ("dunno who runs the ncsc, anyone?", "Richard Horne"),
    ("no clue who runs pdns now, anyone?", "Cloudflare and Accenture"),
])
def test_not_knowing_who_runs_a_thing_is_asking_who_does_not_a_claim_that_someone_does(answerer, question, fact):
    # "dunno who runs the ncsc" had been read as the claim that "Dunno" runs it.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "Draft says the Queen opened the NCSC in October 2016. Is that accurate?",
    "Our briefing note says the Queen opened the NCSC in October 2016 - correct?",
    "press release line: the Queen opened the NCSC in October 2016. ok to use?",
    "My colleague reckons the Queen opened the NCSC in October 2016. True?",
])
def test_whoever_reports_a_claim_is_not_the_one_who_did_its_deed(answerer, question):
    # The Queen opened it on 14 February 2017; the NCSC itself opened for business in October 2016. "Draft", "press
    # release line" are who says it, not who opened it, so the date is held to the Queen's deed.
    assert_declines(answerer, question, "14 February 2017")


def test_a_claim_reported_by_a_draft_with_the_deeds_own_date_is_confirmed(answerer):
    assert_answers(answerer, "Draft says the Queen opened the NCSC in February 2017. Is that accurate?", "14 February 2017")
    assert_answers(answerer, "Our draft says the NCSC opened in October 2016. Is that accurate?", "October 2016")


@pytest.mark.parametrize("question", [
    "sorry but did the queen open the ncsc in october 2016?",
    "but did the queen open the ncsc in october 2016 for real?",
    "quick check, did Queen Elizabeth open the NCSC in October 2016?",
    "did Queen Elizabeth open the NCSC in October 2016?",
])
def test_a_yes_no_question_joined_on_to_an_apology_or_a_check_is_still_the_claim_it_puts(answerer, question):
    assert_declines(answerer, question, "14 February 2017")


def test_a_yes_no_question_joined_on_that_the_entry_bears_out_is_confirmed(answerer):
    assert_answers(answerer, "sorry but did the ncsc open in october 2016?", "October 2016")
    assert_answers(answerer, "quick check, did Queen Elizabeth open the NCSC in February 2017?", "14 February 2017")


@pytest.mark.parametrize("question, shown", [
    ("who opened the NCSC in 2019?", "who opened the NCSC"),
    ("who unveiled the NCSC in 2019?", "who unveiled the NCSC"),
    ("who opened CYBERUK 2019?", "who opened CYBERUK"),
])
def test_who_did_a_deed_to_a_thing_is_not_answered_by_who_did_it_to_another(answerer, question, shown):
    # Lidington launched "the NCSC's Exercise in a Box" at CYBERUK 2019: the NCSC's, and at CYBERUK, but not either.
    assert_declines(answerer, question, shown)


@pytest.mark.parametrize("question", [
    "Was it Steve Barclay who opened the NCSC?",
    "Was it Francis Maude who opened the NCSC?",
    "Was it Ian Levy who launched the 2016 strategy?",
    "was it ian levy who launched the 2016 strategy?",
])
def test_a_name_put_to_a_deed_it_did_to_something_else_is_declined_whatever_its_capitals(answerer, question):
    # Barclay launched the GCSS and Maude announced CiSP: the name written with capitals is put to the deed as
    # much as "was it steve barclay" is, and the deed is held to what it was done to (a strategy, past its year).
    assert not answerer.answer(question, record_gap=False).answered


def test_a_name_put_to_the_deed_the_entry_tells_of_them_is_answered(answerer):
    assert_answers(answerer, "Was it the Queen who opened the NCSC?", "14 February 2017")
    assert_answers(answerer, "was it Steve Barclay who launched the GCSS?", "Barclay")
    assert_answers(answerer, "It was Hammond who launched the 2016 strategy, wasn't it?", "Hammond")


@pytest.mark.parametrize("question, shown", [
    ("It was Ian Levy that launched the 2016 strategy, wasn't it?", "who launched the strategy"),
    ("was it ciaran martin that opened the ncsc?", "who opened it"),
    ("Is it Steve Barclay who set up the NCSC?", "who set up the NCSC"),
    ("Was it Hammond who set up the NCSC?", "who set up the NCSC"),
    ("Was it Lindy Cameron that set up the NCSC?", "who set up the NCSC"),
])
def test_a_name_put_to_a_deed_with_that_or_a_particle_is_held_to_what_the_deed_was_done_to(answerer, question, shown):
    # "It was X that ..." puts X to the deed as "was it X who" does, and "set up", "kicked off", "rolled out" open or
    # make a thing as "opened" does: Levy led the NCSC at its launch, Barclay launched the GCSS, Hammond the strategy.
    assert_declines(answerer, question, shown)


def test_a_name_put_to_the_deed_the_entry_tells_of_them_with_that_or_a_particle_is_answered(answerer):
    assert_answers(answerer, "it was Hammond that launched the 2016 strategy, right?", "Hammond")
    assert_answers(answerer, "is it the queen that opened the ncsc?", "14 February 2017")
    assert_answers(answerer, "Was it Barclay that kicked off the GCSS?", "Barclay")
    assert_answers(answerer, "Was it Steve Barclay who rolled out the GCSS?", "Barclay")
    assert_answers(answerer, "who set up the NCSC?", "October 2016")
    assert_answers(answerer, "who kicked off the GCSS?", "Barclay")
    assert_answers(answerer, "who set up the technical resource group?", "Socitm")
    # ("is it true that", "it was in 2016 that" put no one to a deed)
    assert_answers(answerer, "is it true that the queen opened the ncsc?", "14 February 2017")
    assert_answers(answerer, "it was in 2016 that the NCSC opened, right?", "October 2016")


def test_when_someone_did_a_deed_that_opens_a_thing_is_held_to_their_having_done_it(answerer):
    # Lindy Cameron succeeded Ciaran Martin in October 2020; she opened nothing.
    assert_declines(answerer, "When did Lindy Cameron open the NCSC?", "Lindy Cameron opened")
    assert_answers(answerer, "When did Hammond launch the 2016 strategy?", "1 November 2016")
    assert_answers(answerer, "when did steve barclay launch the GCSS?", "25 January 2022")


def test_who_did_a_deed_to_the_thing_the_entry_tells_it_of_is_answered(answerer):
    assert_answers(answerer, "who launched Exercise in a Box in 2019?", "Lidington")
    assert_answers(answerer, "who opened the ncsc", "Queen")
    assert_answers(answerer, "who launched the GCSS?", "Barclay")
    assert_answers(answerer, "who built pdns", "Nominet")


@pytest.mark.parametrize("question", [
    "Should we recommend Cyber Essentials Plus be mandatory for all council suppliers? Yes/no and why.",
    "Should our council require suppliers to hold Cyber Essentials?",
    "should cyber essentials be compulsory for every council? yes or no, with reasons",
    "Which looks better in a press release - saying we have Cyber Essentials or saying we use the CAF?",
    "does PDNS or Web Check sound more reassuring to councillors?",
    "would it be wiser for us to join a WARP or CiSP?",
    "Is it better for us to go for Cyber Essentials or Cyber Essentials Plus?",
])
def test_advice_or_how_a_thing_comes_across_is_a_judgement_no_source_makes(answerer, question):
    assert_declines(answerer, question, "view")


def test_what_the_sources_say_is_required_or_came_first_is_still_answered(answerer):
    assert_answers(answerer, "Is PDNS mandatory for central government departments?", "mandated")
    assert_answers(answerer, "Which came first, Cyber Essentials or the CAF?", "2014")
    # a view someone urged on councils is theirs, reported: "look good" is what Connell warned against
    assert_answers(answerer, "what did Connell say about how to fill in the stocktake? be honest or make ourselves look good",
                   "honest")


@pytest.mark.parametrize("question, shown", [
    ("ChatGPT told me the NCSC opened in October 2016 and that Ciaran Martin was its first chief executive. Is that right?",
     "Ciaran Martin"),
    ("Chatgpt says CiSP was launched in 2013 by Francis Maude - correct?", "Maude"),
    ("According to Copilot, the NCSC launched in October 2016. Is that right?", "October 2016"),
    ("Google's AI overview says Lindy Cameron ran the NCSC from 2020. True?", "Lindy Cameron"),
    ("I asked ChatGPT and it said the Local CIO Council slogan is 'simplify, standardise, share'. Can you confirm?",
     "simplify, standardise, share"),
])
def test_what_an_ai_tool_told_the_asker_is_the_claim_checked_not_a_thing_asked_about(answerer, question, shown):
    # The tool is who made the claim, as a colleague would be: not a subject our sources "say nothing about".
    assert_answers(answerer, question, shown)


@pytest.mark.parametrize("question, shown", [
    ("ChatGPT told me the NCSC opened in October 2016 and that Lindy Cameron was its first chief executive. Is that right?",
     "Lindy Cameron"),
    ("Copilot says Lindy Cameron took over the NCSC in 2020 and Richard Horne in 2022. Can you check?", "2022"),
    ("I asked an AI tool and it said Exercise in a Box was launched by David Lidington at CYBERUK 2019 in Manchester. Right?",
     "Manchester"),
])
def test_an_ai_tools_claims_with_one_wrong_are_not_confirmed(answerer, question, shown):
    assert_declines(answerer, question, shown)


@pytest.mark.parametrize("question", [
    "Is the Local CIO Council slogan 'simplify, secure, share'?",
    "I asked ChatGPT and it said the Local CIO Council slogan is 'simplify, secure, share'. Can you confirm?",
    "Copilot says the LCIOC motto is 'simplify, standardise, secure' - right?",
    "our draft quotes the Local CIO Council's slogan as \u2018streamline, standardise, share\u2019, ok?",
])
def test_a_quote_with_one_word_changed_is_declined_with_the_words_the_source_has(answerer, question):
    assert_declines(answerer, question, "it says \u201csimplify, standardise, share\u201d")


@pytest.mark.parametrize("question, shown", [
    ("I'm writing 'Cyber Essentials launched in June 2014'. Is that supported, and what's the source?", "5 June 2014"),
    ("'Cyber Essentials launched in June 2014'. Is that supported, and what's the source?", "5 June 2014"),
])
def test_asking_for_the_source_of_a_line_does_not_make_the_source_what_is_asked(answerer, question, shown):
    # "supported" and "source" once found the Cyber Support programme's entry
    assert_answers(answerer, question, shown)


def test_a_year_claimed_of_a_body_by_its_initials_is_not_confirmed_by_what_another_thing_did_that_year(answerer):
    # "the NCSC was set up in 2014" found Cyber Essentials' launch (June 2014) and confirmed it
    assert_declines(answerer, "the NCSC was set up in 2014, right?", "NCSC")
    assert_declines(answerer, "Copilot reckons the CAF came out in 2014 - right?")
    assert_declines(answerer, "so the LGA was formed in 2014 yeah?")
    # the body the entry does name, by its initials or written out, is confirmed as before
    assert_answers(answerer, "the NCSC was set up in 2016, right?", "October 2016")
    assert_answers(answerer, "CE launched in 2014, yeah?", "June 2014")
    assert_answers(answerer, "the LGA stocktake was done in 2018, right?", "2018")


def test_a_wrong_year_claimed_of_a_thing_is_checked_against_the_entry_about_it_not_one_sharing_the_year(answerer):
    # The NCSC started work in October 2016; "2015" leads the search to the November 2015 Autumn Statement, which is
    # not about the NCSC. The decline gives the line that corrects the claim.
    for question in ("ChatGPT told me the NCSC was set up in 2015",
                     "was the NCSC launched in 2015?",
                     "when in 2015 did the ncsc open?",
                     "when in 2019 did the NCSC open?"):
        assert_declines(answerer, question, "NCSC")
        answer = answerer.answer(question, record_gap=False)
        assert "Autumn Statement" not in answer.text.partition("Did you mean")[0], answer.text
        assert "Exercise in a Box" not in answer.text, answer.text
    assert_declines(answerer, "bard says the queen opened the NCSC in 2019", "14 February 2017")
    # A year the thing's name carries is no claim, and one the entry about it holds is answered.
    assert_answers(answerer, "When was the National Cyber Strategy 2022 actually published?", "15 December 2021")
    assert_answers(answerer, "how much has cyber support paid out since 2020", "19.9")

def test_a_belief_stated_as_fact_is_checked_however_it_is_put(answerer):
    # Said with what the asker means to do about it ("so we ..."), where it came from ("that's what we were told"),
    # or for the record, a belief is a claim: the entry that says otherwise declines it with its own line.
    assert_declines(answerer, "Web Check is a paid service for councils, so we need to find budget for it", "free")
    assert_declines(answerer, "Protective DNS is a paid add-on for councils so we'll need to budget for it", "free")
    assert_declines(answerer, "ncsc is in effect the regulator for councils so they'll inspect us",
                    "no regulatory responsibilities")
    assert_declines(answerer, "the LGA's on-call team handles the technical recovery for us, that's what we were told",
                    "non-technical support")
    assert_declines(answerer, "For the minutes: Mail Check was launched at CYBERUK 2019 in Glasgow.", "not Mail Check")
    # ...and so is a plain statement of what a thing is.
    assert_declines(answerer, "Logging Made Easy is a professional SIEM tool maintained by the NCSC",
                    "should not be used as a SIEM")


def test_a_true_belief_stated_as_fact_is_still_answered(answerer):
    assert_answers(answerer, "Exercise in a Box is a free NCSC tool, so it won't need budget", "free")
    assert_answers(answerer, "the stocktake covered all 353 councils in England, that's what we were told", "353")
    assert_answers(answerer, "Just noting for the minutes that the Queen opened the NCSC in February 2017.", "14 February 2017")
    assert_answers(answerer, "Protective DNS is basically a free DNS resolver that blocks known malicious domains, so we "
                             "can just sign up", "free")
    assert_answers(answerer, "Logging Made Easy is free, isn't it?", "free")


def test_a_day_claimed_for_one_edition_is_held_to_that_editions_year(answerer):
    # CYBERUK 2019 began on 24 April 2019; the sources give CYBERUK 2018 no dates at all.
    assert_declines(answerer, "Was CYBERUK 2018 on 24 April too?", "2019")
    assert_answers(answerer, "CYBERUK 2019 started on 24 April, right?", "24 April 2019")


def _reply(answerer, question: str):
    return answerer.answer(question, record_gap=False)


@pytest.mark.parametrize("question", [
    "Yes or no: is the NCSC part of GCHQ?",
    "is the ncsc part of gchq",
    "For the newsletter: 'Geoff Connell is the Socitm Local CIO Council's core spokesperson on cybersecurity.' "
    "Reply yes or no: is that right?",
    "Quick yes/no - is Exercise in a Box free?",
    "Was the NCSC officially opened by the Queen? y/n",
    "Dylan Roberts chairs the Local CIO Council, yes?",
    "Just answer yes or no. Did Francis Maude announce CiSP?",
    "Does Exercise in a Box have a pathway designed specifically for local authorities?",
])
def test_a_yes_no_question_the_entry_bears_out_is_answered_yes_first(answerer, question):
    answer = _reply(answerer, question)
    assert answer.answered and answer.text.startswith("Yes. "), answer.text


@pytest.mark.parametrize("question", [
    "Is CiSP only for councils? Yes or no",          # "only" is more than the entry's words together bear out
    "Yes/no: is Web Check still running?",           # "still": the entry is dated
    "Is Geoff Connell Socitm president?",            # "former Socitm president" by 2018
    "Did the LGA get £1.5m from the government in 2018? Yes or no",   # its sources differ on who gave it
    "ncsc is part of which agency? asking bc i need it for my notes",  # asks which
    "Is the NCSC not part of GCHQ?",
    "do the acd 'simple and free' measures need extra budget?",   # none needed extra money; the quote is a phrase
    "is the LGA's on-call cyber support technical? y/n",          # "non-technical support"
    "was connell at norfolk before newham?",                     # an order: Newham came first
])
def test_a_yes_no_question_the_entry_does_not_plainly_bear_out_gets_no_yes(answerer, question):
    assert not _reply(answerer, question).text.startswith("Yes")


def test_asking_for_a_yes_or_no_does_not_stop_a_false_claim_being_declined(answerer):
    # The Queen opened the NCSC on 14 February 2017; "yes or no" is no choice between two things.
    assert_declines(answerer, "Yes or no: did the Queen open the NCSC in 2016?", "14 February 2017")
    assert_declines(answerer, "Did Philip Hammond launch the National Cyber Security Strategy in 2017? y/n", "2016")
    assert_declines(answerer, "Yes or no: is the NCSC part of MI5?")
