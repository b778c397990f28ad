"""Short Slack questions carry idioms and chat words that say nothing about the topic ("who's X when
he's at home", "what does it mean in practice", "a load of older outfits", "the lga doc"): the right
entry is found and answered, and a question that asks for something the sources do not hold is still
declined. These run the real knowledge base through the real search and answerability check."""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


def test_who_is_someone_when_hes_at_home_asks_who_they_are(answerer):
    # "when he's at home" only presses the question: it asks for no time and no home
    assert_answers(answerer, "who's dylan roberts when he's at home", "Dylan Roberts")
    assert_answers(answerer, "what's web check when it's at home", "Web Check")


def test_someone_we_have_no_source_on_is_declined_however_the_question_is_pressed(answerer):
    assert_declines(answerer, "who's jeremy fleming when he's at home")


def test_what_a_pillar_means_in_practice_is_answered_by_what_it_means(answerer):
    # "in practise" (as often typed) asks what the strand means, not for a practice;
    # the entry that says what each pillar means answers, not the one that only lists them
    assert_answers(answerer, "wot does 'develop' mean in practice in the 2016 strat", "Develop means")
    assert_answers(answerer, "2016 strategy deter pillar meaning??", "hard target")


def test_what_a_pillar_means_said_without_does_is_answered_by_what_it_means_not_the_list(answerer):
    # "what X meant", "no idea what X means": chat drops the "does", and still asks what the strand means
    assert_answers(answerer, "no idea what deter means in the 2016 strategy, help?", "hard target")
    assert_answers(answerer, "can someone explain what 'develop' meant in the 2016 national strategy", "Develop means")
    assert_answers(answerer, "what 'defend' really means in the 2016 strategy", "defend means")


def test_a_body_the_ncsc_took_in_is_an_outfit_and_a_load_of_them_are_many(answerer):
    assert_answers(answerer, "which older outfits did the ncsc merge", "CESG")


def test_a_doc_is_a_document_and_to_quiz_officers_is_to_question_them(answerer):
    # "doc" names the kind of thing wanted, answered by naming it: no entry need say "document"
    assert_answers(answerer, "is there an lga doc councillors can use to quiz officers on cyber", "questions")


def test_govuk_typed_as_one_word_is_gov_uk(answerer):
    assert_answers(answerer, "which govuk service says whether to report to the ncsc", "REPORT-CYBER")


def test_a_web_address_keeps_its_parts_as_typed(kb):
    # "gov" alone is government, but not inside "gov.uk" or "www.ncsc.gov.uk", which the entries write so
    assert "gov.uk" in kb.lexicon.expand("which gov.uk service is it")
    assert "ncsc.gov.uk" in kb.lexicon.expand("is it on www.ncsc.gov.uk")
    assert "government" in kb.lexicon.expand("what does gov say")


def test_a_matter_set_aside_before_the_question_is_not_asked(answerer):
    # what the asker puts aside ("the ICO position") is no name the answer must hold
    assert_answers(answerer, "Setting aside the ICO position, which I have covered separately, officers tell me there is "
                             "a GOV.UK service that helps an organisation decide whether to report to the NCSC or to "
                             "some other body. Could you give me its address?", "REPORT-CYBER")
    assert_answers(answerer, "Leaving aside the money, who ran the stocktake?", "RAND")


def test_a_past_typed_without_its_e_is_the_past(answerer, kb):
    # "calld" is "called"; a name that ends in "d" ("Boyd") is left as typed
    assert_answers(answerer, "who calld the 1.9bn seed money", "Hopkirk")
    assert "launched" in kb.lexicon.expand("when was cisp launchd")
    assert "boyd" in kb.lexicon.expand("was it boyd")


def test_a_persons_title_is_the_post_they_hold(answerer):
    assert_answers(answerer, "lindy cameron what was her title", "chief executive")


def test_the_title_of_someone_we_have_no_source_on_is_declined(answerer):
    assert_declines(answerer, "jeremy fleming what was his title")


def test_or_all_three_after_a_list_counts_the_options_not_a_fact(answerer):
    # "which of spf/dkim/dmarc ..., or all 3": the 3 is the options offered, no figure the entry must give
    assert_answers(answerer, "does mail check look at spf, dkim or dmarc, or all 3", "DKIM")


def test_a_wrong_count_is_still_declined_when_the_options_are_offered_after_it(answerer):
    assert_declines(answerer, "is the 2016 strategy built on 4 pillars or all 3", "4")


def test_a_persons_title_in_a_year_is_their_post_then(answerer):
    # a person and a year are the whole question: the year is held to, so another year is declined
    assert_answers(answerer, "william barker title in 2017", "Head of National Cyber Security Programme")
    assert_declines(answerer, "william barker job in 2019", "2019")


def test_welsh_and_geordie_address_and_the_bots_own_name_say_nothing_asked(answerer):
    assert_answers(answerer, "right butt, what is mail check? duw duw", "Mail Check")
    assert_answers(answerer, "ok pet, what was the 2016 strategy's budget", "1.9")
    assert_declines(answerer, "right butt, is mail check free for schools in france?")


def test_back_in_a_year_asks_about_that_year(answerer):
    # "back" only says it was long ago; the year is still held to
    assert_answers(answerer, "socitm's name back in 2016", "Society")
    assert_declines(answerer, "what was socitm called back in 2010", "2010")


def test_something_coming_back_in_a_year_is_not_read_as_back_then(kb):
    assert "back in 2027" in kb.lexicon.expand("will mail check be back in 2027")


def test_security_holes_are_vulnerabilities(answerer):
    assert_answers(answerer, "how many security holes did web check help councils fix", "Web Check")


def test_which_councils_is_answered_by_every_council_in_a_nation(answerer):
    # "every local authority in England, Scotland and Wales" says which councils, as a list would
    assert_answers(answerer, "which councils were on web check according to the ncsc's 2018 review", "England, Scotland and Wales")


def test_which_councils_is_still_declined_where_the_sources_name_none(answerer):
    assert_declines(answerer, "which councils use mail check", "councils")


def test_a_first_name_spelt_by_ear_before_a_surname_we_know_is_that_person(answerer):
    # "Kieran" is how "Ciaran" sounds; a different first name before the same surname is someone else
    assert_answers(answerer, "when did kieran martin leave the ncsc", "31 August 2020")
    assert_declines(answerer, "what did george martin say about councils")


def test_a_big_or_major_incident_is_what_the_ncsc_calls_significant(answerer):
    assert_answers(answerer, "how do we tell the ncsc about a major cyber incident", "Significant cyber incidents")


def test_what_everyone_talks_about_is_the_thing_asked_not_the_talk(answerer):
    assert_answers(answerer, "what is this web check thing everyone talks about", "Web Check")
    assert_answers(answerer, "i'm new from the private sector - what is cisp", "CiSP")
    assert_declines(answerer, "what is this exercise in a box in france everyone talks about", "France")


def test_it_security_typed_in_lower_case_is_information_technology(answerer):
    # "only look at it security": IT security, which the stocktake looked beyond, not the pronoun "it"
    assert_answers(answerer, "is it security all the stocktake covered", "leadership", "governance")


def test_what_was_done_besides_a_dated_thing_was_done_in_its_year(answerer):
    # "Besides responding to the 2018 stocktake, councils could apply for 'quick win' funding"
    assert_answers(answerer, "what were the quick win projects in 2018", "quick win")
    assert_declines(answerer, "what were the quick win projects in 2019", "2019")


def test_what_councils_could_do_asks_what_not_which_councils(answerer):
    kinds = lambda question: [c.kind for c in answerer.gate.constraints(question)]
    assert "councils" not in kinds("what could councils apply money for in 2018")
    assert "councils" in kinds("which english councils got hit")
    assert "councils" in kinds("what councils got hit in 2020")


def test_initials_of_a_name_the_entry_spells_out_are_that_name_not_a_stranger(answerer):
    # "CDT" is the LGA's Cyber, Digital and Technology: the entry spells it out, so it is no unknown body
    assert_answers(answerer, "who signs the LGA bulletins as head of CDT?", "Pritchard")
    assert_answers(answerer, "who's the LGA's head of CDT", "Pritchard")
    # ...but initials the entry never spells out are still someone we hold nothing on
    assert_declines(answerer, "who was head of XYZ at the LGA")
    assert_declines(answerer, "who signs the LGA bulletins as head of DSIT?")


def test_whos_running_a_body_asks_who_heads_it_now_not_who_led_it_at_launch(answerer):
    # Ciaran Martin led the NCSC at its 2016 launch; Richard Horne is its chief executive in our sources.
    assert_answers(answerer, "who's running the NCSC right now?", "Richard Horne")
    assert_answers(answerer, "whos running ncsc at the moment", "Richard Horne")


def test_who_runs_a_body_in_any_tense_or_with_an_adverb_asks_who_heads_it(answerer):
    # "has been running", "has run", "currently running", "actually runs": who runs it, as "who runs" asks;
    # "who's currently running the ncsc" and "who actually runs the ncsc" named Ciaran Martin (leader at launch)
    assert_answers(answerer, "Could you tell me who has run the NCSC since late 2024?", "Richard Horne")
    assert_answers(answerer, "hi, who has been running the NCSC since October 2024 please", "Richard Horne")
    assert_answers(answerer, "who's currently running the ncsc", "Richard Horne")
    assert_answers(answerer, "who actually runs the ncsc these days", "Richard Horne")
    assert_answers(answerer, "who is now running the ncsc?", "Richard Horne")
    # ...a year nobody ran it from, and a future, are still declined
    assert_declines(answerer, "who has been running the ncsc since 2012?")
    assert_declines(answerer, "who will be running the ncsc in 2028?")
    assert_declines(answerer, "who's been running the ncsc since the start of 2026?")


def test_who_will_want_the_answer_or_what_they_will_do_with_it_after_the_question_is_not_asked(answerer):
    # "cllr will want it", "the chair will want the name", "my director wants to cite it": the asker's people and
    # what the answer is for, after the question; "chair", "director" are no posts the minister must hold
    assert_answers(answerer, "who announced cisp in 2013? cllr will want it for the scrutiny pack", "Francis Maude")
    assert_answers(answerer, "which minister launched the Government Cyber Security Strategy? the chair will want the name",
                   "Steve Barclay")
    assert_answers(answerer, "Which minister launched Exercise in a Box? My director wants to cite it in the exercise plan.",
                   "David Lidington")
    # A year asked in the question is still held to
    assert_declines(answerer, "which minister launched exercise in a box in 2017? chair wants to reference it", "2017")
    assert_declines(answerer, "which minister launched the GCSS in 2020? leader will want the name")


def test_asking_how_a_service_works_technically_gets_what_it_does(answerer):
    # "technically" says how closely to look, like "specifically": no word of the topic
    assert_answers(answerer, "how does web check work, technically?", "Web Check")
    assert_answers(answerer, "technically what is a warp", "Warning, Advice and Reporting Point")


def test_a_figure_asked_according_to_a_source_is_answered_from_ours_and_a_wrong_one_still_declined(answerer):
    # "according to ..." says where the asker heard it; the source's name stays a word of the question
    assert_answers(answerer, "according to the lga, how many councils took part in the stocktake", "LGA")
    assert_declines(answerer, "according to techuk what did the stocktake find")
    assert_declines(answerer, "according to my manager the ncsc opened in 2012, right?")


def test_what_an_acronym_means_asks_what_its_letters_stand_for(answerer):
    # "acronym" and "abbreviation" name no topic: the question asks the full name, as "stand for" does
    assert_answers(answerer, "ACD acronym meaning", "Active Cyber Defence")
    assert_answers(answerer, "what does the acronym CAF mean", "Cyber Assessment Framework")
    assert_answers(answerer, "acd abbreviation", "Active Cyber Defence")
    assert_declines(answerer, "what does the acronym NIST stand for")


def test_a_place_that_opened_its_doors_opened(answerer):
    assert_answers(answerer, "when did the ncsc open its doors", "2016")
    assert_declines(answerer, "when did the australian cyber security centre open its doors")


@pytest.mark.parametrize("question, words", [
    ("what does PDNS stand for?", "Protective Domain Name Service"),
    ("whats GCSS short for", "Government Cyber Security Strategy"),
    ("LME - what does it stand for", "Logging Made Easy"),
    ("CiSP full name pls", "Cyber Security Information Sharing Partnership"),
])
def test_an_acronym_asked_what_it_stands_for_gets_the_entry_that_spells_it_out(answerer, question, words):
    assert_answers(answerer, question, words)


def test_an_acronym_whose_entries_only_use_the_letters_is_declined_saying_so(answerer, gate, kb):
    # WannaCry's entry says "NHS" but never what the letters stand for.
    assert_declines(answerer, "what does NHS stand for")
    verdict = gate.check("what does NHS stand for", kb.by_id["wannacry-2017"])
    assert not verdict.ok and "doesn't say what NHS stands for" in verdict.reason
    assert gate.check("what does PDNS stand for", kb.by_id["protective-dns"]).ok


def test_plus_one_agrees_with_the_message_before_and_counts_nothing(answerer):
    # "+1" in a thread agrees with someone else's question: no figure the answer must hold.
    assert_answers(answerer, "+1 to this, what does the lga self assessment cover?", "leadership")
    assert_answers(answerer, "+1 - who built protective dns for the ncsc?", "Nominet")
    # ...while a real number the question asks about is still held to
    assert_declines(answerer, "+1, were there 7 cyber essentials controls?")


def test_what_a_thing_was_trying_or_meant_to_achieve_asks_its_aims(answerer):
    # Not the entry where Connell asked councils not to "try" to look brilliant, nor a decline for want of "meant":
    # what the stocktake was trying to achieve, meant to achieve or supposed to do is what it aimed to do.
    assert_answers(answerer, "what was the stocktake trying to achieve?", "good practice")
    assert_answers(answerer, "what was the lga stocktake meant to achieve", "good practice")
    assert_answers(answerer, "so what's the stocktake supposed to do exactly", "good practice")
    assert_answers(answerer, "what was exercise in a box intended to do", "rehearse")


def test_who_the_asker_is_after_a_greetings_emoji_is_no_name_the_entry_must_hold(answerer):
    # "grad trainee here" says who is asking, after a wave as after a comma: "grad" is no one the entry must name
    assert_answers(answerer, "hey 👋 grad trainee here, my manager says the lcioc helped with the 2016 strategy — is that a thing?",
                   "contributed")
    assert_answers(answerer, "morning all 👋 data analyst here, what number do we forward scam texts to?", "7726")
    # ...while what the claim gets wrong is still declined
    assert_declines(answerer, "hey 👋 grad trainee here, my manager says the lcioc wrote the 2022 strategy — is that a thing?")
    assert_declines(answerer, "grad trainee here, who runs the dutch equivalent of the ncsc?")


def test_a_role_said_as_who_is_asking_is_dropped_but_a_question_about_a_role_here_stays(answerer):
    from bot.answers.framing import _without_introduction
    assert _without_introduction("hiya 🙂 records manager here, what is pdns?") == "hiya 🙂 what is pdns?"
    assert _without_introduction("procurement officer here. what actually is cyber essentials?") == "what actually is cyber essentials?"
    assert _without_introduction("who is the records manager here?") == "who is the records manager here?"
    assert _without_introduction("the cyber lead here says pdns is free, is it?") == "the cyber lead here says pdns is free, is it?"


def test_the_askers_memory_and_first_week_say_nothing_asked(answerer, kb):
    # "keep forgetting it", "first week as a cyber apprentice": about the asker, not the topic
    lexicon = kb.lexicon
    assert "forgetting" not in lexicon.drop_asides("whats the phishing email again, keep forgetting it")
    assert "first" not in lexicon.drop_asides("first week as a cyber apprentice at the council, what are the 10 steps")
    assert_answers(answerer, "hey bot, stood in a corridor waiting for audit committee, whats the phish reporting email addy "
                             "again, keep forgetting it", "report@phishing.gov.uk")
    assert_answers(answerer, "my first week as a policy officer - when did the ncsc start work?", "October 2016")
    assert_declines(answerer, "hey bot, whats the phish reporting email addy in canada again, keep forgetting it")
    assert_declines(answerer, "first week as a cyber apprentice - when did enisa start work?")


@pytest.mark.parametrize("question, fact", [
    ("what does the cyber support programme pay for exactly?", "backups"),
    ("so what did local digital's cyber support actually pay for? scanning?", "scanning"),
    ("what did the 2018/19 money pay for?", "1.5"),
])
def test_what_a_programme_or_a_sum_pays_for_is_what_it_is_spent_on(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_what_we_pay_for_is_still_a_price_and_another_programme_is_still_declined(answerer):
    # "pay for" after us, or with a thing after it, asks what it costs, as before
    assert_answers(answerer, "is PDNS something we pay for?", "Protective DNS")
    assert_declines(answerer, "what do councils pay for cyber essentials")
    assert_declines(answerer, "what does the nhs cyber programme pay for?")
    assert_declines(answerer, "what does the cyber support programme pay for in wales?")


@pytest.mark.parametrize("question, fact", [
    ("bit of a random one but our chief exec keeps saying 'defend, deter, develop' in meetings - where's that actually from?",
     "2016"),
    ("the leader keeps saying 'defend, deter, develop' in briefings - where's that from?", "2016"),
    ("my boss keeps saying 'defend as one' in every meeting, where's that from?", "Government Cyber Security Strategy"),
])
def test_where_a_colleague_keeps_saying_a_phrase_is_not_what_is_asked_of_it(answerer, question, fact):
    # "in meetings" is where the boss says it: the question asks where the words come from
    assert_answers(answerer, question, fact)


def test_a_phrase_a_colleague_keeps_saying_that_no_source_holds_is_still_declined(answerer):
    assert_declines(answerer, "my boss keeps saying 'defend, deter, deny' in meetings - where's that from?")
    assert_declines(answerer, "our chief exec keeps saying 'secure by default' in meetings - where's that from?")


def test_a_claim_put_between_a_greeting_and_a_thank_you_is_checked_as_the_bare_claim_is(answerer):
    # Greeting the channel and thanking it made the claim unreadable, so a wrong name or town in it
    # went unchecked and the entry near it answered as if it were confirmed.
    assert_declines(answerer, "hi all, quick one - is the ncsc based in inverness? ta", "Inverness")
    assert_declines(answerer, "morning team! was it sajid javid who took over the ncsc after ciaran martin? cheers all")
    assert_declines(answerer, "hiya \U0001F44B did theresa may launch the 2016 strategy? thanks in advance")
    assert_declines(answerer, "morning! is the ncsc based in inverness")
    # ...and a true one is still confirmed.
    assert_answers(answerer, "hi all, quick one - was it philip hammond who launched the 2016 strategy? ta", "Hammond")
    assert_answers(answerer, "morning team! is the ncsc part of gchq? cheers all", "GCHQ")


def test_a_greeting_or_a_thank_you_on_its_own_is_still_greeted_or_thanked(answerer):
    assert answerer.answer("hi all!", record_gap=False).intent == "greeting"
    assert answerer.answer("ta very much", record_gap=False).intent == "thanks"


def test_a_projects_go_live_is_its_launch_not_a_live_attack(answerer):
    # PMO language: "go-live" is when a thing started, which the entry on reporting a live attack does not give.
    assert_answers(answerer, "when did the NCSC go live", "October 2016")
    assert_answers(answerer, "when did the CAF for local government go live", "October 2024")
    assert_answers(answerer, "NCSC go-live vs NCSS launch - which came first? getting the timeline order right",
                   "October 2016")
    # ...while an attack that is live is still routed to the line to call.
    assert_answers(answerer, "we've got a live ransomware attack going on now", "0300 123 2040")


def test_pmo_shorthand_for_a_month_and_year_and_the_cafs_principles_typed_as_they_sound(answerer):
    # "end Aug 24" is the end of August 2024, not 24 August, in a PMO lead's note.
    assert_answers(answerer, "NCSC annual review 2024 - total incidents supported in the 12m to end Aug 24?", "430")
    assert_answers(answerer, "how many incidents in the year to the end of aug 24", "430")
    # ...and a year the entry does not give is still declined.
    assert_declines(answerer, "how many incidents did the ncsc support in the 12 months to end Aug 23?", "2023")
    assert_answers(answerer, "how many principals are in the CAF", "14")


def test_the_cafs_high_level_objectives_are_its_four_objectives_named(answerer):
    assert_answers(answerer, "what are the four high-level CAF objectives?", "detecting")
    assert_answers(answerer, "We've got an insurer's questionnaire, a CAF-LG self-assessment and an audit plan all "
                             "landing in the same quarter, so bear with me. Separate from all that: what are the four "
                             "high-level CAF objectives?", "detecting")


def test_an_apprentice_texting_in_shorthand_is_answered_as_the_plain_question_is(answerer):
    # "tryna", "wrk", "sry", "lowkey", "fr", "abt": texting's clipped words and hedges are the words they stand for
    # or say nothing, where as unseen words they made a plain question look not ours
    assert_answers(answerer, "tryna find out what rating most councils got in the stocktake", "amber")
    assert_answers(answerer, "tbh im tryna figure out how much the govt put into the 2016 strategy rn", "1.9")
    assert_answers(answerer, "lowkey confused abt the lga stocktake, who actually ran it?? fr", "RAND")
    assert_answers(answerer, "sry new here wat rating did most councils get in the stocktake", "amber")
    assert_answers(answerer, "wen did the ncsc actualy start wrk", "October 2016")


def test_a_word_drawn_out_in_a_text_is_the_chat_word_it_stretches(answerer, kb):
    # "heyyy", "okkk", "hiii": a greeting or a hedge drawn out is that word, not an unseen one
    assert_answers(answerer, "okkk so who was the ncsc's first ceo??", "Ciaran Martin")
    assert_answers(answerer, "heyyy wen was the national report for the stocktake out", "November 2018")
    assert kb.lexicon.expand("hii all").split() == ["hi", "all"]
    # ...but a name typed in capitals, and a name of ours that ends in a doubled letter, stay as typed
    assert "GCCC" in kb.lexicon.expand("GCCC?")
    assert "ncss" in kb.lexicon.expand("ncss funding")


def test_how_exact_the_answer_need_be_is_an_aside(answerer):
    # "month and year is fine" says what form the answer may take, not what is asked: the entry on when the NCSC
    # started work answers, not the Queen's opening months later
    assert_answers(answerer, "when did the NCSC start work? month and year is fine", "opened for business", "October 2016")
    assert_answers(answerer, "when did the lga self assessment tool come out? just the year is fine", "2019")


def test_a_new_starters_first_days_and_their_managers_errand_are_asides(answerer):
    assert_answers(answerer, "my manager is doing a paper for councillors and wants to know who ran the stocktake", "RAND")
    assert_answers(answerer, "new to the team so getting to grips with the caf, how many objectives does it have?", "four")
    assert_answers(answerer, "heyy so my manager is doing a paper for members n wants the number of councils "
                             "rand covered in the stocktake", "353")


def test_a_question_in_texting_shorthand_about_what_we_do_not_hold_is_still_declined(answerer):
    assert_declines(answerer, "tryna find out how much the 2016 strat gave to wales specifically")
    assert_declines(answerer, "ngl what did the lga stocktake say about scotland lol")
    assert_declines(answerer, "heyyy how many councils got rated red in the stocktake? exact number pls")


def test_an_emoji_that_closes_a_message_is_no_part_of_the_question(answerer):
    # a reaction typed after the question ("...\" 🫠", "...? 😭😭") is read as if it were not there:
    # a quoted instruction stays the message's last words
    for question in ('manager said: "find out who did the stocktake for the lga and when the national report came out"',
                     "ngl idk what the ncsc even is lol, when did it start?", "who ran the lga stocktake"):
        assert answerer.answer(question + " \U0001fae0", record_gap=False).text == answerer.answer(question, record_gap=False).text
    assert_answers(answerer, "ngl idk what the ncsc even is lol, when did it start? \U0001f480", "October 2016")


def test_a_message_of_pictures_alone_is_still_the_question_asked(answerer):
    # "🔐🛡️" on its own is no closing reaction: it is what was said, declined kindly and echoed as typed
    reply = answerer.answer("\U0001f510\U0001f6e1\ufe0f", record_gap=False)
    assert not reply.answered and reply.question == "\U0001f510\U0001f6e1\ufe0f"


def test_the_size_of_a_thing_is_answered_by_its_figure(answerer):
    assert_answers(answerer, "size of the NCSP that sat behind the 2011 strategy?", "£860")
    assert_answers(answerer, "cisp user base size these days?", "17,000")
    assert_answers(answerer, "how big is cisp's user base now?", "17,000")
    assert_declines(answerer, "size of the LGA cyber team?")


def test_the_guy_or_the_woman_a_who_question_describes_is_whoever_the_entry_names(answerer):
    assert_answers(answerer, "whos the ex-PwC guy who became cheif exec of the NCSC in Oct 24?", "Horne")
    assert_answers(answerer, "who was the woman who took over the NCSC in October 2020?", "Lindy Cameron")
    assert_answers(answerer, "who's the bloke who was the NCSC's first technical director?", "Ian Levy")
    assert_declines(answerer, "who's the bloke who became NCSC chief exec in 2012?", "2012")


def test_the_bot_addressed_by_name_or_kindly_is_no_part_of_the_question(answerer):
    assert_answers(answerer, "Hello lovely bot 😊 what does the LGA's cyber self-assessment actually cover? would like "
                             "to list the areas in a release", "training")
    assert_answers(answerer, "thanks bot, and when did CiSP launch?", "27 March 2013")


def test_where_the_asker_will_note_the_answer_is_an_aside(answerer):
    assert_answers(answerer, "I need the year the NCSC developed the CAF for a footnote in our assurance report.", "2018")
    assert_answers(answerer, "I need the launch date of Exercise in a Box for a footnote in our annual governance "
                             "report.", "April 2019")
    assert_declines(answerer, "I need the number of councils hit by ransomware in 2023 for a footnote in our assurance "
                              "report.", "2023")


def test_the_department_that_hosts_a_unit_is_where_it_is_based(answerer):
    assert_answers(answerer, "GCCC - which dept hosts it?", "Cabinet Office")
    assert_answers(answerer, "which department houses the GCCC?", "Cabinet Office")


def test_bidding_for_money_is_applying_for_it(answerer):
    assert_answers(answerer, "Apart from the stocktake, what could councils bid for in 2018 - the 'quick win' thing - "
                             "example?", "skills")
    assert_answers(answerer, "could councils bid for quick win money in 2018?", "quick win")


def test_bodies_brought_together_are_bodies_combined(answerer):
    assert_answers(answerer, "what did the NCSC bring together when it launched?", "CESG")
    assert_answers(answerer, "which teams were brought together in the NCSC's incident management team?", "GovCertUK")
    assert_declines(answerer, "did the NCSC bring together the LGA and Socitm?", "Socitm")


# -- a service desk's voice: tickets, their labels and the users they are about ------------------------------------

@pytest.mark.parametrize("question", [
    "context: P2 open, user got a dodgy txt claiming to be the council tax team, already blocked sender. "
    "q: what number do we tell them to forward it to? thx",
    "user had a text claiming to be from the council, we already blocked the number. what's the forwarding number?",
    "INC0045678 - what number do users forward smishing texts to",
    "what number do staff forward scam texts to",
])
def test_a_ticket_about_a_users_scam_text_is_answered_with_where_texts_go(answerer, question):
    # The ticket's priority and number, its labels, the user it is about, the body the text pretended to be and what
    # the desk has already done are the case, not the question: the reporting route for texts is the answer.
    assert_answers(answerer, question, "7726")


def test_someone_asking_as_a_ticket_notes_it_asks_their_question(answerer):
    # "user asking ..." is who wants to know, not the users CiSP counts.
    assert_answers(answerer, "RITM0099 user asking what CiSP stands for", "Information Sharing")


@pytest.mark.parametrize("question, expected", [
    ("where was the 2016 strategy announced, some msft event wasnt it?", "Future Decoded"),
    ("LPS CIO council - what's it called now?", "Local CIO Council"),
    ("does ncsc early warning actually scan our external ranges? NOC asking if we need to whitelist anything",
     "threat-intelligence"),
    ("ext ranges - does the ncsc early warning scan them?", "no scanning"),
])
def test_infrastructure_shorthand_is_read_as_what_it_stands_for(answerer, question, expected):
    # A firm's ticker (Microsoft), a network's external ranges (its IP ranges), the LPS CIO Council's initials.
    assert_answers(answerer, question, expected)


@pytest.mark.parametrize("question", ["wanncry relase date? sat 12th or fri?", "was wannacry released on fri 12th?"])
def test_a_day_after_its_weekday_is_the_days_number(answerer, question):
    # "sat 12th" is the 12th of the month; the entry writes "Friday 12 May 2017".
    assert_answers(answerer, question, "12 May")


def test_that_year_after_a_year_written_is_that_year(answerer):
    # "that year" points back to 2018/19: the word "year" would find the entry on the years after.
    assert_answers(answerer, "the 2018/19 cyber money - how much did the lga get that year?", "1.5")


def test_a_24_7_number_the_entry_does_not_give_is_not_answered_with_the_form(answerer):
    # The NCSC's entry gives a web form monitored 24/7, no number; Action Fraud's number is Action Fraud's.
    assert_declines(answerer, "need the ncsc 24/7 number for reporting, pls")
    assert_declines(answerer, "INC1234 - need the ncsc 24/7 number for reporting, pls")


def test_a_4_or_2_typed_for_for_and_to_is_read_as_the_word_not_a_figure(answerer):
    assert_answers(answerer, "hw much did the NCSC get 4 'reinforcing' out of the 1.9bn", "600")
    assert_answers(answerer, "thx 4 the help earlier, who ran the LGA stocktake?", "RAND")
    from bot.answers.lexicon import _COUNTED_BY, _DIGIT_FOR_WORD
    # a count stays a count: "phase 2 the LGA ran", "the top 4 in England", "got 4 councils"
    for typed in ("phase 2 the LGA ran", "the top 4 the NCSC lists", "they got 4 councils"):
        assert all(m.group(1) in _COUNTED_BY for m in _DIGIT_FOR_WORD.finditer(typed))


def test_a_slack_plus_one_agrees_with_the_question_it_answers_and_is_no_figure(answerer):
    assert_answers(answerer, "> when did the NCSC start work?\n+1, also wondering this :eyes:", "2016")
    assert_answers(answerer, "+1 on this, when did the NCSC start work?", "2016")


def test_the_question_after_the_bit_i_need_colon_is_read_without_the_chat_before_it(answerer):
    assert_answers(answerer, "so much going on today, restructure, two leavers and the firewall renewal. what I "
                             "actually need: who ran the LGA stocktake? cheers", "RAND")
    assert_answers(answerer, "sorry for the essay :see_no_evil: auditors, the s151 and the leader all want different "
                             "things. tl;dr: who was the LGA's cyber programme manager during the stocktake?", "Coughlan")
    assert_declines(answerer, "so much going on today, restructure and the firewall renewal. what I actually need: how "
                              "many councils were rated red in the stocktake?")


@pytest.mark.parametrize("question, fact", [
    ("ACD aim in 1 sentence?", "majority"),
    ("When did CiSP launch? Respond in under 20 words.", "27 March 2013"),
    ("What is CiSP and roughly how many users did it grow to? Two sentences max.", "17,000"),
    ("What's Mail Check? Summarise for a non-technical audience in two sentences.", "DMARC"),
    ("Can you tell me what Exercise in a Box is? Keep it to 2-3 lines please, it's for an email to heads of service.",
     "practise"),
    ("What are the three pillars of the 2016 strategy? Bullet points please, keep it short and sweet.", "deter"),
    ("Who launched the 2016 national cyber security strategy? Make it sound professional.", "Hammond"),
    ("In 3 bullet points, what does Web Check do?", "vulnerabilities"),
    ("Give me a 50-word summary of Web Check", "vulnerabilities"),
    ("Summarise Exercise in a Box in two sentences.", "practise"),
])
def test_how_long_or_in_what_tone_the_reply_should_be_is_no_part_of_the_question(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_a_reply_shaped_for_a_year_we_have_no_source_on_is_still_declined(answerer):
    assert_declines(answerer, "Where was CYBERUK 2025 held? One line, formal tone please.")



@pytest.mark.parametrize("question, fact", [
    # where the answer is going, after a comma: the asker's papers, meetings and occasions
    ("what are the three pillars of the 2016 strategy, for the Thursday huddle", "defend"),
    ("how much was the 2016 national cyber security strategy backed by, need it for the medium term financial plan appendix",
     "1.9"),
    ("what is the NCSC's Early Warning service, for the MDT away-day", "Early Warning"),
    # ...and how plainly it must read there
    ("what is cyber essentials plus, in plain terms for our tenants' panel", "Plus"),
])
def test_where_the_answer_is_going_said_after_the_question_is_no_part_of_it(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question, fact", [
    ("when was CiSP announced, no rush, the CRM's down again lol", "2013"),
    ("who built PDNS originally, anyway gotta run, QL upgrade call", "Nominet"),
    # (the time of day they are busy at is no figure asked, nor a figure that spells a word)
    ("when was CiSP announced? must dash, TMO board at 6", "2013"),
    ("when was CiSP announced? thanks so much, in back2back meetings til 4", "2013"),
])
def test_how_the_asker_is_as_they_sign_off_is_no_part_of_the_question(answerer, question, fact):
    # "no rush", "got to run" and all said after them are the asker's day: "CRM", "QL" are no subject asked
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question, fact", [
    ("difference between Cyber Essentials and CE Plus - our insurer's broker asked which one we've got", "Plus"),
    ("Cyber Essentials Plus vs basic CE - the RSH team asked which we hold", "Plus"),
])
def test_who_asked_the_asker_about_their_own_organisation_is_no_part_of_the_question(answerer, question, fact):
    # (a request with no question word before the remark is the question: "difference between ...")
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "how much did the LGA give Scottish councils in 2018/19? going on a slide for the board",
    "who chaired the Local CIO Council in 2015? no rush, just curious lol",
    "who chaired the Local CIO Council? no rush, for the 2015 row",
    "when is CYBERUK 2026? no rush, booking the team's travel lol",
    "what does the NCSC's Kubernetes hardening guide say? going in the platform team's wiki",
])
def test_a_question_we_cannot_answer_is_still_declined_whatever_the_asker_remarks_after_it(answerer, question):
    # a remark that names a year or a place still counts
    assert_declines(answerer, question)


def test_the_year_of_the_piece_the_asker_read_dates_the_source_not_the_fact(answerer):
    # "these days" asks of now; the 2018 piece is where the asker read it, and our entry's source is of May 2018
    assert_answers(answerer, "who chairs the local cio council these days, as per the 2018 piece", "Roberts")
    assert_answers(answerer, "who chairs the Local CIO Council nowadays? going by that 2018 blog post", "Roberts")
    # ...a piece of a year none of our sources is from is one we have not read
    assert_declines(answerer, "who chairs the Local CIO Council nowadays? going by that 2021 blog post")


@pytest.mark.parametrize("question", [
    "Hi! Hope you're well :) who runs the ncsc now",
    "hope all's well - who runs the ncsc now?",
    "who's runnin the ncsc now",
])
def test_good_wishes_and_a_dropped_g_do_not_hide_who_runs_the_ncsc(answerer, question):
    # "hope you're well" is a greeting's kindness, not the topic; "runnin" is "running" as it is said.
    assert_answers(answerer, question, "Richard Horne")


def test_a_dropped_g_is_restored_only_where_the_word_with_it_is_far_commoner(kb):
    expand = kb.lexicon.expand
    assert expand("who's runnin the ncsc") == "who's running the ncsc"
    assert expand("Runnin late, is the ncsc doin' anything") == "Running late, is the ncsc doing anything"
    # words of their own that end in "in" stay as they are
    assert expand("the cabin admin, a raisin, within the margin, a thin login") == \
        "the cabin admin, a raisin, within the margin, a thin login"


def test_a_dropped_g_does_not_open_a_door_to_another_country(answerer):
    assert_declines(answerer, "who's runnin the ncsc in france now")


@pytest.mark.parametrize("question, fact", [
    ("WARP?? the lga keeps telling us to join one", "Warning, Advice and Reporting Point"),
    ("the lga keeps banging on about the cyber 360, how long does it take", "up to three days"),
])
def test_who_keeps_on_at_the_asker_is_not_what_is_asked(answerer, question, fact):
    # "keeps telling us", "keeps banging on about": the asker's nagging, not the topic.
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question, fact", [
    ("resident on hold w/ a fake council tax refund email, whats the address they fwd it to?", "report@phishing.gov.uk"),
    ("Need the text-message reporting number for the staff intranet page. :iphone:", "7726"),
])
def test_a_long_plain_message_far_ahead_on_one_entry_is_answered_though_it_reads_like_no_label(answerer, question, fact):
    # A message of ten words or more resembles no entry's label, however plainly it asks: far ahead of the runner-up,
    # covering enough of the question, its best entry answers.
    assert_answers(answerer, question, fact)


def test_a_short_question_far_ahead_on_one_entry_still_must_read_like_it(answerer):
    # Under ten words, resembling no label is still a sign the question is about something else.
    assert_declines(answerer, "cisp user numbers after its first year?")
