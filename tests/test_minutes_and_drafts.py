"""A clerk puts a draft line, a minute or what someone said in a meeting to the bot, to check, correct or fill in.

The line is what is asked about; the people in the meeting who said it ("Independent member Mr Okafor", "the
Vice-Chair", "Cllr Hughes"), the paper it goes in and why the clerk wants it right are the asker's frame. A gap
left in the line ("______", "[YEAR]") is the thing asked. A line with a wrong year, person, place or figure is
still declined or corrected, never confirmed. These run the real knowledge base through the real search and
answerability check.
"""

from bot.answers.framing import blank_asked
from handlers.testing.asking import assert_answers, assert_declines


def test_a_minute_line_with_a_blank_for_the_chancellor_is_filled_with_hammond(answerer):
    assert_answers(answerer, "Audit Committee minute, item 4: 'The 2016-2021 National Cyber Security Strategy was "
                             "launched by the then Chancellor, ______, with £1.9bn behind it.' Could you fill in "
                             "the name?", "Hammond")


def test_a_bracketed_year_left_in_a_draft_line_is_the_year_asked(answerer):
    assert_answers(answerer, "From our draft cabinet report: 'The Government Cyber Security Strategy expects all "
                             "public sector organisations to be resilient to known vulnerabilities and attack "
                             "methods by [YEAR].' What goes in the gap?", "2030")


def test_a_line_with_a_gap_and_a_wrong_fact_beside_it_is_not_filled(answerer):
    assert_declines(answerer, "Minute draft: 'The 2016-2021 National Cyber Security Strategy was launched in 2017 "
                              "by ______.' Can you fill in the name?")
    assert_declines(answerer, "Minute draft: 'The Government Cyber Security Strategy requires all councils in "
                              "Ireland to be resilient by [YEAR].' What year goes in?")


def test_a_gap_where_a_deed_goes_is_not_read_as_what(answerer):
    # "councils should what their own cyber security" asks nothing an entry can answer; the message is read as typed.
    said = "Exec summary line: 'councils should ______ their own cyber security'?"
    assert blank_asked(said) == said
    assert blank_asked("Draft: 'CYBERUK 2019 was held in [CITY].' fill it in?") == "CYBERUK 2019 was held in where?"


def test_a_member_named_after_their_post_who_stated_a_figure_is_not_what_the_entry_must_name(answerer):
    assert_answers(answerer, "Co-opted member Mrs Adeyemi stated that the 2011 national cyber strategy had £860 "
                             "million behind it. Fine to minute as stated?", "860")


def test_a_figure_a_named_member_stated_wrongly_is_not_minuted_as_right(answerer):
    assert_declines(answerer, "Co-opted member Mrs Adeyemi stated that the 2011 national cyber strategy had £960 "
                              "million behind it. Fine to minute as stated?")


def test_a_draft_minute_checked_while_the_vice_chair_offers_other_words_is_read_for_the_draft(answerer):
    # The Vice-Chair's own quoted words come after the draft line and are not part of it.
    assert_answers(answerer, "Draft minute: 'The NCSC is part of GCHQ and started work in October 2016.' Anything "
                             "wrong with that? The Vice-Chair says it should read 'opened in 2017' and I need to "
                             "decide what goes in.", "October 2016")
    assert_declines(answerer, "Draft minute: 'The NCSC is part of GCHQ and started work in October 2018.' Anything "
                              "wrong with that? The Vice-Chair says it should read 'opened in 2016' and I need to "
                              "decide what goes in.")


def test_what_the_chair_asked_before_the_quoted_notes_says_what_the_figures_are_of(answerer):
    assert_answers(answerer, "Item 3 - the Chair asked how the £1.9bn was broken down. From my notes the Head of "
                             "Digital said 'about six hundred million for the NCSC and the rest on delivery'. "
                             "What were the real figures, so I can minute them properly?", "600", "1.3")


def test_a_line_for_cabinet_put_to_be_checked_is_held_to_its_facts_not_to_its_label(answerer):
    assert_answers(answerer, "Line for cabinet members: 'The Five Eyes partners shared a stage in the UK for the "
                             "first time at CYBERUK in Glasgow.' Correct?", "2019")
    assert_declines(answerer, "Line for cabinet members: 'The Five Eyes partners shared a stage in the UK for the "
                              "first time at CYBERUK in Manchester.' Correct?")


def test_a_line_for_the_file_put_without_quotes_is_held_to_its_facts_not_to_its_label(answerer):
    assert_answers(answerer, "Confirming for the minutes: the Queen opened the NCSC in February 2017", "14 February 2017")
    assert_declines(answerer, "Confirming for the minutes: the Queen opened the NCSC in March 2017")


def test_a_figure_according_to_a_named_witness_is_answered_when_he_gave_it(answerer):
    assert_answers(answerer, "How many security vulnerabilities did Web Check help fix in local government "
                             "according to Ciaran Martin? A councillor said 'around four thousand' in the debate.",
                   "4,000")
    assert_declines(answerer, "How many security vulnerabilities did Web Check help fix in local government "
                              "according to Lindy Cameron?")


def test_why_the_clerk_wants_the_figure_right_is_no_part_of_the_question(answerer):
    assert_answers(answerer, "Could you confirm how many NHS trusts WannaCry affected (a member said 'about 80') so "
                             "the number in the report is right?", "81")
    assert_declines(answerer, "Could you confirm how many NHS trusts were affected in 2019 so the number in the "
                              "report is right?")


def test_a_request_passed_on_for_a_councillor_with_please_after_its_paper_is_answered(answerer):
    assert_answers(answerer, "PA to the Leader here - he'd like the name of the LGA councillor who welcomed the "
                             "£1.5m cyber money in 2018, for a quote in his speech please", "Bettison")
    assert_declines(answerer, "PA to the Leader here - he'd like the name of the LGA councillor who welcomed the "
                              "£2.5m cyber money in 2018, for a quote in his speech please")


def test_a_department_quoted_as_the_askers_own_wrong_guess_is_not_what_the_answer_must_name(answerer):
    assert_answers(answerer, "Awkward one. At cabinet I said the government gave the LGA £1.5m for cyber in 2018 via "
                             "'the Home Office' and the monitoring officer frowned. Which department was it actually?",
                   "Ministry of Housing")
    assert_declines(answerer, "At cabinet I said the government gave the LGA £1.5m for cyber in 2015 via 'the Home "
                              "Office'. Which department was it actually?")
    # A clause searched with the passage it points back to is still held to the body it names.
    assert_declines(answerer, "Our strategy credits the launch of the 2016 national strategy to 'the Home Office'. "
                              "Who actually launched it?")


def test_a_gap_in_a_line_pasted_without_quote_marks_is_what_is_asked(answerer):
    assert_answers(answerer, "Minute 5.1 draft: The National Cyber Security Strategy 2016-2021 was launched by the then "
                             "Chancellor, ______. Can you fill in the name?", "Hammond")


def test_a_gap_in_an_unquoted_line_with_a_wrong_year_is_still_declined(answerer):
    assert_declines(answerer, "Minute 5.1 draft: The National Cyber Security Strategy 2016-2021 was launched in 2015 by "
                              "the then Chancellor, ______. Can you fill in the name?")
