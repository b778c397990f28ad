"""Questions dictated aloud or spelled out are read as the digits, acronyms and names they say.

A councillor dictating to a phone says "twenty sixteen"; someone spelling an acronym types
"n c s c"; a name of ours comes out as two words ("wanna cry", "stock take"). These run the real
knowledge base through the real answerer, and check the plain words that only look like numbers
or letters ("one of", "thanks a million", "web check") are left as they are.
"""

import pytest

from bot.answers import corrected, spoken
from bot.answers.search import plain_dates
from handlers.testing.asking import assert_answers, assert_declines


def test_a_councillor_dictating_twenty_sixteen_is_asked_about_2016(answerer):
    assert_answers(answerer, "who launched the national cyber security strategy back in twenty sixteen?", "Hammond")


def test_a_strategy_dictated_as_twenty_sixteen_to_twenty_twenty_one_gets_its_money(answerer):
    assert_answers(answerer, "how much money was behind the national cyber security strategy twenty sixteen "
                             "to twenty twenty one", "1.9")


def test_one_point_nine_billion_said_aloud_is_the_1_9bn_and_when_it_was_first_announced(answerer):
    assert_answers(answerer, "when was the one point nine billion first announced", "November 2015")


def test_a_dictated_year_the_sources_do_not_have_is_declined_naming_the_year(answerer):
    assert_declines(answerer, "what did the ncsc annual review twenty twenty five say", "2025")


def test_a_dictated_sum_the_sources_do_not_give_is_declined_naming_the_sum(answerer):
    assert_declines(answerer, "was the 2016 strategy worth two point six bn", "2.6")


@pytest.mark.parametrize("said, written", [
    ("back in twenty sixteen", "back in 2016"),
    ("by twenty twenty-one", "by 2021"),
    ("by twenty twenty one", "by 2021"),
    ("in two thousand and sixteen", "in 2016"),
    ("two thousand sixteen", "2016"),
    ("since nineteen ninety", "since 1990"),
    ("twenty oh five", "2005"),
    ("Twenty Sixteen", "2016"),
    ("one point nine billion", "1.9 billion"),
    ("two point six bn", "2.6 bn"),
    ("thirty seven point eight million", "37.8 million"),
    ("a million pounds each", "1 million pounds each"),
    ("one million", "1 million"),
    ("seven hundred and fifty thousand pounds", "750,000 pounds"),
    ("thirty nine outcomes", "39 outcomes"),
    ("twenty-one councils", "21 councils"),
    ("forty odd", "40 odd"),
    ("one and a half million", "1.5 million"),
])
def test_numbers_said_in_words_are_the_digits_they_say(said, written):
    assert spoken.numbers_as_digits(said) == written


@pytest.mark.parametrize("words", [
    "one of the pillars", "is it a one-off", "at one point they said", "which one", "one or two councils",
    "thanks a million", "a hundred percent sure", "no one knows", "the ten steps", "the four objectives",
    "a three year strategy", "nine to five", "one and a half", "half a million", "the second half",
])
def test_ordinary_words_that_hold_a_number_word_stay_words(words):
    assert spoken.numbers_as_digits(words) == words


def test_thanks_a_million_is_still_thanks(answerer):
    answer = answerer.answer("thanks a million", record_gap=False)
    assert answer.intent == "thanks" and answer.question == "thanks a million"


def test_someone_spelling_out_n_c_s_c_is_told_what_the_ncsc_is(answerer):
    assert_answers(answerer, "sorry if this is a daft one but what is the n c s c", "National Cyber Security Centre")


def test_someone_spelling_out_g_c_c_c_is_told_about_the_gccc_not_caf_objective_c(answerer):
    answer = answerer.answer("what is the g c c c", record_gap=False)
    assert answer.answered and answer.entry.id == "gcss-gccc", answer.text


@pytest.mark.parametrize("typed, read", [
    ("what is the c a f", "what is the caf"),
    ("is it a c a f thing", "is it a caf thing"),     # the article stays an article
    ("made in the u k", "made in the uk"),            # two letters: a word of ours
    ("plan b c", "plan b c"),                         # two letters that spell nothing of ours
    ("objectives a, b, c", "objectives a, b, c"),     # a list, not a spelling
])
def test_letters_spelled_out_are_the_acronym_they_spell(answerer, typed, read):
    assert answerer.index.as_written(typed) == read


def test_wanna_cry_typed_apart_is_wannacry(answerer):
    assert_answers(answerer, "when did wanna cry hit the nhs", "12 May 2017")


@pytest.mark.parametrize("typed", ["who did the LGA cyber stock take for them", "who did the LGA cyber stock-take"])
def test_the_stock_take_typed_apart_is_the_stocktake(answerer, typed):
    answer = answerer.answer(typed, record_gap=False)
    assert answer.answered and "stocktake" in answer.entry.id, answer.text


def test_cyber_uk_typed_apart_is_cyberuk(answerer):
    assert_answers(answerer, "where was cyber uk twenty seventeen", "Liverpool")


@pytest.mark.parametrize("typed, written", [
    ("the Stock Takes are due", "the stocktakes are due"),            # a plural "s" stays on, as typed
    ("stock - take, then cyber uk", "stocktake, then cyberuk"),
    ("a stock\ttake", "a stocktake"),
    ("the in-stock take", "the in-stock take"),                        # "stock" ends a hyphenated word
    ("stock take-over", "stock take-over"),                            # "take" starts one
    ("won't stock take2 stock, take", "won't stock take2 stock, take"),
    ("stock stock take", "stock stocktake"),
])
def test_a_name_typed_as_two_whole_words_is_joined_and_nothing_else_is(typed, written):
    compounds = {("stock", "take"): "stocktake", ("cyber", "uk"): "cyberuk"}
    assert spoken.as_written(typed, compounds) == written


def test_joining_names_typed_apart_looks_up_each_pair_of_words_not_every_name():
    """A large knowledge base has thousands of names that may be typed as two words: the question's
    words are few, so each pair of them is looked up, and the names' count costs nothing."""
    many = {(f"w{i}a", f"w{i}b"): f"w{i}aw{i}b" for i in range(20000)}
    many[("stock", "take")] = "stocktake"
    assert spoken.as_written("who ran the stock take in w19999a w19999b", many) == \
        "who ran the stocktake in w19999aw19999b"


def test_plain_words_are_not_heard_as_a_name_however_long_the_question():
    sounds = {"sokitm": "Socitm", "ncsc": "NCSC"}
    ours = {"what", "did", "sock", "it", "em", "say"}
    plain = "what did say " * 200
    assert spoken.as_written(plain, known=ours.__contains__, sounds=sounds) == plain
    assert spoken.as_written("what did sock it em say", known=lambda w: w in {"what", "did", "say"},
                             sounds=sounds) == "what did Socitm say"


def test_two_words_our_sources_write_apart_stay_two_words(answerer):
    assert answerer.index.as_written("what does web check do") == "what does web check do"
    assert ("web", "check") not in answerer.index.compounds


def test_a_name_that_is_a_place_or_an_english_word_is_never_made_of_two_words():
    found = spoken.compounds({"redcar", "breakdown", "stocktake", "cyber", "uk", "cyberuk"}, "cyber security uk",
                             lambda w: w in {"red", "car", "break", "down", "breakdown", "stock", "take", "cyber", "uk"},
                             lambda name: name == "redcar")
    assert found == {("stock", "take"): "stocktake", ("cyber", "uk"): "cyberuk"}


def test_a_day_range_in_a_date_is_days_not_the_years_2014_and_2016(answerer):
    assert plain_dates("cyberuk 2017 — liverpool, 14-16 march") == "cyberuk 2017 — liverpool, 14-16 march"
    assert plain_dates("was it march 14-16") == "was it march 14-16"
    years = {c.value.partition("|")[0] for c in answerer.gate.constraints("cyberuk 2017 — liverpool, 14-16 march")
             if c.kind == "year"}
    assert years == {"2017"}
    assert_answers(answerer, "cyberuk 2017 — liverpool, 14-16 march", "14 to 16 March 2017")


def test_a_short_span_of_years_is_still_years():
    assert plain_dates("the 16-21 strategy") == "the 2016-21 strategy"
    assert plain_dates("18/19 march budget") == "2018/19 march budget"


def test_two_figures_offered_as_choices_are_answered_when_the_entry_gives_either(answerer):
    # "39 or forty summat?": once "forty" is read as 40, the asker offers two figures to choose from.
    assert_answers(answerer, "how many contributing outcomes are there in the caf? 39 or forty summat?", "39")
    assert_answers(answerer, "was it £1.9bn or £2bn for the 2016 strategy", "1.9")


def test_two_figures_offered_as_choices_are_declined_when_the_entry_gives_neither(answerer):
    assert_declines(answerer, "how many contributing outcomes are in the caf, 30 or 40?", "30 or 40")


@pytest.mark.parametrize("typed", ["what is the n.c.s.c", "what is the N.C.S.C.?", "what is the N-C-S-C"])
def test_an_acronym_spelled_with_dots_or_hyphens_is_the_acronym_not_caf_objective_c(answerer, typed):
    answer = answerer.answer(typed, record_gap=False)
    assert answer.answered and answer.entry.id == "ncsc-what-is", answer.text


@pytest.mark.parametrize("typed", ["e.g. this", "i.e. that", "the U.S. strategy", "x-ray", "a-b testing"])
def test_abbreviations_written_with_dots_that_spell_nothing_of_ours_stay_as_written(answerer, typed):
    assert answerer.index.as_written(typed) == typed


@pytest.mark.parametrize("said, written", [
    ("in twenty eighteen nineteen", "in 2018/19"),
    ("twenty sixteen-seventeen", "2016/17"),
    ("twenty sixteen to twenty one", "2016 to 2021"),
    ("twenty sixteen nineteen councils", "2016 nineteen councils"),    # not the year after: no span
    ("the first of november twenty sixteen", "the 1 of november 2016"),
    ("the twenty first of november", "the 21 of november"),
    ("november the first", "november 1"),
    ("which came first november or december", "which came first november or december"),
    ("the first may be", "the first may be"),
])
def test_a_span_of_years_and_a_day_of_the_month_said_aloud_are_written_as_dates(said, written):
    assert spoken.numbers_as_digits(said) == written


def test_a_financial_year_said_aloud_gets_that_years_council_money(answerer):
    assert_answers(answerer, "how much did english councils get for cyber in twenty eighteen nineteen", "1.5")


def test_a_launch_day_said_aloud_is_checked_as_a_day(answerer):
    assert_answers(answerer, "was the strategy launched on the first of november twenty sixteen", "1 November 2016")
    assert_declines(answerer, "was the strategy launched on the twenty first of november twenty sixteen", "21 November")


def test_a_sum_said_as_and_a_half_is_checked_as_that_sum(answerer):
    assert_answers(answerer, "did english councils get one and a half million for cyber in twenty eighteen nineteen?", "1.5")
    assert_declines(answerer, "did english councils get two and a half million for cyber in twenty eighteen nineteen?", "2.5")


@pytest.mark.parametrize("dictated, expected", [
    ("so when did the in CSC start up", "October 2016"),            # NCSC said "en see es see"
    ("what's sock it em short for", "Society of IT Management"),         # Socitm said in syllables
    ("what does the dee el you aitch see do for council cyber", "DLUHC"),  # letters said by their names
])
def test_a_name_dictated_by_ear_is_the_name_of_ours_it_sounds_like(answerer, dictated, expected):
    assert_answers(answerer, dictated, expected)


@pytest.mark.parametrize("said, written", [
    ("who runs gee see aitch queue", "who runs GCHQ"),
    ("is it a see a f thing", "is it a CAF thing"),
    ("who does the el gee ay speak for", "who does the LGA speak for"),
])
def test_letters_said_by_their_names_are_the_acronym_they_spell(answerer, said, written):
    assert answerer.index.as_written(said) == written


@pytest.mark.parametrize("typed", ["what is in it for us", "why are you asking", "tea and biscuits in house",
                                   "are you sure it was in the csv", "the socket em dash"])
def test_everyday_words_that_sound_like_nothing_of_ours_stay_as_typed(answerer, typed):
    assert answerer.index.as_written(typed) == typed


# A phone's autocorrect knows English, not our names: it makes one word of a two-word name an English word.
@pytest.mark.parametrize("typed, expected", [
    ("can someone explain web cheque to me", "scans"),                              # Web Check
    ("who did lindy cameroon take over from at the ncsc", "Ciaran Martin"),       # Lindy Cameron
])
def test_a_name_autocorrected_on_a_phone_is_the_name_beside_its_other_word(answerer, typed, expected):
    assert_answers(answerer, typed, expected)


@pytest.mark.parametrize("typed, written", [
    ("is mail cheque free for councils", "is mail check free for councils"),
    ("when did lindy cameroon join", "when did lindy cameron join"),
])
def test_the_autocorrected_word_is_read_as_the_names_word(answerer, typed, written):
    assert answerer.index.as_written(typed) == written


@pytest.mark.parametrize("typed", ["can we pay the ncsc by cheque", "what is cameroon's national cyber strategy",
                                   "cheque web payments"])
def test_an_english_word_with_no_name_of_ours_beside_it_stays_as_typed(answerer, typed):
    assert answerer.index.as_written(typed) == typed


@pytest.mark.parametrize("said, written", [
    ("netcraft question mark", "netcraft?"),
    ("who runs pdns full stop thanks", "who runs pdns. thanks"),
    ("great exclamation mark what is web check", "great! what is web check"),
    ("can you quote me the figure", "can you quote me the figure"),
    ("bring it to a stop", "bring it to a stop"),
])
def test_punctuation_said_aloud_is_the_mark_it_names(said, written):
    assert spoken.as_written(said) == written


def test_an_email_read_out_between_quote_and_end_quote_is_a_quoted_passage():
    assert spoken.as_written("reading out the email quote hi all when did web check start thanks end quote") == \
        "reading out the email \u201chi all when did web check start thanks\u201d"
    assert spoken.as_written("she said quote it could happen here unquote") == "she said \u201cit could happen here\u201d"


@pytest.mark.parametrize("said, written", [
    ("um seven seven two six?", "um 7726?"),
    ("oh three hundred", "oh 300"),
    ("whats cyber three sixty from the lga", "whats cyber 360 from the lga"),
    ("three sixty five days", "365 days"),
    ("the four objectives", "the four objectives"),
    ("one of the ten steps", "one of the ten steps"),
])
def test_a_number_said_figure_by_figure_or_hundreds_said_short_is_its_digits(said, written):
    assert spoken.as_written(said) == written


def test_a_text_code_said_figure_by_figure_is_the_number_to_forward_scam_texts_to(answerer):
    assert_answers(answerer, "um what is seven seven two six", "text")


def test_cyber_three_sixty_said_aloud_is_the_lgas_peer_offer(answerer):
    assert_answers(answerer, "whats cyber three sixty from the lga", "peer")


@pytest.mark.parametrize("typed, written", [
    ("who launched the '16 strategy", "who launched the 2016 strategy"),
    ("where was cyberuk \u201917 held", "where was cyberuk 2017 held"),
    ("the '16 and the '22 strategies", "the 2016 and the 2022 strategies"),
    ("lga '10 questions for a councillor' - give me a couple", "lga '10 questions for a councillor' - give me a couple"),
    ("it's 16 councils", "it's 16 councils"),
])
def test_a_year_written_short_after_an_apostrophe_is_that_year(typed, written):
    assert spoken.as_written(typed) == written


def test_the_16_strategy_written_short_is_the_2016_strategy(answerer):
    assert_answers(answerer, "who launched the '16 strategy?", "Hammond")
    assert_answers(answerer, "ncsc annual review '24 - how many significant incidents", "89")
    assert_declines(answerer, "what did the ncsc annual review '25 say", "2025")


@pytest.mark.parametrize("said, written", [
    ("the n c s c is part of m i five isn't it", "the ncsc is part of mi5 isn't it"),
    ("what about n i s two", "what about nis2"),
    ("the c a f one", "the caf one"),
])
def test_letters_spelled_out_then_a_figure_are_one_name(said, written):
    assert spoken.as_written(said) == written


def test_a_body_spelled_out_with_its_figure_is_not_confirmed_as_the_ncscs_parent(answerer):
    assert_declines(answerer, "the n c s c is part of m i five isn't it")


@pytest.mark.parametrize("said, written", [
    ("when did the sixteen strategy launch", "when did the 2016 strategy launch"),
    ("in the twenty four ncsc review how many", "in the 2024 ncsc review how many"),
    ("the 22 strategy money", "the 2022 strategy money"),
    ("how much in eighteen nineteen", "how much in 2018/19"),
    # no title of ours writes 2010 beside steps or councils: counts stay counts
    ("the 10 steps", "the 10 steps"),
    ("the 10 councils in the pilot", "the 10 councils in the pilot"),
])
def test_a_year_said_in_its_last_two_figures_before_a_thing_our_titles_date_is_that_year(answerer, said, written):
    assert answerer.index.as_written(said) == written


@pytest.mark.parametrize("typed, written", [
    ("cyberuk 19 venue??", "cyberuk 2019 venue??"),
    ("where was CYBERUK 17", "where was CYBERUK 2017"),
    # ...a year no title of ours puts after the name stays a figure, and so does a figure of something else
    ("cyberuk 23 dates?", "cyberuk 23 dates?"),
    ("ncsc 24/7 line", "ncsc 24/7 line"),
])
def test_a_year_typed_in_its_last_two_figures_after_an_event_our_titles_date_is_that_year(answerer, typed, written):
    assert answerer.index.as_written(typed) == written


def test_a_pmo_lead_asking_where_cyberuk_19_was_gets_glasgow(answerer):
    assert_answers(answerer, "cyberuk 19 venue??", "Glasgow")
    assert_answers(answerer, "cyberuk 22 location", "Newport")


def test_the_twenty_four_review_said_aloud_is_the_2024_annual_review(answerer):
    assert_answers(answerer, "in the twenty four ncsc review how many incidents were significant", "89")
    assert_answers(answerer, "when did the sixteen strategy launch", "1 November 2016")
    assert_declines(answerer, "what did the twenty five ncsc review say")


# Someone who sees their phone's autocorrect mangle a name sends it again after the message with a star.
@pytest.mark.parametrize("typed, expected", [
    ("Siobhan Coughing is at which org?\n*Coughlan sorry", "Local Government Association"),
    ("who launched exercise in a box? some minister, Lifting ton?\n*Liddington or however its spelt", "Lidington"),
    ("so Socks itm said the 1.9bn would mostly be aimed at... who? central govt depts?\n*Socitm ffs", "central"),
    ("was cusp before or after cyber essentials? *CiSP", "2013"),
    ("the standard for councils based on the NCSC calf - what's it actually called? thx\n*CAF", "local government"),
])
def test_a_correction_sent_after_an_autocorrected_message_is_read_in_place_of_the_mangled_words(answerer, typed, expected):
    assert_answers(answerer, typed, expected)


@pytest.mark.parametrize("typed, expected", [
    ("where was cyber luck 2030 held\n*CYBERUK", "2030"),
    ("what did Matt Han cock say about councils\n*Hancock", None),
])
def test_a_corrected_message_about_what_we_do_not_have_is_still_declined(answerer, typed, expected):
    assert_declines(answerer, typed, *([expected] if expected else []))


@pytest.mark.parametrize("typed, read", [
    ("which council was Connect at by may 2018\n*Connell", "which council was Connell at by may 2018"),
    ("what did the ICO fine hack Ney for the ransomware *Hackney", "what did the ICO fine Hackney for the ransomware"),
    ("the Society briefing split it how?\n*Socitm briefing not society", "the Socitm briefing split it how?"),
    # a correction like nothing in the message, a footnote's star, and bold type are no corrections
    ("which company runs the takedowns, Minecraft?\n*net something", "which company runs the takedowns, Minecraft?\n*net something"),
    ("how many councils got the 2019* funding?\n*approx", "how many councils got the 2019* funding?\n*approx"),
    ("is web check *free*", "is web check *free*"),
])
def test_the_correction_replaces_the_words_it_is_most_like(typed, read):
    assert corrected.applied(typed) == read


@pytest.mark.parametrize("typed, expected", [
    ("when did cyberessentials launch, exact date if poss", "5 June 2014"),
    ("is mailcheck being retired", "Mail Check"),
])
def test_a_two_word_name_typed_without_its_space_is_the_name(answerer, typed, expected):
    assert_answers(answerer, typed, expected)


@pytest.mark.parametrize("typed, expected", [
    ("cyber360 how many days on site", "three days"),
    ("whats a cyber360 when its at home", "peer support"),
])
def test_a_name_typed_with_its_number_against_it_is_the_name(answerer, typed, expected):
    # "Cyber 360" typed on a phone as one word, as "cyberessentials" is.
    assert_answers(answerer, typed, expected)
    assert answerer.index.as_written("cyber360 how long") == "Cyber 360 how long"


def test_a_name_typed_as_one_word_is_read_as_its_two_words_unless_we_write_it_as_one(answerer):
    assert answerer.index.as_written("when did cyberessentials launch") == "when did Cyber Essentials launch"
    assert answerer.index.as_written("when was the first cyberuk") == "when was the first cyberuk"


# A guessed name after the question, the asker's own spelling of the person the entry names.
@pytest.mark.parametrize("typed, expected", [
    ("who signs the LGA cyber digital and tech bulletins, Pritchett?", "Pritchard"),
    ("how many vulns did web check help fix in local gov, was it about 4k? Cairn Martin told the PAC", "4,000"),
])
def test_a_persons_name_misspelt_by_autocorrect_is_our_persons_name(answerer, typed, expected):
    assert_answers(answerer, typed, expected)


def test_another_first_name_before_our_surname_is_still_another_person(answerer):
    assert_declines(answerer, "what did Ian Martin say about web check", "Ian Martin")


def test_an_address_read_out_with_its_words_spelt_by_ear_is_our_address(answerer):
    # "fishing dot something": the part before a said "dot" sounds like our address's "phishing".
    assert_answers(answerer, "where do staff forward a dodgy email to,the NCSC address. fishing dot something?",
                   "report@phishing.gov.uk")
    assert answerer.index.as_written("we went fishing on the weekend") == "we went fishing on the weekend"
