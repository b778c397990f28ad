"""A decline writes the names it was asked about the way a reader expects to see them.

When cyberbot declines it says what it does not have ("… but it says nothing about Kent"), and
that sentence repeats a name from the question. Each kind of decline used to pick capitals its own
way (a 4-letter rule, a 5-letter rule, a capitals-or-rare-word test), so one question could read
"KENT" and another "Ncsc". One rule now holds for every decline: a word the knowledge base writes
in capitals, or the asker typed in capitals, is in capitals; a name the knowledge base writes is as
it writes it ("CiSP", "Socitm"); any other name is title-cased, a short rare one taken for an
acronym ("FBI").

These run the real knowledge base through the real Answerer; each assertion is what the asker sees.
"""

from bot.answers.answerer import Answerer
from handlers.testing.asking import assert_declines


# Places.

def test_a_county_nobody_writes_is_shown_as_a_place_kent_not_KENT(answerer):
    assert_declines(answerer, "did web check cover kent", "“Web Check”, but it says nothing about Kent.")


def test_a_county_of_five_letters_is_shown_as_a_place_too(answerer):
    assert_declines(answerer, "was web check used in devon", "says nothing about Devon.")


def test_a_wrong_city_is_set_beside_the_city_the_entry_gives(answerer):
    assert_declines(answerer, "was exercise in a box launched in cardiff", "which says Glasgow, not Cardiff.")
    assert_declines(answerer, "was socitm's 2017 conference in leeds", "which says Leicester, not Leeds.")


def test_every_council_in_a_nation_names_the_nation_as_written(answerer):
    # (A claim that every one did; asked whether every one did, "most in Northern Ireland" is the answer.)
    assert_declines(answerer, "every council in northern ireland signed up to web check, right?",
                    "I can’t confirm every one in Northern Ireland")


def test_not_in_a_city_names_the_cities_the_entry_gives(answerer):
    assert_declines(answerer, "was the ncsc not in london", "I can't confirm “not London”", "says London and Cheltenham.")


def test_what_came_before_a_borough_names_the_borough(answerer):
    assert_declines(answerer, "where did connell work before newham", "what came before Newham;")
    assert_declines(answerer, "where did connell work before havering", "what came before Havering;")


# Bodies.

def test_a_decline_names_the_body_as_it_is_written_NCSC_not_Ncsc(answerer):
    assert_declines(answerer, "who leads the ncsc now", "it doesn't say who leads NCSC.")
    assert_declines(answerer, "who leads the NCSC", "it doesn't say who leads NCSC.")


def test_a_body_the_sources_spell_in_mixed_case_keeps_its_spelling_CiSP_not_CISP(answerer):
    assert_declines(answerer, "is owen pritchard the head of cisp", "it says nothing about CiSP.")


def test_a_short_unknown_agency_is_taken_for_an_acronym(answerer):
    assert_declines(answerer, "did the nsa fund web check", "it says nothing about NSA.")
    assert_declines(answerer, "was exercise in a box launched by the fbi", "it says nothing about FBI.")


def test_a_body_the_question_asks_about_is_shown_in_the_capitals_it_has(answerer):
    assert_declines(answerer, "who came before Ciaran Martin as head of GCHQ", "it says nothing about GCHQ.")
    assert_declines(answerer, "did gchq publish the 2024 annual review", "it says nothing about GCHQ.")


def test_a_role_at_a_body_names_the_body_as_the_sources_write_it(answerer):
    assert_declines(answerer, "is owen pritchard the head of the ncsc", "My sources don't say Owen Pritchard was NCSC head;")
    assert_declines(answerer, "was richard horne head of the cabinet office",
                    "My sources don't say Richard Horne was Cabinet Office head;")


def test_a_claimed_post_names_the_body_as_the_sources_write_it(answerer):
    assert_declines(answerer, "andy hopkirk was socitm president, wasn't he",
                    "My sources don't say Andy Hopkirk was Socitm president;")
    assert_declines(answerer, "the lcioc is chaired by geoff connell?", "My sources don't say Geoff Connell chaired LCIOC;")


# People.

def test_a_first_name_typed_with_a_capital_stays_a_name_Dave_not_DAVE(answerer):
    assert_declines(answerer, "did Dave Barker run the dclg programme", "not Dave Barker.")


def test_a_namesake_is_written_as_a_person_whatever_case_it_was_typed_in(answerer):
    assert_declines(answerer, "is david cameron the ncsc boss",
                    "I have “Lindy Cameron, NCSC chief executive from October 2020”, not David Cameron.")
    assert_declines(answerer, "is kieran levy the ncsc technical director", "I have “Ian Levy”, not Kieran Levy.")


def test_a_person_the_sources_never_name_is_written_as_a_name_Liam_not_LIAM(answerer):
    assert_declines(answerer, "the old Local Government CIO Council was set up when Liam Maxwell asked Socitm, is it?",
                    "it says nothing about Liam.")
    assert_declines(answerer, "Did Amber Rudd launch the National Cyber Security Strategy 2016-2021?",
                    "it says nothing about Rudd.")


# What was asked about.

def test_a_firm_keeps_the_spelling_the_sources_give_it_PwC_not_PWC(answerer):
    assert_declines(answerer, "did PwC run the lga stocktake?", "it says nothing about PwC.")
    assert_declines(answerer, "where did richard horne work before pwc", "what came before PwC;")


def test_a_body_of_several_words_is_written_as_one_name(answerer):
    assert_declines(answerer, "lindy cameron came from the home office didnt she", "it says nothing about Home Office.")
    assert_declines(answerer, "what did the national audit office say about council cyber security in the stocktake",
                    "it says nothing about National Audit Office.")


def test_an_everyday_word_the_sources_also_write_in_capitals_is_no_acronym(answerer):
    assert_declines(answerer, "how much of the 1.9bn went on cyber skills", "it says nothing about cyber skills.")
    assert_declines(answerer, "what did connell say at cyberuk 2018 about the stocktake", "it says nothing about CYBERUK.")
