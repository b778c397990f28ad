"""Which came first, and how long between: two things named, each one's date, and the order in one line.

People ask the order of two things in many shapes ("which came first X or Y", "gap between X and
Y", "was X before Y", "X or Y, which was earlier"). Each thing is found in its own entry; the reply
gives both entries and, where each gives a clear date for what was asked (an event's day, a
person's start or, for "leaving", their end), says which came first and how far apart. A thing we
do not date, or a near miss of one we do, is named, never compared. These run the real knowledge
base through the real engine.
"""

from datetime import date

import pytest

from handlers.testing.asking import assert_answers, assert_declines

from bot.answers import ordering
from bot.answers.knowledge import Entry, FuzzyDate
from bot.answers.replies import answer_reply


def ask(answerer, question):
    return answerer.answer(question, record_gap=False)


def test_an_attack_and_a_conference_are_put_in_order_by_the_day_each_happened(answerer):
    answer = ask(answerer, "which came first wannacry or cyberuk 2017")
    assert answer.answered and "12 May 2017" in answer.text and "14 to 16 March 2017" in answer.text
    assert answer.order == "\u201ccyberuk 2017\u201d came first (14 March 2017), 2 months before \u201cwannacry\u201d (12 May 2017)."


def test_the_order_line_opens_the_slack_reply(answerer):
    answer = ask(answerer, "which came first: queen opening ncsc or the manchester leg of the summit")
    said = [str(block) for block in answer_reply(answer).blocks]
    assert "manchester leg of the summit\u201d came first (7 February 2017), a week before" in said[0]


def test_gap_between_someone_leaving_and_their_successor_starting_gives_the_end_and_the_start(answerer):
    answer = ask(answerer, "gap between ciaran martin leaving and lindy cameron starting?")
    assert answer.answered and "31 August 2020" in answer.text and "October 2020" in answer.text
    assert answer.order.startswith("\u201cciaran martin leaving\u201d came first (31 August 2020)")


def test_how_long_between_two_documents_reads_the_date_of_the_one_named_not_of_the_pilot_before_it(answerer):
    answer = ask(answerer, "how long between the lg caf pilot report and lg caf launch")
    assert answer.answered and "(15 March 2023), about 19 months before" in answer.order


def test_was_one_thing_before_another_is_answered_with_both_dates_when_both_are_dated(answerer):
    answer = ask(answerer, "was wannacry before cyberuk 2017?")
    assert answer.answered and answer.order.startswith("\u201ccyberuk 2017\u201d came first")


def test_was_someone_somewhere_before_somewhere_else_is_still_a_question_about_them(answerer):
    answer = ask(answerer, "was connell at newham before norfolk?")
    assert answer.answered and "Newham" in answer.text and answer.order is None


def test_which_came_first_with_an_edition_we_do_not_hold_is_declined_naming_it(answerer):
    answer = ask(answerer, "which came first wannacry or cyberuk 2016")
    assert not answer.answered and "\u201ccyberuk 2016\u201d" in answer.text


def test_a_date_in_brackets_beside_another_is_an_aside_to_it():
    text = "Richard Horne became chief executive in October 2024 (reported in December 2024)."
    dates = ordering.dates_in(text)
    assert [d.aside for d in dates] == [False, True]


def test_a_year_that_names_a_thing_is_no_date_of_it():
    dates = ordering.dates_in("It followed the 2021 Integrated Review and was published in 2022, "
                              "replacing the 2016-2021 strategy.")
    assert [d.when for d in dates] == [FuzzyDate(2022)]


def test_dates_known_no_finer_than_the_year_do_not_say_which_came_first_within_it():
    assert ordering.order_line(("a", "b"), (FuzzyDate(2017), FuzzyDate(2017, 5, 12))) is None
    assert ordering.order_line(("a", "b"), (FuzzyDate(2016), FuzzyDate(2017, 5))).startswith("\u201ca\u201d came first")


def _entry(answer):
    return Entry("e", "t", "x", answer, ())


def _words(text):
    return [w.strip(".,;:()'").lower() for w in text.split()]


def test_a_day_and_a_season_said_apart_are_two_dates_so_neither_is_read():
    entry = _entry("On 9 May 2018 Geoff Connell urged councils to respond to the stocktake in summer 2018.")
    assert ordering.date_for(entry, "the stocktake", _words) is None


def test_a_date_said_again_in_brackets_is_the_same_date():
    entry = _entry("The Cyber Essentials scheme was launched on 5 June 2014 (June 2014).")
    assert ordering.date_for(entry, "cyber essentials", _words) == FuzzyDate(2014, 6, 5)


def test_a_quoted_title_does_not_name_the_thing_a_date_is_for():
    entry = _entry("RAND's report ('LGA Stocktake: National Report') was published in November 2018.")
    assert ordering.date_for(entry, "the stocktake", _words) is None


def test_a_near_miss_on_one_side_is_declined_with_what_we_hold_for_it(answerer):
    answer = ask(answerer, "which came first, cyberuk 2017 in manchester or wannacry")
    assert not answer.answered and "Liverpool, not Manchester" in answer.text
    assert answer.order is None


def test_the_order_line_names_the_things_without_the_question_words_around_them(answerer):
    answer = ask(answerer, "was the stocktake before or after the president's conference 2018")
    assert "\u201cthe stocktake\u201d" in answer.order


@pytest.mark.parametrize("typed, first", [
    ("wannacry vs cyberuk 2017 which was first", "cyberuk 2017"),       # a search box: no stops, "vs"
    ("cyber essentials or cisp which came first", "cisp"),
    ("lindy cameron versus ciaran martin - which first?", "ciaran martin"),
    ("which earlier: cyber essentials or cisp", "cisp"),
])
def test_two_things_typed_into_a_search_box_with_which_first_are_put_in_order(answerer, typed, first):
    answer = ask(answerer, typed)
    assert answer.answered and answer.order and answer.order.startswith(f"\u201c{first}\u201d came first"), answer.text


def test_which_first_before_a_noun_is_no_question_of_order(answerer):
    answer = ask(answerer, "cyber essentials or cisp, which first aid course is better")
    assert answer.order is None


@pytest.mark.parametrize("question", [
    "The NIS Regulations taking effect in law - before or after Connell's Glasgow speech?",
    "the NIS regulations came into force before or after Geoff Connell's speech at the Glasgow conference?",
])
def test_a_long_statement_of_the_first_thing_and_a_speech_named_by_its_place_are_put_in_order(answerer, question):
    # Connell spoke in Glasgow on 9 May 2018; the NIS Regulations came into force on 10 May 2018. The entry
    # says "speaking at ..." (speech ~ speaking; "spoke" stays apart, as "who spoke" asks for speakers), and
    # Glasgow is the speech's place, not the regulations'.
    assert_answers(answerer, question, "came first (9 May 2018)")


def test_which_came_first_and_how_far_apart_is_answered_with_both_dates_and_the_gap(answerer):
    assert_answers(answerer, "CE launch vs CE becoming mandatory for central gov contracts - which first, and how far "
                             "apart?", "about 4 months before")
    assert_answers(answerer, "cyber essentials or cisp - which came first and by how much?", "15 months before")
    assert_answers(answerer, "Queen opening NCSC vs WannaCry: which first, how many months apart?", "about 3 months before")


def test_a_date_known_to_the_month_runs_to_that_month_s_last_day_leap_februaries_too():
    assert FuzzyDate(2024, 2).latest() == date(2024, 2, 29) and FuzzyDate(2023, 2).latest() == date(2023, 2, 28)
    assert FuzzyDate(2016, 12).latest() == date(2016, 12, 31) and FuzzyDate(2017, 4).latest() == date(2017, 4, 30)
    assert FuzzyDate(2017).latest() == date(2017, 12, 31) and FuzzyDate(2017, 5, 12).latest() == date(2017, 5, 12)
    assert FuzzyDate(2017, 9).display() == "September 2017" and FuzzyDate(2017, 9, 3).display() == "3 September 2017"


def test_months_are_read_by_their_full_and_short_english_names():
    assert [ordering._MONTH_NAMES[m] for m in ("january", "jan", "sept", "sep", "september", "december")] == \
        [1, 1, 9, 9, 9, 12]


@pytest.mark.parametrize("question, first", [
    ("did the lg caf pilot report come out before or after the caf for local government launched?", "(15 March 2023)"),
    ("was the caf pilot report published before the full caf for local gov went live", "(15 March 2023)"),
])
def test_a_report_that_came_out_is_dated_by_the_report_not_by_the_pilot_before_it(answerer, question, first):
    answer = ask(answerer, question)
    assert answer.answered and answer.order and first in answer.order


@pytest.mark.parametrize("question, first", [
    ("the Queen opening the NCSC - was that before or after the Manchester leg of the summit?", "(7 February 2017)"),
    ("wannacry, was that after cyberuk 2017?", "(14 March 2017)"),
    ("cisp launching: did it come before cyber essentials?", "came first"),
])
def test_a_thing_named_first_then_asked_after_as_that_is_put_in_order(answerer, question, first):
    answer = ask(answerer, question)
    assert answer.answered and answer.order and first in answer.order


def test_a_thing_named_first_then_compared_with_something_we_do_not_date_is_declined_naming_it(answerer):
    answer = ask(answerer, "Cyber Essentials - was that before or after the London Olympics?")
    assert not answer.answered and "London Olympics" in answer.text


def test_a_which_came_first_question_followed_by_a_remark_is_put_in_order(answerer):
    answer = ask(answerer, "Which came first, the National Cyber Strategy 2022 or the Government Cyber Security "
                           "Strategy? The names are designed to confuse.")
    assert answer.answered and answer.order.startswith("\u201cthe National Cyber Strategy 2022\u201d came first (15 December 2021)")


@pytest.mark.parametrize("question, first", [
    ("I'd like to confirm the order of two events for a board paper: did the logging guidance come out before the NIS "
     "Regulations came into force?", "\u201cthe NIS Regulations\u201d came first (10 May 2018)"),
    ("hiya! doing the induction timeline - was CYBERUK 2017 before or after wannacry? ta", "\u201cCYBERUK 2017\u201d came first"),
])
def test_what_the_asker_is_doing_before_the_question_does_not_hide_the_order_asked(answerer, question, first):
    answer = ask(answerer, question)
    assert answer.answered and answer.order.startswith(first), answer.text


@pytest.mark.parametrize("question, first", [
    ("Could you confirm whether CiSP preceded Cyber Essentials?", "\u201cCiSP\u201d came first (27 March 2013)"),
    ("did the 10 steps predate cyber essentials", "\u201cthe 10 steps\u201d came first (2012)"),
])
def test_preceded_and_predated_ask_which_came_first(answerer, question, first):
    answer = ask(answerer, question)
    assert answer.answered and answer.order.startswith(first), answer.text


def test_a_thing_whose_entries_tie_is_dated_by_the_one_that_says_it_launched(answerer):
    # "Exercise in a Box" finds what it is, its sessions and its launch all level: the launch dates it.
    answer = ask(answerer, "Exercise in a Box or the suspicious email reporting service - which launched first?")
    assert answer.answered and answer.order.startswith("\u201cExercise in a Box\u201d came first (April 2019)")
    assert "(April 2020)" in answer.order


def test_a_short_name_the_search_knows_dates_the_thing_it_names(answerer):
    answer = ask(answerer, "whcih came frist, exercise in a box or SERS")
    assert answer.answered and "\u201cSERS\u201d (April 2020)" in answer.order


def test_a_thing_with_two_beginnings_either_side_of_the_other_gets_both_dates_and_no_order(answerer):
    # The NCSC opened for business in October 2016 and the Queen opened it on 14 February 2017; the strategy
    # was launched between them, on 1 November 2016.
    answer = ask(answerer, "which came first - the NCSC opening its doors, or Hammond launching the 2016 strategy?")
    assert answer.answered and answer.order is None
    assert answer.text.startswith("Which came first depends on which \u201cthe NCSC opening its doors\u201d you mean")
    assert "October 2016" in answer.text and "14 February 2017" in answer.text and "1 November 2016" in answer.text


def test_two_beginnings_on_the_same_side_of_the_other_still_say_which_came_first(answerer):
    answer = ask(answerer, "which came first, the NCSC opening or CYBERUK 2019?")
    assert answer.answered and answer.order.startswith("\u201cthe NCSC opening\u201d came first")


def test_a_later_instance_of_a_thing_dates_no_beginning_of_it(answerer):
    entry = _entry("The LGA was delivering its twentieth Cyber 360 in April 2023.")
    assert ordering.date_for(entry, "cyber 360", _words) is None
    assert_declines(answerer, "Was the LGA's Cyber 360 launched before the stocktake?", "which came first", "Cyber 360")


# "Put these in order": three to six things, each dated by its own entry, said in date order with their dates.

def _in_order(answer, *names: str) -> bool:
    """Do ``names`` appear in the answer's order line in this order?"""
    places = [answer.order.find(name) for name in names] if answer.order else [-1]
    return all(p >= 0 for p in places) and places == sorted(places)


def test_a_timeline_list_is_put_in_date_order_with_each_date(answerer):
    answer = answerer.answer("order these for the timeline pls: CE launch, CE mandatory for central gov suppliers, "
                             "CiSP announced", record_gap=False)
    assert answer.answered and _in_order(answer, "CiSP", "CE launch", "CE mandatory"), answer.text
    assert "27 March 2013" in answer.text and "5 June 2014" in answer.text and "1 October 2014" in answer.text
    answer = answerer.answer("For our timeline slide, put these in order: Cyber Essentials launch, CiSP announcement, "
                             "10 Steps first published", record_gap=False)
    assert answer.answered and _in_order(answer, "10 Steps", "CiSP", "Cyber Essentials"), answer.text
    answer = answerer.answer("Put these in date order please: the GCSS, WannaCry, the NIS regulations, the 2016 strategy",
                             record_gap=False)
    assert answer.answered and _in_order(answer, "2016 strategy", "WannaCry", "NIS", "GCSS"), answer.text
    answer = answerer.answer("cisp, cyber essentials and wannacry in chronological order?", record_gap=False)
    assert answer.answered and _in_order(answer, "cisp", "cyber essentials", "wannacry"), answer.text
    answer = answerer.answer("what order did these happen in: wannacry, the NCSC opening for business, the 2016 strategy launch?",
                             record_gap=False)
    assert answer.answered and _in_order(answer, "NCSC", "2016 strategy", "wannacry"), answer.text


def test_places_listed_as_one_events_hosts_are_each_dated_as_that_events_and_the_question_after_is_no_item(answerer):
    answer = answerer.answer("Put these CYBERUK hosts in order: Glasgow, Liverpool, Manchester. Which one came second?",
                             record_gap=False)
    assert answer.answered and _in_order(answer, "Liverpool", "Manchester", "Glasgow"), answer.text
    answer = answerer.answer("Order these CYBERUK venues: Newport, Glasgow, Liverpool. Which was last?", record_gap=False)
    assert answer.answered and _in_order(answer, "Liverpool", "Glasgow", "Newport"), answer.text


def test_a_list_with_a_thing_we_cannot_date_is_declined_naming_it(answerer):
    assert_declines(answerer, "which order did the NCSC opening, WannaCry and the Gloucester ransom payment happen in?",
                    "Gloucester ransom payment")
    assert_declines(answerer, "put these in order: WannaCry, the Olympics opening ceremony, NIS regs", "Olympics opening ceremony")
    assert_declines(answerer, "sort these by date: Web Check launch, PDNS launch, Exercise in a Box launch", "PDNS launch")


def test_a_list_put_in_order_of_size_is_not_read_as_a_timeline(answerer):
    answer = answerer.answer("put these in order of size: 2016 budget, GCSS money, LGA grant", record_gap=False)
    assert answer.order is None or "date order" not in answer.order


def test_two_listed_things_found_in_one_entry_on_one_date_are_not_ordered(answerer):
    assert_declines(answerer, "arrange these oldest first: NCSC opening for business, WannaCry, the NHS Trust merger",
                    "NHS Trust merger")
