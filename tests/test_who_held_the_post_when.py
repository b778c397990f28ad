"""Who held a post when something happened: "Who was running the NCSC when WannaCry hit the NHS?".

People building timelines ask for the name beside an event. The event is dated from its own entry; the
name comes only from a tenure an entry gives in full, start and end, that holds the event's date. A
holder whose end the sources never give is named only as the last holder they name before the date, with
both starts said, and only between two starts; an event we do not date, another post at the same body or
another country's body is declined, and the event's entry is never offered as the answer. These run
the real knowledge base through the real engine.
"""

import pytest

from bot.answers import tenure
from bot.answers.knowledge import Entry, FuzzyDate
from handlers.testing.asking import assert_declines

PEOPLE = ("Ciaran Martin", "Lindy Cameron", "Ian Levy", "Richard Horne")


def ask(answerer, question):
    return answerer.answer(question, record_gap=False)


def test_who_was_running_a_body_when_something_happened_names_the_holder_whose_tenure_holds_its_date(answerer):
    answer = ask(answerer, "Who was running the NCSC when WannaCry hit the NHS? need a name for the May 2017 row")
    assert answer.answered and answer.text.startswith(
        "Ciaran Martin was running the NCSC when WannaCry hit the NHS (12 May 2017): my sources give Ciaran Martin's "
        "time in the post as October 2016 to 31 August 2020.")
    assert answer.entry.id == "person-ciaran-martin" and [e.id for e in answer.also] == ["wannacry-2017"]


@pytest.mark.parametrize("question", [
    "who headed the ncsc when wannacry hit?",
    "Who was the NCSC's chief executive when the NIS Regulations came into force?",
    "who ran the ncsc when exercise in a box came out",
    "who was in charge of the NCSC when CYBERUK 2017 was on in Liverpool",
    "Who was running the NCSC when the Suspicious Email Reporting Service launched?",
])
def test_the_post_and_the_event_may_be_put_many_ways(answerer, question):
    answer = ask(answerer, question)
    assert answer.answered and answer.text.startswith("Ciaran Martin "), answer.text


@pytest.mark.parametrize("question", [
    "Who led the NCSC when the Government Cyber Security Strategy was launched?",
    "Who was running the NCSC when CYBERUK 2022 was held?",
    "who was heading up the NCSC when the government cyber security strategy came out?",
])
def test_between_two_holders_starts_the_last_one_named_is_given_with_both_starts_and_the_caveat(answerer, question):
    # Lindy Cameron took over in October 2020 and Richard Horne in October 2024; when she left, the sources never
    # say: she is the last holder they name before the event, and the reply says exactly that much.
    answer = ask(answerer, question)
    assert answer.answered and answer.text.startswith("Lindy Cameron "), answer.text
    assert ("as far as my sources go: they date Lindy Cameron's start in the post October 2020 and next name Richard "
            "Horne, from October 2024, but don't say when Lindy Cameron left.") in answer.text
    assert answer.entry.id == "ncsc-lindy-cameron"


def test_an_event_in_the_month_the_next_holder_began_is_declined(answerer):
    # The CAF for local government launched in October 2024, the month Richard Horne took over: who held the post
    # on the day, the months do not say.
    assert_declines(answerer, "Who was NCSC chief exec when the CAF for local government launched?",
                    "I can't say who", "don't give who held that post then")


def test_the_last_holder_named_is_read_only_between_two_starts_and_not_past_a_known_end():
    entry = Entry("e", "t", "x", "x", ())
    began = {"Ciaran Martin": (FuzzyDate(2016, 10), entry), "Lindy Cameron": (FuzzyDate(2020, 10), entry),
             "Richard Horne": (FuzzyDate(2024, 10), entry)}
    named = tenure.last_named(began, {}, [FuzzyDate(2022, 1, 25)])
    assert (named.person, named.successor) == ("Lindy Cameron", "Richard Horne")
    # after the last start: nobody bounds it
    assert tenure.last_named(began, {}, [FuzzyDate(2025)]) is None
    # a start inside the dates asked: who held it across them, the starts do not say
    assert tenure.last_named(began, {}, [FuzzyDate(2020)]) is None
    # an end the sources give before the date is the end of that holder's time
    assert tenure.last_named(began, {"Ciaran Martin": FuzzyDate(2020, 8, 31)}, [FuzzyDate(2020, 9, 15)]) is None


def test_a_period_a_figure_counts_up_to_dates_no_event():
    from bot.answers import ordering
    assert ordering.dates_in("The review reported 430 incidents in the 12 months to the end of August 2024.") == []
    assert ordering.dates_in("In the year to August 2021, 777 incidents were managed.") == []
    assert [d.when for d in ordering.dates_in("It opened in August 2024.")] == [FuzzyDate(2024, 8)]


def test_an_event_we_do_not_date_is_declined_naming_it(answerer):
    assert_declines(answerer, "Who ran the NCSC when the NotPetya attack happened?", "don't date", "NotPetya")


def test_an_event_before_the_body_existed_is_declined(answerer):
    assert_declines(answerer, "who was running the ncsc when cisp launched", "27 March 2013", "don't give who held")


def test_another_post_at_the_same_body_is_not_the_chief_executive_s(answerer):
    assert_declines(answerer, "who was the NCSC's technical director when WannaCry hit?", "technical director",
                    "don't give who held that post then")


def test_a_body_of_another_country_is_declined_not_answered_with_the_event(answerer):
    answer = ask(answerer, "Who was in charge at ANSSI when WannaCry hit?")
    assert not answer.answered and "Ciaran Martin" not in answer.text


def test_an_entry_that_names_who_held_the_post_at_the_time_still_answers(answerer):
    answer = ask(answerer, "who was socitm president when the december 2016 summit happened")
    assert answer.answered and "Geoff Connell" in answer.text


def test_when_it_first_launched_is_asked_of_the_body_s_own_entries(answerer):
    answer = ask(answerer, "Who was the NCSC's technical director when it first launched?")
    assert answer.answered and "Ian Levy" in answer.text


def test_who_took_over_when_someone_left_asks_no_post_holder_on_a_date():
    assert tenure.asked("who took over at the cyber centre when the first boss left in 2020?") is None
    assert tenure.asked("who was running the NCSC when WannaCry hit?") == ("was running the NCSC", "WannaCry hit")


def _entry(answer):
    return Entry("e", "t", "x", answer, ())


def test_a_tenure_is_read_only_with_both_its_start_and_its_end():
    given = tenure.tenures(_entry("Ciaran Martin was the first chief executive of the NCSC, leading it from its launch "
                                  "in October 2016 until 31 August 2020."), PEOPLE, None)
    assert [(t.person, t.start, t.end) for t in given] == [("Ciaran Martin", FuzzyDate(2016, 10), FuzzyDate(2020, 8, 31))]
    assert not tenure.tenures(_entry("Richard Horne became chief executive of the NCSC in October 2024 (reported in "
                                     "December 2024)."), PEOPLE, None)


def test_whom_someone_succeeded_is_not_who_the_start_date_belongs_to():
    given = tenure.tenures(_entry("Lindy Cameron succeeded Ciaran Martin as chief executive of the NCSC in October 2020; "
                                  "Martin's tenure ended on 31 August 2020."), PEOPLE, None)
    assert given == []     # Martin's start is not October 2020, and Cameron's end is never given


def test_a_date_in_a_clause_about_another_post_is_not_this_post_s():
    text = ("At its launch in October 2016 the NCSC was led by chief executive Ciaran Martin, with Ian Levy as technical "
            "director. Martin's tenure ended on 31 August 2020.")
    assert [t.person for t in tenure.tenures(_entry(text), PEOPLE, None)] == ["Ciaran Martin"]
    assert tenure.tenures(_entry(text), PEOPLE, "technical director") == []


def test_a_tenure_holds_a_date_only_when_it_holds_it_as_finely_as_both_are_known():
    held = tenure.Tenure("Ciaran Martin", FuzzyDate(2016, 10), FuzzyDate(2020, 8, 31), _entry(""))
    assert held.holds(FuzzyDate(2017, 5, 12)) and held.holds(FuzzyDate(2020, 8))
    assert not held.holds(FuzzyDate(2016)) and not held.holds(FuzzyDate(2020, 9))


@pytest.mark.parametrize("question", [
    "who was chief executive of the ncsc in 2018",
    "who ran the ncsc in 2019",
    "who was ncsc chief exec back in March 2019?",
])
def test_who_held_the_post_in_a_year_is_answered_from_a_tenure_that_holds_that_whole_year(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and "Ciaran Martin" in answer.text and "31 August 2020" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    # before the NCSC was opened: no tenure holds it
    "who was chief executive of the ncsc in 2015",
    # after every start the sources give, with no end: nobody we can vouch for
    "who was chief executive of the ncsc in 2025",
])
def test_who_held_the_post_in_a_year_no_tenure_holds_is_declined(answerer, question):
    assert_declines(answerer, question)


def test_who_came_after_someone_in_a_year_is_not_read_as_who_held_the_post_then(answerer):
    assert_declines(answerer, "Can you tell me who succeeded Lindy Cameron as head of the NCSC in 2021?")


def test_who_held_the_post_in_a_year_between_two_starts_is_the_last_holder_named_with_the_caveat(answerer):
    answer = answerer.answer("who ran the NCSC in 2022?", record_gap=False)
    assert answer.answered and answer.text.startswith("Lindy Cameron ran the NCSC in 2022, as far as my sources go"), answer.text


@pytest.mark.parametrize("question", ["who was chief executive of the ncsc in 2018",
                                      "Who was running the NCSC when WannaCry hit the NHS?"])
def test_the_line_that_says_who_held_the_post_then_is_shown_in_slack_and_the_console_not_only_the_entry(answerer, question):
    # The reply's blocks (what Slack and the console show) carry the line, above the entry on the holder.
    from bot.answers.replies import answer_reply
    from bot.core.replies import render_plain
    shown = render_plain(answer_reply(ask(answerer, question)))
    assert "Ciaran Martin" in shown and "time in the post as October 2016 to 31 August 2020" in shown, shown


@pytest.mark.parametrize("question", [
    "every NCSC CEO so far?",
    "list the NCSC chief executives",
    "who have been the heads of the NCSC?",
    "Leadership timeline: the NCSC's chief executives in order, with when each started",
])
def test_the_holders_of_a_post_one_after_another_come_from_the_entry_that_names_them_all(answerer, question):
    answer = ask(answerer, question)
    assert answer.answered and all(name in answer.text for name in ("Martin", "Cameron", "Horne")), answer.text


def test_the_holders_of_a_post_we_name_one_of_or_none_of_are_not_listed(answerer):
    assert not ask(answerer, "list every Socitm president in order").answered
    assert not ask(answerer, "GCHQ directors in order").answered
    assert not ask(answerer, "LGA chief executives since launch").answered
