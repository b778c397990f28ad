"""Two things asked in one message get two facts, or one fact and a plain word about the other.

Council Slack asks two things at once in many shapes: two question sentences ("...? and ...?"),
"X and when?", "which came first, A or B?". Each part is answered only when it is confidently
covered; a part that only the same entry answers is one answer, not two; a part nobody answers
is named; and chat or an opinion beside a fact is not turned into a confident half-answer.
These run the real knowledge base through the real engine.
"""

import pytest

from bot.answers.replies import answer_reply
from handlers.testing.asking import assert_answers, assert_declines


def ask(answerer, question):
    return answerer.answer(question, record_gap=False)


def test_two_question_sentences_are_both_answered_when_one_entry_holds_both_facts(answerer):
    answer = ask(answerer, "when were the 10 steps first published? and do most of the FTSE 350 use them?")
    assert answer.answered and "2012" in answer.text and "FTSE 350" in answer.text
    assert answer.unanswered_part is None and not answer.also


def test_which_came_first_gives_when_each_of_the_two_happened(answerer):
    answer = ask(answerer, "which came first, the NCSC opening or the Cyber Essentials launch?")
    assert answer.answered and len(answer.also) == 1
    assert "2017" in answer.text and "June 2014" in answer.text


def test_which_came_first_is_not_half_answered_when_only_one_date_is_known(answerer):
    answer = ask(answerer, "which came first: web check or mail check?")
    assert answer.unanswered_part is None and not answer.also


def test_which_came_out_first_gives_both_dates_however_the_coming_out_is_said(answerer):
    answer = ask(answerer, "which came out first, the National Cyber Strategy 2022 or the Government Cyber Security Strategy?")
    assert answer.answered and len(answer.also) == 1
    assert "15 December 2021" in answer.text and "25 January 2022" in answer.text


def test_the_two_things_may_come_before_the_which_came_first(answerer):
    answer = ask(answerer, "cyber essentials or cisp, which came first?")
    assert answer.answered and "June 2014" in answer.text and "March 2013" in answer.text


@pytest.mark.parametrize("question", [
    "which took place first, the ncsc opening or cyberuk 2017?",
    "what occurred first: wannacry or the queen opening the ncsc?",
    "cisp or cyber essentials - which one took place first?",
])
def test_which_came_first_is_read_however_the_happening_is_said(answerer, question):
    # the words that say a thing came about are those that keep "first" from asking a series' first member
    answer = ask(answerer, question)
    assert answer.answered and len(answer.also) == 1 and "came first" in answer.text


def test_which_came_first_with_only_one_of_the_two_dated_is_declined_not_half_answered(answerer):
    answer = ask(answerer, "which was launched first, cyber essentials or the moon landing?")
    assert not answer.answered and "which came first" in answer.text and "the moon landing" in answer.text
    assert "When Cyber Essentials launched" in answer.text      # what we do hold, offered


def test_how_long_after_one_event_another_came_gives_both_dates(answerer):
    answer = ask(answerer, "how long after the 2016 strategy launch did the queen open the ncsc?")
    assert answer.answered and "1 November 2016" in answer.text and "14 February 2017" in answer.text


def test_how_long_between_two_events_is_declined_when_one_of_them_is_not_dated(answerer):
    answer = ask(answerer, "how long between the cyber essentials launch and the moon landing?")
    assert not answer.answered and "how long" in answer.text and "the moon landing" in answer.text


def test_a_bare_and_when_is_answered_from_the_entry_that_answered_the_first_part(answerer):
    answer = ask(answerer, "who announced CiSP and when? writing a blog post for the intranet")
    assert answer.answered and "Maude" in answer.text and "March 2013" in answer.text
    assert answer.unanswered_part is None and "don't know the other part" not in answer.text


def test_the_full_thing_after_a_pilot_is_what_the_pilot_tried_out(answerer):
    answer = ask(answerer, "how many councils were in the CAF for local government pilot, and when did the full "
                           "thing launch?")
    assert answer.answered and "10" in answer.text and "October 2024" in answer.text


def test_a_second_question_sentence_nobody_answers_is_named_as_not_known(answerer):
    answer = ask(answerer, "what is web check? and what is the capital of peru?")
    assert answer.answered and answer.entry.id == "web-check"
    assert answer.unanswered_part == "what is the capital of peru"


def test_a_view_asked_beside_a_fact_declines_the_message_rather_than_half_answering_it(answerer):
    assert_declines(answerer, "when did the GCSS set its 2025 target? did it work?", "view")


def test_a_later_sentence_that_only_says_what_you_did_is_chat_not_a_second_question(answerer):
    answer = ask(answerer, "when did the NCSC open officially? was at a conference that week so missed it")
    assert answer.unanswered_part is None


def test_a_second_part_about_a_year_we_do_not_hold_is_named_as_not_known(answerer):
    answer = ask(answerer, "when did the NCSC officially open? and what did the NCSC annual review 2025 say?")
    assert answer.answered and "14 February 2017" in answer.text
    assert answer.unanswered_part == "what did the NCSC annual review 2025 say"
    # ...and says what we hold instead, in the reply Slack shows as well as in the text
    assert "not 2025" in answer.text and "2024" in answer.unanswered_reason
    said = " ".join(str(block) for block in answer_reply(answer).blocks)
    assert "don't know the other part" in said and "not 2025" in said


def test_a_country_named_in_one_part_holds_that_part_only(answerer):
    answer = ask(answerer, "who launched cisp, and who launched the australian cyber strategy?")
    assert answer.answered and "Maude" in answer.text
    assert answer.unanswered_part == "who launched the australian cyber strategy"


def test_both_parts_from_two_entries_still_answer_a_clause_pair(answerer):
    assert_answers(answerer, "who opened the NCSC officially and when did web check start", "Queen", "Web Check")


def test_a_second_part_that_only_asks_what_month_is_about_the_first_parts_subject(answerer):
    # "what month" names nothing of its own: it is not searched alone (where any entry with a month would do).
    answer = ask(answerer, "who succeeded Ciaran Martin at the NCSC, and what month?")
    assert answer.answered and "Lindy Cameron" in answer.text and "October 2020" in answer.text
    assert not answer.also


def test_his_role_after_a_question_about_a_person_is_that_persons_role_not_another_entry(answerer):
    answer = ask(answerer, "which councillor welcomed the £1.5m for the LGA, and what's his role?")
    assert answer.answered and "Bettison" in answer.text and not answer.also


def test_a_second_part_after_and_at_what_is_asked_of_the_first_parts_subject(answerer):
    answer = ask(answerer, "who launched Exercise in a Box, and at what event?")
    assert answer.answered and "Lidington" in answer.text and "CYBERUK 2019" in answer.text
    assert not answer.also and answer.unanswered_part is None


def test_a_second_part_about_something_our_sources_never_mention_is_named_as_not_known(answerer):
    answer = ask(answerer, "when did Lindy Cameron become NCSC chief executive, and on what salary?")
    assert answer.answered and "October 2020" in answer.text
    assert answer.unanswered_part == "on what salary"


def test_a_second_part_about_another_thing_the_first_entry_only_shares_a_verb_with_is_named_as_not_known(answerer):
    # The opening entry tells of an opening ("start" is its word too), but of no Web Check, whose start no
    # source dates: half an answer is said to be half, never stated as whole.
    answer = ask(answerer, "who opened the NCSC officially and when did web check start")
    assert answer.answered and "Queen" in answer.text
    assert answer.unanswered_part == "when did web check start"
    assert "doesn't say when Web Check started" in answer.text


def test_it_in_the_second_part_keeps_the_year_the_first_part_named(answerer):
    # "it" is the 2016 strategy: read without its year it is any strategy, and the money behind it unknown.
    answer = ask(answerer, "who launched the 2016 national cyber security strategy, and how much money was behind it?")
    assert answer.answered and "Hammond" in answer.text and "1.9" in answer.text
    assert answer.unanswered_part is None


def test_a_guess_after_the_question_is_part_of_it_not_a_second_question(answerer):
    # "17k or summat?" checks the first question's figure; it is not a part to name as not known.
    answer = ask(answerer, "how many users has CiSP got? 17k or summat?")
    assert answer.unanswered_part is None and not answer.also


def test_a_second_part_naming_its_own_subject_is_not_answered_by_an_entry_that_only_mentions_it(answerer):
    # Mail Check's entry mentions Web Check; what Web Check does is Web Check's entry to say.
    answer = ask(answerer, "what is mail check and what does web check do")
    assert answer.answered and [e.id for e in answer.also] == ["web-check"]


def test_a_sentence_that_sets_the_topic_holds_for_both_parts_asked_after_it(answerer):
    answer = ask(answerer, "Remind me of the Future Councils pilot, if you would. How much was available per council, "
                           "and how many councils took part?")
    assert answer.answered and "750,000" in answer.text and "six councils" in answer.text


def test_a_yes_no_about_which_came_first_gives_both_dates(answerer):
    answer = ask(answerer, "was cyber essentials launched before cisp?")
    assert answer.answered and "June 2014" in answer.text and "March 2013" in answer.text


def test_how_long_after_a_launch_reads_the_last_verb_as_the_second_event(answerer):
    answer = ask(answerer, "how long after cisp was launched did cyber essentials come out?")
    assert answer.answered and "March 2013" in answer.text and "June 2014" in answer.text


def test_more_money_after_a_year_is_no_comparison_of_two_events(answerer):
    from bot.answers.two_parts import _parts
    assert _parts("was there meant to be more money after 2018/19") is None


def test_a_wrong_person_in_the_first_part_is_not_answered_under_cover_of_and_when(answerer):
    answer = ask(answerer, "was it michael gove who published the government cyber security strategy and when?")
    assert not answer.answered and "Government Cyber Security Strategy" in answer.text


def test_a_place_the_chat_guesses_at_in_one_part_does_not_stop_the_whole_answer(answerer):
    assert_answers(answerer, "awright pal, who launched exercise in a box an where? wis it at cyberuk? pure sure it wis up "
                             "here in glesga but ma pal says naw it wis London. settle it fur us, ta", "Glasgow")


def test_how_soon_after_one_event_keeps_the_second_events_own_question():
    from bot.answers.two_parts import _parts
    assert _parts("how soon after the stocktake did the LGA allocate funding?") == (
        ["when the stocktake", "when did the LGA allocate funding"], "interval")


def test_which_had_more_money_gives_the_sum_behind_each_of_the_two(answerer):
    answer = ask(answerer, "which had more money, the 2016 strategy or the 2022 strategy?")
    assert answer.answered and "1.9" in answer.text and "2.6" in answer.text


def test_which_had_more_money_is_declined_when_one_of_the_two_has_no_sum_of_ours(answerer):
    answer = ask(answerer, "which got more money, the 2016 strategy or the moon landing?")
    assert not answer.answered and "which had more" in answer.text and "the moon landing" in answer.text


def test_an_and_inside_a_quoted_passage_does_not_split_the_question_after_it_in_two():
    from bot.answers.two_parts import _parts
    assert _parts("From the risk register: 'Warwickshire County Council was hit by ransomware in 2016 and did not "
                  "pay.' Which systems went down?") is None
    assert _parts("our draft says \u2018the NCSC opened in 2016 and who runs it is GCHQ\u2019 - is that right?") is None
    # ...while an "and" after the quote still parts two questions.
    assert _parts("what does 'deter' mean and when was the strategy launched?") == (
        ["what does 'deter' mean", "when was the strategy launched"], "clauses")


@pytest.mark.parametrize("question", [
    "CYBERUK 2022 was in Belfast wasn't it? how many delegates went?",
    "cyberuk 2018 was at the ICC in birmingham, right? how many people attended?",
])
def test_a_claim_the_sources_cannot_place_is_not_answered_by_another_years_figures(answerer, question):
    # The second part takes the first's claim as given; CYBERUK 2017's delegates are no answer to it.
    answer = ask(answerer, question)
    assert not answer.answered and "2,000" not in answer.text, answer.text


def test_a_claim_that_holds_still_gets_its_second_part_answered(answerer):
    assert_answers(answerer, "CYBERUK 2017 was in Liverpool wasn't it? how many delegates went?", "2,000")


def test_what_it_came_with_after_who_launched_it_is_asked_of_the_thing_not_of_its_launch(answerer):
    # "it" is the GCSS: searched as "launched GCSS", the second part found the launch again, and was left unanswered.
    assert_answers(answerer, "who launched the Government Cyber Security Strategy and how much it came with for local "
                             "authorities", "Barclay", "37.8")


def test_the_same_question_asked_of_two_things_compared_gets_both(answerer):
    answer = ask(answerer, "How many pillars did the 2016 strategy have compared with the 2022 National Cyber Strategy?")
    assert answer.answered and "three" in answer.text and "five" in answer.text
    answer = ask(answerer, "When was Cyber Essentials launched compared with CiSP?")
    assert answer.answered and "June 2014" in answer.text and "March 2013" in answer.text
    # ...and a second part with its question of its own, pointing back to the first
    assert_answers(answerer, "What did Socitm's name stand for back in 2016 vs what it stands for now?",
                   "IT Management", "Innovation")


def test_a_comparison_with_one_side_we_do_not_hold_is_declined(answerer):
    assert_declines(answerer, "How many pillars did the 2016 strategy have compared with the 2011 strategy?", "how they compare")
    assert_declines(answerer, "How many French local authorities were hit by ransomware in 2020 compared with UK councils?")


def test_bigger_or_smaller_than_asks_how_much_each_was(answerer):
    assert_answers(answerer, "Was the LGA's first phase of post-stocktake funding bigger or smaller than the 2018-19 cyber pot?",
                   "£1 million", "£1.5 million")
    assert_answers(answerer, "Was the GCSS money for councils bigger than the cyber support programme?", "37.8", "19.9")


def test_the_years_between_two_things_are_read_from_the_sentence_that_asks(answerer):
    assert_answers(answerer, "How many years between the first 10 Steps and the NCSC producing the CAF? just need the two years",
                   "2012", "2018")


def test_less_than_answered_by_the_one_entry_that_sets_the_two_sums_side_by_side(answerer):
    assert_answers(answerer, "Is the 2016 settlement less than the previous programme? I'd assumed it was a cut dressed up as "
                             "investment.", "860")


def test_which_came_first_of_a_move_reads_the_date_of_the_move(answerer):
    assert_answers(answerer, "Which happened first, Geoff Connell moving to Norfolk or the 2016 strategy launch?",
                   "August 2016", "1 November 2016")


def test_a_second_part_answered_by_another_entry_on_the_same_thing_gets_that_entry(answerer):
    # the entry on how many councils took part speaks of a "response rate"; what most were rated is another entry's
    assert_answers(answerer, "who carried out the stocktake and what did most councils get rated?", "RAND", "amber")
    assert_answers(answerer, "what's the CAF's principle count, and when did the NCSC bring it out?", "14", "2018")


def test_where_the_message_came_from_before_the_first_question_is_no_part_of_it(answerer):
    assert_answers(answerer, "Two bits for the Gazette: who was the NCSC's technical director at launch, and who was the "
                             "chief exec?", "Levy", "Martin")
    assert_answers(answerer, "For the members' bulletin: who was the NCSC's technical director at launch, and who was "
                             "the chief executive?", "Levy", "Martin")


def test_a_second_part_that_asks_what_no_entry_says_is_named_as_not_known(answerer):
    answer = ask(answerer, "Quick one for comms: who was the NCSC's technical director at launch, and what was his salary?")
    assert answer.answered and "Levy" in answer.text
    assert "I don't know the other part" in answer.text and "salary" in answer.text


def test_one_question_asked_of_a_list_of_years_is_answered_for_each_year(answerer):
    assert_answers(answerer, "which cities hosted CYBERUK in 2018 and 2019?", "Manchester", "Glasgow")
    assert_answers(answerer, "for a map: which city hosted CYBERUK in 2017, 2018 and 2019",
                   "Liverpool", "Manchester", "Glasgow")
    assert_answers(answerer, "how many delegates went to cyberuk 2017 and 2019", "2,000", "2,500")
    # ...and two questions, the first asked of two years, are still two questions
    assert_answers(answerer, "where was cyberuk held in 2018 and 2019, and who launched exercise in a box?",
                   "Manchester", "Glasgow", "Lidington")


def test_a_year_in_the_list_we_hold_nothing_for_is_said_to_be_unknown_not_left_out(answerer):
    answer = ask(answerer, "CYBERUK venues 2017, 2019 & 2021?")
    assert answer.answered and "Liverpool" in answer.text and "Glasgow" in answer.text
    assert "I don't know" in answer.text and "2021" in answer.text


def test_a_part_that_asks_of_now_is_answered_by_the_newer_entry_on_the_thing(answerer):
    # The entry on the NCSC's launch (as of July 2020) names Martin and Cameron; who runs it now is Richard Horne
    # (October 2024), from the entry on him, close behind it in the search.
    assert_answers(answerer, "who was NCSC chief exec when it launched, and who runs it now?", "Ciaran Martin", "Richard Horne")
    assert_answers(answerer, "who led the ncsc at the start and who's in charge of it currently?", "Ciaran Martin", "Richard Horne")


@pytest.mark.parametrize("question", [
    "2 qs from the floor: 1) AF 24/7 number for a business under live attack 2) where do residents fwd dodgy emails",
    "1. action fraud number for a live attack 2. where do we forward phishing emails",
    "two questions - 1) the action fraud line for a live attack 2) what address do scam emails go to?",
])
def test_two_questions_numbered_one_and_two_are_answered_as_two(answerer, question):
    assert_answers(answerer, question, "0300 123 2040", "report@phishing.gov.uk")


def test_numbered_questions_each_asking_of_the_ncsc_get_both_answers(answerer):
    assert_answers(answerer, "1) when did the ncsc start work 2) who opened it officially", "October 2016", "Queen")
    assert_answers(answerer, "1. when did the ncsc start work 2. where is it based", "October 2016", "London")


def test_a_numbered_list_of_blanks_is_still_no_pair_of_questions(answerer):
    assert_answers(answerer, "pillars of the 2016 strategy: 1) defend 2) ____ 3) ____", "deter", "develop")
