"""Council leads get sourced answers, even with typos, and an honest "not sure" otherwise."""

import pytest

from bot.assistant import all_migrations
from bot.answers import search
from bot.answers.answerer import Answerer
from bot.answers.replies import answer_reply
from bot.answers.gaps import GapLog
from bot.core.replies import Buttons, render_plain
from bot.core.storage import Storage
from handlers.testing.asking import assert_answers, assert_declines


def test_every_entry_is_found_by_its_own_title(kb, answerer):
    found = [e.id for e in kb.answerable() if answerer.answer(e.title).entry.id == e.id]
    assert len(found) >= 0.9 * len(kb.answerable())


def test_every_answer_given_cites_its_sources(kb, answerer):
    for entry in kb.answerable():
        answer = answerer.answer(entry.title)
        if answer.answered:
            assert answer.sources, entry.id
            assert "Sources:" in answer.text


@pytest.mark.parametrize("clean, messy", [
    ("What is Web Check?", "wat is web chek"),
    ("What is Cyber Essentials?", "what is cyber esentials??"),
    ("Who chairs the Local CIO Council?", "WHO CHAIRS THE LOCAL CIO COUNCIL"),
])
def test_typos_and_shouting_find_the_same_answer(answerer, clean, messy):
    first, second = answerer.answer(clean), answerer.answer(messy)
    assert first.answered and second.answered
    assert first.entry.id == second.entry.id


def test_a_short_name_typed_with_its_middle_letters_swapped_on_a_phone_is_that_name(answerer):
    # In four letters one swap is a quarter of the word: too far for the typo cut-off, yet "pnds" is PDNS.
    assert_answers(answerer, "who runs pnds", "Protective DNS")
    assert_answers(answerer, "wat does the nscc do", "National Cyber Security Centre")
    assert_answers(answerer, "how do i join csip", "CiSP")
    # Only our names: "wrok" may be "work" or "wreck", and "cips" is another body's initials, not CiSP's.
    assert answerer.index.term_for("wrok") is None
    assert answerer.index.term_for("cips") is None


def test_a_short_name_heard_aloud_and_written_by_ear_with_an_s_for_its_soft_c_is_that_name(answerer):
    assert_answers(answerer, "who announced sisp", "Maude")
    assert_answers(answerer, "what was sesg", "CESG")
    # Only a soft c (before e, i, y), and only in a name of ours that is no English word.
    assert answerer.index.term_for("sast") is None


def test_a_slip_for_an_everyday_word_reads_as_that_word_typed_right(answerer):
    # "acording to ncsc" is where the asker heard it (as "according to" is), not a word "accord" no entry covers.
    assert_answers(answerer, "who runs pdns now acording to ncsc", "Nominet")
    # "mantaining" no dictionary knows: it is "maintaining", not a rare name weighing down the question.
    assert_answers(answerer, "whos mantaining logging made easy", "CISA")
    assert_answers(answerer, "whos runing the ncsc now", "Richard Horne")
    # "how mnay" asks a count, as "how many" does: not the entry that only mentions councils responding.
    assert_answers(answerer, "how mnay councils responded to the stocktake", "353")
    # "australias" is Australia's: the question is about another country's scheme.
    assert_declines(answerer, "how does australias essential eight compare with cyber essentials")
    # Not a word of another language ("statt" is no slip for "state"), nor a surname written like a slip.
    assert answerer.answer("Wann fand CYBERUK 2017 statt?", record_gap=False).intent == "foreign"
    assert_declines(answerer, "michael gove launched the gcss didnt he")
    # Never a word into one of ours: a slip one letter from a name of ours is for the typo correction to read.
    index = answerer.index
    assert index.everyday_as_typed("wat did socitms cyber groups do") == "what did socitms cyber groups do"
    assert index.everyday_as_typed("Smyth said acording to him") == "Smyth said according to him"
    # A name made of an English word and a letter more is a name ("civica" is no slip for "civic"), and a
    # slip keeps its first letter ("opend" is "opened", never "spend").
    assert index.everyday_as_typed("can civica review our cyber security") == "can civica review our cyber security"
    assert index.everyday_as_typed("who opend the ncsc officialy") == "who opened the ncsc officially"


def test_a_short_word_typed_with_two_letters_swapped_reads_as_the_everyday_word(answerer):
    # "wrok", "opne", "mial": four letters with two side by side swapped make one everyday word, and only one.
    assert_answers(answerer, "so when did the ncsc actually start wrok then", "October 2016")
    assert_answers(answerer, "wen did ncsc opne for busness", "October 2016")
    assert_answers(answerer, "is mial check still running", "Mail Check")
    index = answerer.index
    assert index.everyday_as_typed("wen did it opne") == "when did it open"
    # ...but never an unknown acronym, nor a real word ("wreck"), nor a slip a swap does not mend.
    assert index.everyday_as_typed("who is the siro at leeds") == "who is the siro at leeds"
    assert index.everyday_as_typed("igso and nsca roles") == "igso and nsca roles"
    assert index.everyday_as_typed("the wreck of it") == "the wreck of it"
    # A year the asker names that the entry is not about is still declined.
    assert_declines(answerer, "when did the ncsc opne its belfast office")


def test_a_long_word_typed_with_a_slip_reads_as_the_word_though_it_is_no_everyday_one(answerer):
    # "forwarding" is less common than "forward", yet nine letters one slip from it can be nothing else.
    assert_answers(answerer, "whats the txt forwrding number for scam messages", "7726")
    assert answerer.index.everyday_as_typed("my apprenticship at the council") == "my apprenticeship at the council"
    # A shorter word is mended only into an everyday one, and the other country asked about stays asked.
    assert_declines(answerer, "whats the txt forwrding number in australia")


@pytest.mark.parametrize("question, fact", [
    ("when did lindy cameron strat as ncsc ceo", "October 2020"),
    ("when did richard horne strat as ncsc ceo", "October 2024"),
    ("so when did the ncsc actually stat work then", "October 2016"),
])
def test_strat_or_stat_where_a_verb_stands_is_start_typed_in_a_hurry(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_strat_as_a_noun_is_still_the_strategy(answerer):
    assert_answers(answerer, "how much was the national cyber strat worth", "1.9")
    # ...and another body's start is not the NCSC's
    assert_declines(answerer, "when did enisa strat work")


def test_practises_spelt_as_the_verb_are_the_practices_the_entry_counts(answerer):
    # UK English spells the verb "practise" and the noun "practice", and people mix them up
    assert_answers(answerer, "how many gp practises were affected by wannacry", "595")
    # ...a count of other practices, or of another attack, is still not ours to give
    assert_declines(answerer, "how many dental practises got hit by wannacry")
    assert_declines(answerer, "how many gp practises were hit by notpetya")


def test_a_slip_for_a_name_of_ours_is_read_as_that_name_by_every_step_not_only_the_search(answerer):
    # The search always read "PNDS" as PDNS; the labels it is matched to and the constraints now read it so too.
    assert_answers(answerer, "Dear cyberbot, is PNDS something we pay for?", "Protective DNS")
    assert_answers(answerer, "where was CYBRUK 2018", "Manchester")
    # A person or place of ours typed with a slip is held to as typed right: what we cannot say of them now
    # (or of a council we know nothing of) is declined, not answered from their old entry.
    assert_declines(answerer, "what is Andy Hopkrik doing these days")
    assert_declines(answerer, "who runs IT at sufolk county council now")
    index = answerer.index
    assert index.ours_as_typed("what did conenll say") == "what did connell say"
    # "cllsr who aren't techy": a plural stays plural.
    assert index.ours_as_typed("for cllsr who aren't techy") == "for cllrs who aren't techy"
    # Never an English word or a surname English knows ("gove" is no "gov"), nor into another body's initials
    # ("ciso" is no "cio"), nor a word of the lexicon.
    assert index.ours_as_typed("did michael gove launch it") == "did michael gove launch it"
    assert index.ours_as_typed("who is the ciso of leeds") == "who is the ciso of leeds"
    assert index.ours_as_typed("when did lindy start") == "when did lindy start"
    assert_declines(answerer, "michael gove launched the gcss didnt he")


def test_an_everyday_misspelling_of_a_word_of_ours_is_that_word_for_every_reading_though_the_web_knows_it(answerer):
    # "adress" is common enough in web text for wordfreq to count it, yet it is "address" with a letter dropped:
    # the detail asked is the address, which the entry gives, not an "adress" it never mentions.
    assert_answers(answerer, "wots the adress for reporting scam emails", "report@phishing.gov.uk")
    index = answerer.index
    assert index.ours_as_typed("goverment strategy, frist chek of the adress") == "government strategy, first check of the address"
    # A rare word that is a letter changed from ours is another word ("natter" is no "matter"), a surname stays
    # a surname ("gove" is not three hundred times rarer than "gov"), and a short word makes no other body's initials.
    assert index.ours_as_typed("fancy a natter with gove") == "fancy a natter with gove"
    assert_declines(answerer, "what did gove say about the ncsc")


def test_a_doubled_letter_typed_once_reads_as_the_word_meant(answerer):
    # The commonest slip of all: "loging" read as "losing" sent the question to Cyber Essentials; "nutshel",
    # "wekdays" and "coridor" were words nobody asked about, and the question was declined for them.
    assert_answers(answerer, "ncsc loging guidance - who is it aimed at", "logging")
    assert_answers(answerer, "in a nutshel, what are the ncsc's 10 steps for", "10 Steps")
    assert_answers(answerer, "is the lga's on-call incident support just wekdays", "365 days")
    assert_answers(answerer, "wat is the phishing report adress, sat in a coridor waiting for committee", "report@phishing.gov.uk")
    index = answerer.index
    assert index.everyday_as_typed("a nutshel of the wekdays, the coridor") == "a nutshell of the weekdays, the corridor"
    # A word of ours counts as one English knows ("wanacry"), and a word English knows is never touched.
    assert index.everyday_as_typed("was wanacry a worm") == "was wannacry a worm"
    assert index.everyday_as_typed("the robbers took the copper") == "the robbers took the copper"


def test_a_slip_that_only_stems_like_a_word_of_ours_is_mended_to_the_word_meant(answerer):
    # "directer" stems as "direct", so the search found the technical director, but the check read "directer" as a
    # detail the entry never gives and declined.
    assert_answers(answerer, "technical directer at the ncsc when it opened?", "Levy")
    assert_answers(answerer, "whos the techincal directer at ncsc when it started", "Levy")
    # A wrong person typed right is still declined, whatever the post's spelling.
    assert_declines(answerer, "was lindy cameron the ncsc's first technical directer")
    index = answerer.index
    assert index.ours_as_typed("the cyberuk conferance, the improvment plan") == "the cyberuk conference, the improvement plan"
    # A word of ours with an ending of its own is no slip: it stays as typed.
    assert index.ours_as_typed("we got ransomwared") == "we got ransomwared"


def test_a_chat_spelling_of_a_question_word_asks_what_the_word_typed_right_asks(answerer):
    # "wot was X called" asks its name, as "what was X called" does, not what X did that year.
    assert_answers(answerer, "wot was socitm called in 2016 then", "Society")
    # "hw much ... was it a million?" puts a figure to check, as "how much" does: the sources give none, so it is declined.
    assert_declines(answerer, "hw much did the lincolnshire ransomware gang demand? a million wasnt it")
    index = answerer.index
    assert index.everyday_as_typed("wat is cisp") == "what is cisp"
    assert index.everyday_as_typed("Wen did it start, wher was it") == "When did it start, where was it"


def test_chat_style_paraphrase_is_understood(answerer):
    answer = answerer.answer("how much dosh is going into cyber?")
    assert answer.answered
    assert "1.9" in answer.text


@pytest.mark.parametrize("question, expected", [
    ("define WARP", "Warning, Advice and Reporting Point"),
    ("explain pdns", "Protective DNS"),
    ("whats the gist of the ncsc logging guidance", "logging"),
])
def test_asking_to_be_told_define_explain_gist_is_a_question_not_a_topic_word(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_name_shortened_to_its_initials_is_read_as_the_name(answerer):
    # "EIAB" is nowhere in the knowledge base; "Exercise in a Box" is.
    assert_answers(answerer, "does eiab have a pathway for local authorities", "Exercise in a Box")
    assert "eiab" not in answerer.index.query_terms("what is eiab")[1]
    # Initials that are an English word stay that word.
    assert "box" not in answerer.index.query_terms("what is a bag")[0]


def test_initials_an_entry_lists_as_well_are_the_name_they_stand_for(answerer):
    # "SERS" is a keyword of the entry that spells out the Suspicious Email Reporting Service: typed as its
    # initials it asks what the name typed in full asks, not about a word "ser" alone.
    assert_answers(answerer, "which police force did the ncsc launch SERS with", "City of London")
    assert_answers(answerer, "ncsc sers launched w/ which police force", "City of London")


def test_a_name_spelt_out_in_full_asks_about_what_its_acronym_names(answerer):
    # "Government Cyber Security Strategy (GCSS)" is spelt out in the knowledge base; a question that writes
    # the name in full is about the GCSS, not about government money or some other cyber strategy.
    assert "gcss" in answerer.index.query_terms("what did the government cyber security strategy give councils")[0]
    assert_answers(answerer, "I understood the Government Cyber Security Strategy came with a sum of money for "
                             "local authorities. Could you remind me how much?", "37.8")
    # The same words that are not that name stay words.
    assert "gcss" not in answerer.index.query_terms("what is the government's cyber security money for")[0]


def test_an_event_held_somewhere_answers_for_its_venue(answerer):
    # The CYBERUK 2019 entry never uses the word "venue"; its event was held at the SEC in Glasgow.
    assert_answers(answerer, "CYBERUK 2019: venue and start date?", "SEC", "24 April 2019")
    # Naming the town and asking which venue wants more than the town: the SEC.
    assert_answers(answerer, "cyberuk 2019 in glasgow - which venue?", "SEC")
    assert_declines(answerer, "cyberuk 2017 liverpool - venue name?", "venue")


def test_a_lead_is_over_the_next_entry_that_meets_the_question_not_one_it_rules_out(answerer):
    # The 2018/19 funding entry is level on words but says nothing after 2019: no rival to the
    # entry on the following years.
    question = "did the ministry plan further council cyber funding after 2018/19?"
    assert not answerer.index.search(question, limit=4).confident
    assert_answers(answerer, question, "following two financial years")


def test_a_comma_before_a_new_subject_ends_the_asking_clause(answerer):
    assert_answers(answerer, "who is paul bettison, his name is on an old lga cyber press release",
                   "Improvement and Innovation Board")


@pytest.mark.parametrize("question, expected", [
    ("cyber essentials in one line for a cllr who's never heard of it", "certification"),
    ("what are the caf objectives a to d my heads gone", "managing security risk"),
])
def test_how_short_for_whom_and_how_the_asker_feels_are_asides_not_the_question(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_place_guessed_in_the_chat_when_asking_where_is_no_place_the_answer_must_be_about(answerer):
    assert_answers(answerer, "where was cyberuk 2018 held, bab? thinkin it might've been brum but prob not", "Manchester")
    # Asked about, the place still holds.
    assert_declines(answerer, "was cyberuk 2018 in birmingham?")
    assert_declines(answerer, "where in birmingham was cyberuk 2018 held?")


@pytest.mark.parametrize("question, expected", [
    ("when did the ncsc come up with the caf in the first place?", "2018"),
    ("which older bodies did the ncsc swallow up when it launched?", "CESG"),
    ("did lincolnshire cough up when they got hit by ransomware?", "did not pay"),
])
def test_everyday_idioms_are_read_as_what_they_mean(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_bare_name_with_a_word_more_goes_to_the_entry_whose_title_has_both(answerer):
    # "CAF objectives?" is the objectives entry, not the CAF overview that leaves them out of its title.
    assert_answers(answerer, "CAF objectives A-D? 🙏", "managing security risk")
    assert_answers(answerer, "caf?", "Cyber Assessment Framework")


def test_a_first_said_only_in_the_chat_asks_for_no_first(answerer):
    assert_answers(answerer, "I'm drafting our council's first cyber strategy and want to echo the national one. "
                             "What was the 2016 strategy's vision for where the UK would be by 2021?", "secure and resilient")
    assert_answers(answerer, "who was the first chief executive of the ncsc", "Ciaran Martin")


def test_a_bare_number_an_entry_is_named_by_asks_about_that_entry(answerer):
    assert_answers(answerer, "7726?", "Suspicious text messages")
    # Numbers that name nothing stay unanswered; so does a year on its own.
    assert not answerer.answer("2 * 3 * 4", record_gap=False).answered
    assert not answerer.answer("2016", record_gap=False).answered


def test_service_desk_shorthand_for_an_address_is_read(answerer):
    assert_answers(answerer, "phish report addr", "report@phishing.gov.uk")


def test_a_clear_winner_answers_even_when_half_the_question_is_office_chat(answerer):
    # "line manager wants to know" is context the knowledge base has no words for: coverage is
    # below the full bar, but one entry leads the rest clearly and matches the thing asked.
    question = "line manager wants to know what ncsc web check does"
    result = answerer.index.search(question, limit=4)
    assert result.best.entry.id == "web-check"
    assert result.best.coverage < search.MIN_COVERAGE
    assert result.confident
    assert answerer.answer(question).answered


def test_a_lead_on_one_shared_everyday_word_is_not_enough(answerer):
    result = answerer.index.search("what time does the canteen shut on fridays", limit=4)
    assert not result.confident
    assert not answerer.answer("what time does the canteen shut on fridays").answered


def test_two_entries_neck_and_neck_on_a_partly_covered_question_are_offered_not_chosen(kb):
    first, second, gap = kb.by_id["ncss-2016-pillars"], kb.by_id["ncs-2022-pillars"], next(e for e in kb.entries if e.unknown)
    best = search.Match(first, 0.80, 10.0, 0.70, 0.7)
    assert search.dead_heat(best, search.Match(second, 0.79, 9.0, 0.70, 0.7))
    assert not search.dead_heat(best, search.Match(second, 0.70, 9.0, 0.70, 0.7))        # a clear lead
    assert not search.dead_heat(search.Match(first, 0.95, 10.0, 0.95, 0.9),
                                search.Match(second, 0.94, 9.0, 0.95, 0.9))              # both fully covered
    assert not search.dead_heat(best, search.Match(gap, 0.79, 9.0, 0.70, 0.7))          # a known gap decides itself


@pytest.mark.parametrize("question, fact", [
    ("is protective dns mandatory? for who?", "central government"),
    ("10 steps to cyber security - what sits in the middle of it?", "risk management"),
])
def test_a_question_about_one_side_of_a_subject_is_answered_though_the_subject_has_other_entries(
        answerer, question, fact):
    # Protective DNS has an entry on who runs it, the 10 Steps one on when they were published: the
    # question's words are about the subject, so close scores between its entries are no guess
    # between topics, and the entry whose name the question reads like answers.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "ncsc deputy ceo at launch?",                           # "NCSC" alone is no one subject
    "did george osborne launch the 2016 cyber strategy",    # nor "2016 strategy launch"
    "what % of councils passed the lga self assessment",
])
def test_entries_that_share_only_a_common_word_are_still_a_guess_between_topics(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


@pytest.mark.parametrize("question, facts", [
    ("gcss targets - what years?", ("2025", "2030")),
    ("GCSS target years?", ("2025", "2030")),
    ("What has Socitm's Cyber Technical Resource Group helped the NCSC write?", ("election security",)),
    ("what did socitm's cyber technical resource group help write for the ncsc?", ("election security",)),
])
def test_of_two_entries_neck_and_neck_the_one_that_holds_the_other_answers(answerer, question, facts):
    # The summary of the GCSS targets says what the entry on its 2025 target says, and the 2030 one too:
    # whichever was meant, it answers. The entry on the group's election guidance speaks to "write" and
    # to every other word the entry on Socitm's groups does: the words tell the two apart.
    assert_answers(answerer, question, *facts)


@pytest.mark.parametrize("question", [
    "what are the GCSS target months",                                           # no entry gives months
    "what's the GCSS target for 2040?",                                          # nor a 2040 target
    "What did Socitm's Cyber Technical Resource Group help the ICO write?",     # nor the ICO's guidance
    "what % of councils passed the lga self assessment",                         # two sides, neither holds it
])
def test_entries_neck_and_neck_that_do_not_hold_what_is_asked_are_still_declined(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


def test_an_entry_holds_another_when_it_says_its_facts_not_only_its_subject(answerer, kb):
    index = answerer.index
    summary, side = kb.by_id["gcss-targets"], kb.by_id["deadline-gcss-2025"]
    assert index.says_all_of(summary, side) and index.says_all_of(side, summary)
    assert not index.says_all_of(kb.by_id["socitm-cyber-groups"], kb.by_id["socitm-election-security"])
    assert not index.says_all_of(kb.by_id["event-cyberuk-2018"], kb.by_id["event-cyberuk-2019"])


@pytest.mark.parametrize("question", [
    "the ncs 2022: what year are its outcomes targeted for?",
    "national cyber strategy 2022 - by when are its outcomes meant to be met?",
])
def test_two_close_entries_that_give_the_same_date_asked_for_are_no_guess_between_them(answerer, question):
    # The entries on the 2022 strategy's pillars and on its aim both say "outcomes targeted by 2025":
    # whichever of the two the question meant, the date it asks for is the same.
    assert_answers(answerer, question, "2025")


@pytest.mark.parametrize("question", [
    "what year are the ncs 2022 outcomes for wales targeted",     # a place neither entry speaks of
    "when was the cyber essentials scheme launched in scotland",
])
def test_close_entries_giving_the_same_date_still_decline_what_neither_is_about(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


def test_two_answers_give_alike_only_the_kind_of_thing_asked_for_and_not_the_years_the_question_names(answerer, kb):
    index = answerer.index
    terms, _ = index.query_terms("by when are the ncs 2022 outcomes targeted")
    pillars, aim = kb.by_id["ncs-2022-pillars"], kb.by_id["ncs-2022-cyber-power"]
    assert index.gives_alike(pillars, aim, terms, [search.DATE])       # 2025 in both; 2022 is the question's
    assert not index.gives_alike(pillars, aim, terms, [])              # nothing of a kind is asked
    cyberuk, _ = index.query_terms("when was cyberuk")
    assert not index.gives_alike(kb.by_id["event-cyberuk-2018"], kb.by_id["event-cyberuk-2019"], cyberuk, [search.DATE])


def test_two_entries_are_sides_of_one_subject_only_when_they_share_its_rare_name(answerer):
    index = answerer.index
    steps = index.search("10 steps to cyber security - what does it say?", limit=4)
    overview, history = steps.matches[0], next(m for m in steps.matches if m.entry.id == "ten-steps-history")
    assert index.same_subject(overview, history, steps.terms)
    assert not index.same_subject(history, overview, steps.terms)     # the label the question reads less like
    launch = index.search("ncsc deputy ceo at launch?", limit=4)
    assert not any(index.same_subject(launch.matches[0], m, launch.terms) for m in launch.matches[1:])


@pytest.mark.parametrize("question, fact", [
    ("ncsc IR team is a merger of which two teams", "GovCertUK"),
    ("EW eligibility: uk only or crown deps too", "Crown Dependencies"),
])
def test_a_practitioner_typing_our_own_acronyms_gets_the_entry_far_ahead_of_the_rest(answerer, question, fact):
    # "IR team" reads like "incident response team", one of the entry's own labels, once the chat word
    # is read as what it stands for; typed as "IR" it resembles no label, and the clear lead was refused.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "EW feed format — STIX/TAXII or just email?",     # the entry says nothing of feed formats
    "how many staff are in the ncsc IR team",          # a figure the sources do not give
    "how many councils have completed the CAF for lgov since oct 2024",   # the launch, not who completed it
])
def test_an_acronym_read_as_its_words_does_not_answer_what_the_entry_never_says(answerer, question):
    assert not answerer.answer(question, record_gap=False).answered


def test_the_label_match_reads_chat_words_as_what_they_stand_for(answerer):
    index = answerer.index
    entry = answerer.kb.by_id["ncsc-incident-management"]
    result = index.search("ncsc IR team is a merger of which two teams", limit=4)
    assert result.best.entry is entry and result.best.fuzzy < search.LEAD_FUZZY
    assert index.reads_like(entry, "ncsc IR team is a merger of which two teams") >= search.LEAD_FUZZY
    assert index.reads_like(entry, "ncsc incident team") == 0.0     # nothing to read otherwise: the ranking's match holds


def test_a_name_set_in_slack_code_marks_is_read_as_the_name(answerer):
    # Backticks stuck to "web" and "check" made them other words to the label match, and the entry on
    # Web Check's take-up read more like the question than Web Check itself.
    assert_answers(answerer, "`web check` — what does it actually do, one para", "scans their websites")
    assert_declines(answerer, "is `web check` free for schools in france?", "France")


def test_a_number_in_a_things_name_is_a_word_of_the_question(answerer):
    # "10 steps": the 10 is half the name, so the entry named by it speaks to two of the question's
    # words, and its wide lead answers; a year is never part of a name's words.
    assert_answers(answerer, "10 steps — what sits at the heart of the diagram ta", "risk management")
    assert not answerer.answer("10 things — what sits at the heart of the diagram", record_gap=False).answered
    assert not answerer.answer("2016 — what sits at the heart of the diagram ta", record_gap=False).answered


def test_an_exclamation_or_a_request_for_a_paragraph_is_no_topic_of_the_question(answerer):
    # "wtf is", "och,", "one para", "in non techie words": how someone asks, not what about.
    assert_answers(answerer, "wtf is the gccc", "Government Cyber Coordination Centre")
    assert_answers(answerer, "what is the gccc, one para", "Government Cyber Coordination Centre")
    assert not answerer.answer("wtf is a pension scheme", record_gap=False).answered
    assert not answerer.answer("och, what is the weather like in glasgow", record_gap=False).answered


@pytest.mark.parametrize("question", [
    "what's the best pizza topping",
    "How do I configure a Cisco ASA firewall?",
    "What is the budget of Brazil's cyber strategy?",
])
def test_off_topic_questions_get_an_honest_not_sure(answerer, question):
    answer = answerer.answer(question)
    assert not answer.answered
    # "I'm not sure ...", or the specific reason: an opinion, a year or a place we do not hold.
    assert answer.text.startswith(("I'm not sure", "I stick to what my sources say", "I have", "My sources"))
    assert len(answer.suggestions) <= 3
    assert answer.sources == []


def test_a_question_about_a_known_gap_says_it_does_not_know(answerer):
    answer = answerer.answer("How much does Cyber Essentials Plus cost?")
    assert not answer.answered
    assert "price" in answer.text.lower() or "cost" in answer.text.lower()


@pytest.mark.parametrize("question", [
    "was Socitm's president expecting much of the £1.9bn to be spent directly on councils?",
    "socitm president on how much of the 1.9bn would be spent directly on councils?",
    "did socitm expect much of the national cyber money to be spent directly on councils?",
])
def test_what_someone_said_of_a_thing_our_sources_otherwise_lack_is_answered_from_what_they_said(answerer, question):
    # No source says how much of the £1.9bn went to councils (a known gap), but Socitm's president said little
    # would: the gap says nothing of Socitm, the entry on his view does.
    assert_answers(answerer, question, "Geoff Connell", "little if any")


def test_a_known_gap_still_answers_for_a_name_no_entry_near_it_speaks_of(answerer):
    assert_declines(answerer, "did the LGA say how much of the 1.9bn went directly to councils?")
    assert_declines(answerer, "did ciaran martin say what the ncsc annual budget was?")


@pytest.mark.parametrize("question, problem", [("", "empty question"), ("   \n\t ", "empty question"),
                                               ("x" * 10_000, "question too long"),
                                               # pasted signatures by the thousand: refused before they are read
                                               ("Jo Bloggs\nHead of ICT\nLeeds City Council\n" * 1500, "question too long")])
def test_empty_and_huge_questions_get_a_clear_message(answerer, question, problem):
    answer = answerer.answer(question)
    assert not answer.answered and answer.problem == problem
    assert answer.text and (problem != "question too long" or f"{len(question):,} characters" in answer.text)


@pytest.mark.parametrize("question", ["\x00\x01\x02\xff", "🔐🛡️💷❓", "ما هو مركز الأمن السيبراني",
                                      "\u202eevil\u202c what is web check", "' OR 1=1; DROP TABLE feedback; --"])
def test_strange_text_never_crashes(answerer, question):
    answer = answerer.answer(question)
    assert isinstance(answer.answered, bool)
    assert answer.to_json_line()


def test_unanswered_questions_are_recorded_most_frequent_first(kb, clock, tmp_path):
    gaps = GapLog(Storage(tmp_path / "gaps.db", all_migrations()), clock)
    answerer = Answerer(kb, gaps)
    answerer.answer("what's the best pizza topping")
    answerer.answer("What's the best pizza topping?")
    answerer.answer("tell me a joke")
    answerer.answer("What is Web Check?")
    recorded = gaps.gaps()
    assert [(g.kind, g.count) for g in recorded] == [("unanswered", 2), ("unanswered", 1)]
    assert "pizza" in recorded[0].question


def test_not_helpful_votes_show_up_as_gaps_and_count_once_per_person(kb, clock, tmp_path):
    gaps = GapLog(Storage(tmp_path / "gaps.db", all_migrations()), clock)
    gaps.record_feedback("what is web check", "web-check", "U1", helpful=False)
    gaps.record_feedback("what is web check", "web-check", "U1", helpful=False)
    gaps.record_feedback("What is Web Check?", "web-check", "U2", helpful=False)
    gaps.record_feedback("what is mail check", "mail-check", "U1", helpful=True)
    recorded = gaps.gaps()
    assert [(g.kind, g.count, g.entry_id) for g in recorded] == [("not helpful", 2, "web-check")]


def test_an_answer_reply_carries_sources_and_feedback_buttons(answerer):
    reply = answer_reply(answerer.answer("What is Web Check?"))
    buttons = [b for block in reply.blocks if isinstance(block, Buttons) for b in block.buttons]
    assert {b.action_id for b in buttons} == {"feedback_helpful", "feedback_not_helpful"}
    assert "http" in render_plain(reply)


def test_an_unsure_reply_offers_suggestions_as_buttons(answerer):
    reply = answer_reply(answerer.answer("ncsc stuff"))
    assert reply.kind == "not_sure"
    suggestion_buttons = [b for block in reply.blocks if isinstance(block, Buttons)
                          for b in block.buttons if b.action_id.startswith("ask_suggestion")]
    assert 1 <= len(suggestion_buttons) <= 3
    assert all(b.value for b in suggestion_buttons)


@pytest.mark.parametrize("question, entry_id", [
    ("what was ciaran martin's role", "person-ciaran-martin"),
    ("what's lindy cameron's job", "ncsc-lindy-cameron"),
    ("what does dylan roberts do for a living", "person-dylan-roberts"),
])
def test_asking_for_someones_job_or_role_answers_from_the_entry_about_them(answerer, question, entry_id):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and answer.entry.id == entry_id


def test_job_and_role_say_what_is_asked_and_are_not_search_terms(answerer):
    result = answerer.index.search("what's lindy cameron's job title")
    assert search.ROLE in result.asked
    assert "job" not in result.terms and "titl" not in result.terms


def test_a_deadline_is_asked_like_a_date_and_needs_an_entry_that_gives_one(answerer):
    assert search.DATE in answerer.index.search("protective dns deadline?").asked
    assert not answerer.answer("protective dns deadline?", record_gap=False).answered
    assert_answers(answerer, "what's the deadline for mail check")


def test_these_days_and_at_the_moment_say_when_not_what(answerer):
    result = answerer.index.search("who heads up the ncsc at the moment these days")
    assert not {"day", "moment"} & set(result.terms) and "moment" not in result.unknown_terms
    assert_answers(answerer, "who heads up the ncsc at the moment", "Horne")


@pytest.mark.parametrize("question, entry_id", [
    ("caf?", "caf"),
    ("wot does pdns actually do", "protective-dns"),
    ("cyber essentials", "cyber-essentials"),
    ("early warning", "early-warning"),   # "NCSC ... service" says less than "Types of ... alert"
    ("who makes protective dns now", "protective-dns-providers"),   # asks one fact, not the thing
])
def test_a_bare_name_is_answered_by_the_entry_about_that_thing_not_a_sibling(answerer, question, entry_id):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and answer.entry.id == entry_id


def test_the_clause_that_asks_is_answered_when_chat_around_it_drowns_it(answerer):
    question = "afternoon all - what is exercise in a box? our emergency planning lead keeps going on about it"
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and answer.entry.id == "exercise-in-a-box"


def test_the_chat_around_the_asking_clause_still_holds_the_answer_to_its_year(answerer):
    question = "what did the ncsc annual review say about incidents? need the 2025 figures for our board"
    assert_declines(answerer, question, "not 2025")


def test_free_says_what_a_service_costs_a_council_not_what_was_spent_on_it(answerer):
    assert not answerer.answer("how much did the ncsc spend on web check", record_gap=False).answered
    assert_answers(answerer, "how much does web check cost")
    spent = answerer.answer("how much money did the government give councils for cyber in 2018/19", record_gap=False)
    assert spent.answered and "1.5" in spent.text


@pytest.mark.parametrize("question", [
    "do we have to pay for the ncsc's active cyber defence services?",
    "will our council need to pay to use mail check?",
    "is there a charge for exercise in a box or is it free?",
    "small district council here, do we need to pay anything for logging made easy",
    "quick one - do councils pay for web check?",
])
def test_whether_the_asker_pays_for_a_service_is_answered_by_what_it_costs(answerer, question):
    # "pay" is no cost word of its own (a ransom paid is no service's price), but "do we have to pay for X" asks
    # what X costs, which an entry calling it free answers.
    assert_answers(answerer, question, "free")


@pytest.mark.parametrize("question", [
    "do we have to pay for the ncsc board toolkit?",
    "do we have to pay for cyber essentials?",
    "should we pay the ransom?",
    "what sort of help does cyber support pay for",
])
def test_whether_the_asker_pays_is_not_answered_by_an_entry_that_gives_no_cost(answerer, question):
    # The board toolkit's entry says what it is and where, not what it costs; Cyber Essentials' prices are a known
    # gap; paying a ransom is a view; what a programme pays for is what it funds, not a price.
    answer = answerer.answer(question, record_gap=False)
    assert not (answer.answered and "free" not in answer.text and "£" not in answer.text), answer.text


def test_how_long_people_spend_somewhere_is_no_question_about_money(answerer):
    answer = answerer.answer("cyber 360 - how long do the peers spend with a council", record_gap=False)
    assert answer.answered and answer.entry.id == "cyber-360"


@pytest.mark.parametrize("question", ["where do i find the board toolkit", "link for the board toolkit pls"])
def test_asking_where_to_find_something_is_answered_with_where_it_is_online(answerer, question):
    assert_answers(answerer, question, "ncsc.gov.uk/board-toolkit")


def test_a_long_chatty_message_is_answered_when_one_entry_is_far_ahead(answerer):
    answer = answerer.answer("hiya, our emergency planning lot keep asking me this and I never remember: roughly how "
                             "long does an exercise in a box session take? trying to book a room lol", record_gap=False)
    assert answer.answered and "90" in answer.text


def test_hit_by_an_attack_is_the_same_as_affected_by_it(answerer):
    assert_answers(answerer, "which part of the public sector did wannacry hit in 2017", "NHS")


def test_asking_for_the_dates_wants_days_not_just_a_year(answerer):
    # The CYBERUK 2018 entry gives the city and the year, not the days it ran.
    assert not answerer.answer("what dates did cyberuk 2018 run", record_gap=False).answered
    assert_answers(answerer, "on what date did the queen open the ncsc", "14 February 2017")


@pytest.mark.parametrize("question, fact", [
    ("where did cyberuk 2018 take place", "Manchester"),
    ("which intelligence agency does the ncsc sit under", "GCHQ"),
    ("is cyber essentials compulsory for government suppliers", "1 October 2014"),
    ("which two teams were merged into the ncsc incident management team", "GovCertUK"),
])
def test_the_same_thing_said_in_other_words_finds_the_same_answer(answerer, question, fact):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and fact in answer.text


@pytest.mark.parametrize("question, asks_a_date", [
    ("which older bodies were merged into the NCSC when it was set up?", False),
    ("who was in charge when the ncsc launched", False),
    ("when did the ncsc open", True),
    ("ncsc opened when?", True),
])
def test_when_asks_for_a_date_only_when_it_is_what_is_asked(question, asks_a_date):
    assert (search.DATE in search.asked_types(question)) == asks_a_date


def test_what_a_strand_of_the_strategy_covers_is_its_explanation(answerer):
    assert_answers(answerer, "what does the deter strand of the 2016 strategy cover in practice", "hard target")


def test_what_the_cyber_support_programme_is_worth_is_its_own_sum(answerer):
    assert_answers(answerer, "what is the local digital cyber support programme worth in total", "19.9")


def test_what_something_was_for_is_what_it_aimed_to_do(answerer):
    assert_answers(answerer, "so what was the LGA stocktake really for?", "aimed")


@pytest.mark.parametrize("question, fact", [
    # "year" names the kind of answer (the entry says "2030"), "bodies" are the public sector's organisations
    ("in what year do public sector bodies need to be resilient to known attack methods", "2030"),
    # "city" names the kind of answer: the entry says "Manchester", never "city"
    ("which city did the local cyber security summit go to on 7 february 2017", "Manchester"),
])
def test_asking_which_year_or_which_city_finds_the_entry_that_gives_one(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_the_areas_a_self_assessment_asks_about_are_its_sections(answerer):
    assert_answers(answerer, "which areas are in the lga cyber self-assessment", "governance", "training and awareness")


@pytest.mark.parametrize("question, fact", [
    ("what does cisp stand for", "Cyber Security Information Sharing Partnership"),
    ("what does CAF stand for", "Cyber Assessment Framework"),
    ("acd stands for what", "Active Cyber Defence"),
])
def test_what_an_initialism_stands_for_is_the_entry_that_spells_it_out(answerer, question, fact):
    assert_answers(answerer, question, fact)


# -- everyday words for what an entry names technically (each word supported by the entry's own fact) --

def test_asking_for_help_at_the_weekend_or_a_bank_holiday_finds_the_lgas_on_call_support(answerer):
    # the LGA's on-call function runs "365 days a year": weekends, bank holidays and Christmas included
    assert_answers(answerer, "if we're hit on a bank holiday does the lga have anyone on call", "365 days")
    assert_answers(answerer, "can the lga help us over christmas if we get a cyber incident", "365 days")


def test_the_ncscs_annual_conference_of_a_year_is_that_years_cyberuk(answerer):
    # each CYBERUK is "the NCSC's flagship annual conference": named by what it is, with its year
    assert_answers(answerer, "where was the ncsc's annual conference in 2019", "Glasgow")
    assert_declines(answerer, "where was the ncsc's annual conference in 2020")


def test_the_colour_a_council_got_in_the_stocktake_is_its_rag_rating(answerer):
    assert_answers(answerer, "what colour did most of us get in the stocktake", "amber")


def test_the_topics_the_board_toolkit_goes_through_are_its_modules(answerer):
    assert_answers(answerer, "what topics does the board toolkit go through", "nine (9) modules")


def test_practice_drills_spelt_as_the_noun_find_exercise_in_a_box(answerer):
    # "practice" is how most people spell "practise" too; a drill is a rehearsal of the response
    assert_answers(answerer, "does the ncsc have anything for running practice drills", "Exercise in a Box")


@pytest.mark.parametrize("question", [
    "when did Local Digital get the extra cyber money?",
    "how much extra money went to the Local Digital programme for cyber?",
])
def test_extra_money_is_the_additional_funding_the_sources_speak_of(answerer, question):
    assert_answers(answerer, question, "37.8")


def test_extra_money_for_a_nation_the_sources_do_not_cover_is_still_declined(answerer):
    assert_declines(answerer, "how much extra cyber money did the Local Digital programme give Welsh councils?")


@pytest.mark.parametrize("question, fact", [
    ("the exercise thing where you test your incident plan - who launched it", "Lidington"),
    ("the NCSC's DNS blocking service, who runs it now", "Accenture"),
    ("that ncsc dns service that refuses to resolve known bad domains - who originally built it?", "Nominet"),
])
def test_a_thing_described_not_named_and_asked_who_did_it_is_answered_by_the_entry_on_that_side_of_it(answerer, question, fact):
    # The description finds the entry on the thing itself; who launched or runs it is in the entry titled
    # as that side of the same thing.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "the exercise thing where you test your incident plan - who paid for it?",
    "the NCSC's DNS blocking service, who audits it?",
    "the exercise thing where you test your incident plan - who launched it in 2017?",
])
def test_a_thing_described_and_asked_what_no_entry_on_it_says_is_still_declined(answerer, question):
    assert_declines(answerer, question)


@pytest.mark.parametrize("question", ["Where's the NCSC's head office?", "where is the ncsc's main office", "ncsc head office"])
def test_a_body_s_head_office_is_its_headquarters_not_a_head_of_anything(answerer, question):
    # "head" alone is a chief; "head office" is where the body is based.
    assert_answers(answerer, question, "Victoria")


def test_what_councils_could_bid_for_apart_from_the_stocktake_is_the_quick_win_funding(answerer):
    assert_answers(answerer, "apart from the stocktake, what could councils bid for from the 2018 money?", "quick win")


@pytest.mark.parametrize("question, fact", [
    ("what does the NCSC web checker actually do - does it look at our website?", "Web Check"),
    ("is there a free dmarc checker from the ncsc", "Mail Check"),
])
def test_a_checker_is_the_check_it_names(answerer, question, fact):
    # "web checker" was read as "checker", a word only Mail Check's phrasings use, and answered with Mail Check.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question, shown", [
    ("Connell gave four reasons cyber security matters more than ever to local government. Can you list all four, and tell "
     "me which year the briefing was published, so I can quote it?", "2017"),
    ("which year was the article about CiSP's 17,000 users published?", "2023"),
])
def test_the_year_a_paper_was_published_is_the_year_its_source_is_dated(answerer, question, shown):
    assert_answers(answerer, question, shown)


@pytest.mark.parametrize("question", [
    "simplify, standardise, ... what's the third word of the Local CIO Council slogan?",
    "what's the middle word of the Local CIO Council's slogan?",
])
def test_a_word_of_a_slogan_is_given_by_the_entry_that_quotes_it(answerer, question):
    assert_answers(answerer, question, "simplify, standardise, share")


def test_whether_a_rule_applies_to_councils_is_answered_only_by_an_entry_that_says_so_of_councils(answerer):
    # The NIS entry dates the Regulations and names operators of essential services; it never says councils are ones.
    assert_declines(answerer, "Do the NIS Regulations 2018 apply to local councils as operators of essential services? "
                    "Legal have asked for the source.", "whether it applies to local councils")
    assert_declines(answerer, "do the NIS regs apply to parish councils?", "applies to parish councils")
    assert_answers(answerer, "does the CAF for local government apply to councils?", "councils in England")


@pytest.mark.parametrize("question", [
    "Apart from the survey, what else could councils bid for from the 2018 money?",
    "other than filling in the stocktake, what could councils get money for in 2018?",
])
def test_what_else_councils_could_bid_for_besides_the_stocktake_is_the_quick_win_funding(answerer, question):
    assert_answers(answerer, question, "quick win")


def test_who_gave_evidence_to_a_select_committee_is_who_told_the_public_accounts_committee(answerer):
    # The Public Accounts Committee is a select committee; telling it is giving evidence.
    assert_answers(answerer, "Which NCSC boss gave evidence to the select committee about Web Check in councils?",
                   "Ciaran Martin")


@pytest.mark.parametrize("question", ["when was the stocktake", "could you tell me when the stocktake was"])
def test_a_short_question_is_answered_by_the_entry_whose_label_it_is_not_one_it_only_begins(answerer, question):
    # "when was the stocktake" is a whole label of the entry on its dates, and the start of "when was the stocktake
    # national report published": both match every word, and the report's date had been given as the stocktake's.
    assert_answers(answerer, question, "summer 2018")


@pytest.mark.parametrize("question", ["where is the ncsc", "where's the ncsc?"])
def test_where_the_ncsc_is_gets_its_headquarters_not_where_its_conference_went(answerer, question):
    # "in Victoria, London ... in Cheltenham" says where as "in Liverpool" does, though neither town is written into the
    # list of venues the index knew.
    assert_answers(answerer, question, "Victoria, London")


@pytest.mark.parametrize("question, fact", [
    ("what is the CAF for, exactly?", "systematic way to assess"),
    ("what is the local government caf for", "clear cyber security standard for councils"),
])
def test_what_a_framework_is_for_is_answered_by_the_entry_on_that_framework(answerer, question, fact):
    # "for" asks its purpose, which each CAF entry gives; the NCSC's CAF and the one for councils stay apart.
    assert_answers(answerer, question, fact)


def test_what_each_council_got_back_from_the_stocktake_is_told_with_its_rating(answerer):
    # Each council's bespoke report had been said only beside the national report's date.
    assert_answers(answerer, "apart from a RAG rating what did councils get from the stocktake", "bespoke")


@pytest.mark.parametrize("question, fact", [
    ("How many councils in England took part in the LGA's 2018 cyber stocktake?", "353"),
    ("did every council in england answer the 2018 stocktake?", "100% response rate"),
])
def test_how_many_councils_in_england_took_part_in_the_2018_stocktake_is_answered(answerer, question, fact):
    # England and 2018 asked together are held together: the entry had given the year only in a clause apart
    # from the councils in England ("for the LGA (LGA), covering all 353 councils in England").
    assert_answers(answerer, question, fact)


def test_the_askers_own_next_inspection_asks_for_nothing_that_comes_next(answerer):
    # "the next food law audit" is the asker's diary, a word or two between "next" and the audit, as "the next audit" is.
    kinds = lambda question: {c.kind for c in answerer.gate.constraints(question)}    # noqa: E731
    assert "next" not in kinds("before the next food law audit, does exercise in a box have a council version?")
    assert "next" not in kinds("can we go through it at our next scrutiny call")
    assert "next" in kinds("when is the next cyberuk") and "next" in kinds("what's the next big ncsc conference")
    assert_answers(answerer, "Manager wants us to run an exercise in a box session before the next food law audit. Does "
                             "it have a local authority version or is it all SME stuff? dont want to waste an afternoon "
                             "on scenarios about a corner shop", "local authorities")


def test_a_start_year_asked_is_told_by_a_thing_going_on_since_that_year(answerer):
    # "Since 2020 the Local Digital Cyber Support programme has provided £19.9 million": it started in 2020.
    assert_answers(answerer, "roughly how much has the Cyber Support programme given councils since it started in 2020?",
                   "19.9")
    assert_declines(answerer, "how much has cyber support given out since it launched in 2019", "2020")
