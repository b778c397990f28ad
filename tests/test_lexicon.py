"""Council people type in UK dialects and Slack shorthand, and say why they ask: the chat lexicon
(``knowledge/lexicon.yaml``) reads "hoo much wis", "owt" and "for a board paper" so that the
question is answered on its topic, and never turns an ordinary English question into another."""

import textwrap

import pytest

from bot.answers import intents, knowledge
from bot.core.text import surface_words
from handlers.testing.asking import assert_answers
from tests import test_kb_check as kb_check


def answered_with(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered, (question, answer.text)
    return answer


# -- dialect and shorthand -------------------------------------------------------------------------

def test_a_scots_typed_question_about_a_known_fact_is_answered(answerer):
    answer = answered_with(answerer, "hoo much wis the total funding fae the government fer the national cyber "
                                     "security strategy 2016")
    assert answer.entry.id == "ncss-2016-funding" and "1.9" in answer.text


def test_a_scot_who_dinnae_ken_what_mail_check_is_gets_it_explained(answerer):
    answer = answered_with(answerer, "a dinnae ken aboot mail check, can ye explain it")
    assert answer.entry.id == "mail-check"


def test_a_scots_question_is_not_mistaken_for_another_language(answerer):
    answer = answerer.answer("hoo much wis the total funding fae the government fer the national cyber strategy 2016",
                             record_gap=False)
    assert answer.intent != intents.FOREIGN


def test_slack_shorthand_for_where_and_was_still_finds_the_event(answerer):
    answer = answered_with(answerer, "whr wis cyberuk 2017 held?")
    assert "Liverpool" in answer.text


def test_a_yorkshire_owt_on_a_service_gets_the_service(answerer):
    assert answered_with(answerer, "owt on mail check?").entry.id == "mail-check"


def test_a_northern_greeting_and_texting_when_are_read_as_chat(answerer):
    answer = answered_with(answerer, "ey up, wen did t' ncsc open?")
    assert "2016" in answer.text


def test_the_cx_a_briefing_is_for_is_the_chief_executive_not_an_unknown_name(answerer):
    # Council shorthand for the chief executive: "for the CX note" names no body our sources lack.
    answer = answered_with(answerer, "for the CX note: richard horne has run the ncsc since october 2024, right?")
    assert answer.entry.id == "ncsc-richard-horne"
    assert "Horne" in answered_with(answerer, "whats the cx of the ncsc called").text


def test_shorthand_is_expanded_to_what_it_stands_for(kb):
    said = kb.lexicon.expand("hw do ppl report a phishing msg? abt the diff, wha wis it tho")
    assert surface_words(said) == ["how", "do", "people", "report", "a", "phishing", "message", "about", "the",
                                   "difference", "who", "was", "it", "tho"]


def test_scots_question_words_are_read_as_what_they_ask(kb, answerer):
    said = kb.lexicon.expand("whit did she dae afore the ncsc, an whae wis it fur")
    assert surface_words(said)[:2] == ["what", "did"]
    assert "who" in surface_words(said) and "for" in surface_words(said)
    assert_answers(answerer, "whit did Lindy Cameron dae afore she went tae the ncsc?", "Northern Ireland Office")


def test_a_clitic_stays_on_the_word_it_was_typed_on(kb, answerer):
    assert "what's the local" in kb.lexicon.expand("whit's the local cio council actually for")
    assert_answers(answerer, "whit's the local cio council actually for", "strategic direction")


@pytest.mark.parametrize("typed, read", [
    ("whats a wrap sorry warp", "whats a warp"),
    ("what is web chek* check", "what is web check"),
    ("sorry what is cisp", "sorry what is cisp"),              # an apology, not a correction
    ("mail check sorry web check", "mail check sorry web check"),  # another thing, not a retyped word
])
def test_a_word_typed_again_corrected_is_read_as_the_correction(kb, typed, read):
    assert " ".join(kb.lexicon.expand(typed).split()) == read


def test_a_committee_preamble_is_not_what_a_councillor_asks(answerer, kb):
    # "For the benefit of members" once pulled in an entry that speaks of benefit to councils.
    assert_answers(answerer, "For the benefit of members, what is the National Cyber Security Centre and when was it "
                             "established?", "GCHQ")
    assert "committee" not in kb.lexicon.expand("Chair, through you, could the officers remind the committee what "
                                                "the stocktake was")


@pytest.mark.parametrize("question, expected", [
    ("Could the officer advise whether the authority is obliged to adopt the Cyber Assessment Framework?",
     "no regulatory responsibilities"),
    ("Members will recall the ransomware incident at Hackney; in what year did that occur?", "2020"),
])
def test_a_councillors_formal_question_is_read_for_what_it_asks(answerer, question, expected):
    assert_answers(answerer, question, expected)


# -- asides ------------------------------------------------------------------------------------------

def test_who_wants_to_know_does_not_turn_a_what_question_into_a_who_runs_it_question(answerer):
    # "boss" is a synonym of chief: the aside used to send this to who built and runs PDNS
    assert answered_with(answerer, "my boss asked me what protective dns is").entry.id == "protective-dns"


def test_boss_wants_to_know_how_many_councils_use_web_check_gets_the_take_up(answerer):
    answer = answered_with(answerer, "boss wants to know how many councils use web check")
    assert answer.entry.id == "web-check-take-up"


def test_trying_to_get_my_head_round_it_does_not_ask_about_a_head(answerer, kb):
    question = "trying to get my head round the ncsc, when was it set up?"
    assert answered_with(answerer, question).entry.id == "ncsc-start-date"
    terms, unknown = answerer.index.query_terms(question)
    assert answerer.index.term_for("head") not in terms and not unknown


@pytest.mark.parametrize("question", [
    "for a board paper: who chairs the local cio council?",
    "new in post - who chairs the local cio council?",
    "sorry if this is a daft question, still learning the ropes - who chairs the local cio council?",
    "who chairs the local cio council? for our risk register",
    "explain like im a councillor who chairs the local cio council?",
    # An apology for asking is no "person" or "guy" asked about.
    "hey, sorry to be that person - who chairs the local cio council?",
    "sorry to be that guy but who chairs the local cio council?",
    # The asker's tracker, table or deck: what they fill in, not what they ask about.
    "who chairs the local cio council? (need it for the people tab)",
    "who chairs the local cio council - for the SteerCo deck", "who chairs the local cio council? for the governance row",
    # How it turned out, and what the asker confuses, are said of any question.
    "in the end, who chairs the local cio council?", "I keep mixing them up - who chairs the local cio council?",
])
def test_an_aside_does_not_stop_an_answer_or_add_to_the_search(answerer, question):
    answer = answered_with(answerer, question)
    assert answer.entry.id == "lcioc-chair"
    terms, unknown = answerer.index.query_terms(question)
    assert terms == answerer.index.query_terms("who chairs the local cio council?")[0] and not unknown


def test_the_askers_own_guess_after_the_question_does_not_steer_the_answer(answerer):
    # "thought it was still a pilot" is what the asker believed, not what they ask: the launch is asked.
    answer = answered_with(answerer, "when did the caf for local gov actually launch? thought it was still a pilot tbh")
    assert answer.entry.id == "caf-local-government-launch" and "October 2024" in answer.text
    # ...and a guess that names a year is kept, as the year is what is being checked.
    assert "2016" in answerer.kb.lexicon.expand("i always thought it was at the nov 2016 launch")


def test_an_aside_keeps_a_year_place_or_name_that_a_wildcard_would_take(tmp_path):
    lexicon = lexicon_of(tmp_path, 'asides: ["for our * board paper", "for a board paper"]\n'
                                   "places: [manchester]\npeople: [Ciaran Martin]\n")
    assert lexicon.expand("for our next board paper what is web check").split() == ["what", "is", "web", "check"]
    for kept in ("for our 2025 board paper", "for our manchester board paper", "for our martin board paper"):
        assert kept in lexicon.expand(f"{kept} what is web check")


def test_an_aside_is_dropped_however_the_apostrophe_is_typed(kb):
    for typed in ("i'm new to cyber, what is caf", "i\u2019m new to cyber, what is caf", "im new to cyber, what is caf"):
        assert kb.lexicon.expand(typed).split() == [",", "what", "is", "caf"]


# -- an expansion never changes a real question ------------------------------------------------------

@pytest.mark.parametrize("question", [
    "were councils hit by wannacry in 2017?",
    "is public wi-fi safe for council staff?",
    "who is ken mccallum?",
    "is the ncsc boss a proper civil servant?",
    "does the sound of the alarm matter in an exercise?",
    "what does a canny attacker do first?",
    "is there a business continuity plan template?",
    "what is a gan deepfake?",
    "what did the public accounts committee say about web check?",
    "when did the day of the launch come?",
])
def test_an_ordinary_english_question_is_left_as_it_was(kb, question):
    assert kb.lexicon.expand(question).split() == question.split()


def test_words_with_a_common_english_sense_are_never_expanded(kb):
    # dialect senses of these are real, but so is their everyday English one in a question
    for word in ("boss", "sound", "proper", "canny", "were", "ken", "mind", "grand", "tidy", "bare", "dead",
                 "happen", "while", "us", "me", "fit", "no", "pet", "hon", "bc", "gan", "the day", "cause"):
        assert word not in kb.lexicon.expansions, word


# -- the curator's checks ----------------------------------------------------------------------------

def write_kb(folder, lexicon_yaml):
    kb_check.write_kb(folder, kb_check.GOOD_ENTRY)
    (folder / "lexicon.yaml").write_text(textwrap.dedent(lexicon_yaml))


def lexicon_of(folder, lexicon_yaml):
    write_kb(folder, lexicon_yaml)
    assert [str(p) for p in knowledge.check(folder)] == []
    return knowledge.load(folder).lexicon


def test_a_curator_adding_an_aside_sees_it_dropped_before_search(tmp_path):
    lexicon = lexicon_of(tmp_path, 'asides: ["for a board paper", "sorry if this is basic"]\n')
    assert lexicon.expand("Sorry if this is basic: what is web check? For a board paper").split() == \
        [":", "what", "is", "web", "check?"]


def test_a_bad_aside_is_reported_by_file_and_line(tmp_path):
    write_kb(tmp_path, """\
        expansions:
          mgr: manager
        places: [manchester]
        asides:
          - "for a board paper"
          - ""
          - "for our 2025 board paper"
          - "for the manchester summit"
          - "for my mgr"
          - "for a board paper"
        """)
    problems = [str(p) for p in knowledge.check(tmp_path)]
    assert any("lexicon.yaml:6:" in p and "word or phrase" in p for p in problems)
    assert any("lexicon.yaml:7:" in p and "number" in p for p in problems)
    assert any("lexicon.yaml:8:" in p and "place or a person" in p for p in problems)
    assert any("lexicon.yaml:9:" in p and "'manager'" in p for p in problems)
    assert any("lexicon.yaml:10:" in p and "twice" in p for p in problems)
    assert len(problems) == 5, problems


def test_the_real_lexicon_passes_its_own_checks(kb):
    assert kb.lexicon.asides and all(kb.lexicon.drop_asides(a).split() == [] for a in kb.lexicon.asides
                                     if "*" not in a)


@pytest.mark.parametrize("typed, fact", [("socitm jan 2017 briefing - what did it tell councils", "ownership"),
                                         ("number to fwd scam txts to", "7726")])
def test_clipped_months_and_text_shorthand_are_read_as_words(answerer, typed, fact):
    answer = answerer.answer(typed, record_gap=False)
    assert answer.answered and fact in answer.text


def test_public_sector_acronyms_whose_full_names_the_sources_use_are_read_in_full(answerer):
    answer = answerer.answer("what did ciaran martin tell the PAC about web check", record_gap=False)
    assert answer.answered and "Public Accounts Committee" in answer.text


@pytest.mark.parametrize("typed, fact", [
    ("what grp did socitm set up with council security managers from the warps", "Cyber Technical Resource Group"),
    ("does reporting to AF tell the ICO too", "Information Commissioner"),
    ("is CE+ free for councils", "Cyber Essentials Plus"),
])
def test_office_shorthand_is_read_as_the_words_it_stands_for(answerer, typed, fact):
    assert_answers(answerer, typed, fact)


def test_shorthand_for_a_detail_we_lack_is_that_detail_not_a_slip_for_a_little_word(answerer, kb):
    # "intl" is one letter from "into": read so, the question lost its detail and was answered with the NCSC's
    # own start date. It asks about the international team, which the sources do not date.
    assert "international" in kb.lexicon.expand("when did the ncsc's intl team start")
    assert not answerer.answer("when did the ncsc's intl team start", record_gap=False).answered
    assert kb.lexicon.expand("is Cyber Essentials+ needed").split() == ["is", "Cyber", "Essentials", "plus", "needed"]
    assert "C++" in kb.lexicon.expand("is C++ in scope")


def test_which_and_every_typed_as_chat_ask_what_they_ask_typed_right(answerer):
    # "wich" (a place-name ending the web knows) was left as typed and "evry" read as "very": the question lost its
    # "which" or its "every" and was answered with the wrong entry.
    assert_answers(answerer, "wich came out first, the national cyber strategy 2022 or the gcss?", "National Cyber Strategy")
    typed_right = answerer.answer("did every council get the 2018 money", record_gap=False)
    assert answerer.answer("did evry council get the 2018 money", record_gap=False).answered == typed_right.answered


def test_a_scouser_saying_alright_la_greets_and_asks_about_no_local_authority(answerer, kb):
    assert "local authority" not in kb.lexicon.expand("alright la, who launched the 2016 strategy")
    assert "local authority" not in kb.lexicon.expand("who launched it? ta la")
    assert "local authority" in kb.lexicon.expand("which la was first on web check")
    assert_answers(answerer, "ta la - who launched the 2016 cyber strat?", "Hammond")
    assert_answers(answerer, "alreet, cheers guv, is mail check free", "free")


def test_a_scot_asking_if_cyberuk_was_in_glesga_is_asking_about_glasgow(answerer):
    assert_answers(answerer, "was cyberuk 2019 in glesga?", "Glasgow")
    assert not answerer.answer("was cyberuk 2018 in embra?", record_gap=False).answered   # it was in Manchester


def test_the_head_techie_is_the_technical_director(answerer):
    assert_answers(answerer, "who was head techie at the ncsc when it opened", "Ian Levy")


def test_a_team_on_site_is_not_on_a_website(answerer):
    # "site" is a place as often as a web site ("on site", "dig through the site"): it stays its own word
    terms, _ = answerer.index.query_terms("how long is the cyber 360 team on site with a council")
    assert answerer.index.term_for("website") not in terms
    assert answerer.index.term_for("websites") == answerer.index.term_for("web")


def test_doing_an_assessment_in_house_is_assessing_ourselves(answerer):
    # "in house" is how a council says it does a thing itself: the CAF's self-assessments
    assert answered_with(answerer, "can a council run its caf assessment in house").entry.id == "caf"


def test_a_conference_typed_as_conf_is_still_the_conference(answerer):
    assert_answers(answerer, "socitm conf 2018 - which city", "Glasgow")
    assert answerer.answer("socitm conf 2018 - was it in cardiff", record_gap=False).answered is False


def test_a_service_name_typed_as_one_word_is_the_service_in_every_entry_about_it(answerer):
    # "webcheck" is Web Check, so the entry on its results for councils is found, not only the one
    # that happens to list the run-together spelling
    assert_answers(answerer, "how many vulns did webcheck help fix in councils", "4,000")
    assert_answers(answerer, "what is webcheck", "scans")


# -- acronyms typed in capitals ------------------------------------------------------------------------

def test_an_acronym_key_in_capitals_expands_only_when_typed_in_capitals(tmp_path):
    # "EW feed" is the NCSC's Early Warning; "ew, not again" is disgust, and "sa" is French for "its"
    lexicon = lexicon_of(tmp_path, "expansions:\n  EW: early warning\n  SA: self-assessment\n")
    assert lexicon.expand("EW eligibility").split() == ["early", "warning", "eligibility"]
    assert lexicon.expand("lga SA window").split() == ["lga", "self-assessment", "window"]
    assert lexicon.expand("ew, not again").split() == ["ew,", "not", "again"]
    assert lexicon.expand("dans sa stratégie").split() == ["dans", "sa", "stratégie"]


def test_a_curator_listing_an_acronym_and_its_lower_case_word_twice_is_told(tmp_path):
    write_kb(tmp_path, "expansions:\n  ir: incident response\n  IR: incident response\n")
    assert any("listed twice" in str(p) for p in knowledge.check(tmp_path))


def test_a_text_expanded_again_reads_the_same_and_the_compiled_copy_carries_no_remembered_texts(answerer, monkeypatch):
    import pickle

    from bot.answers import lexicon as lexicon_module

    lexicon = answerer.kb.lexicon
    first = lexicon.expand("natl cyber strat asap?")
    assert lexicon.expand("natl cyber strat asap?") == first and "national" in first
    assert pickle.loads(pickle.dumps(lexicon))._expanded == {}
    monkeypatch.setattr(lexicon_module, "EXPANDED_KEPT", 2)
    for text in ("tbh what is caf", "wat is pdns", "natl cyber strat asap?"):
        lexicon.expand(text)
    assert len(lexicon._expanded) <= 2


def test_the_words_of_a_text_are_a_new_list_each_time():
    words = surface_words("what is the £1.9bn strategy?")
    words.append("changed")
    assert surface_words("what is the £1.9bn strategy?") == ["what", "is", "the", "1.9", "billion", "strategy"]


@pytest.mark.parametrize("typed, read", [("lincolnshire cc ransomware attack", "lincolnshire council ransomware attack"),
                                         ("Wealden DC and Stockport MBC", "Wealden council and Stockport council"),
                                         ("sorry bc im new", "sorry bc im new"), ("cc: Jo Bloggs", "cc: Jo Bloggs")])
def test_a_council_typed_as_its_place_and_kind_is_read_as_that_council(kb, typed, read):
    # After one of our places however it is typed, after another name only in capitals: chat's "bc" is because.
    assert " ".join(kb.lexicon.expand(typed).split()) == read


def test_a_council_typed_as_place_and_kind_is_answered_as_one(answerer):
    answer = answered_with(answerer, "lincolnshire cc ransomware attack - what yr")
    assert "2016" in answer.text


def test_a_procurement_officer_asking_the_tcv_of_a_programme_gets_the_sum_behind_it(answerer):
    assert_answers(answerer, "TCV of the first national cyber security programme, the 2011-16 one?", "£860 million")
    assert_answers(answerer, "what was the value of the programme behind the 2011 strategy?", "£860 million")
    # ...and the headline figure attached to a strategy is the money behind it.
    assert_answers(answerer, "What was the headline investment figure attached to the 2016-21 national strategy?", "£1.9")
