"""Two asks in one message, and things described instead of named.

A council officer asks two things at once ("..., and how much came with it"), reports an order someone asked
("the chair asked if X came before or after Y, and I promised to confirm"), or describes what they cannot name ("a
free thing where staff role-play a cyber attack for an hour and a half"). Each is answered from the entries that say
it; a near miss (a year, a count, a place our sources do not give) is still declined. These run the real knowledge
base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_second_ask_about_it_after_what_the_first_asked_of_the_strategy_is_about_the_strategy(answerer):
    # "it" is the GCSS the first part asked its target years of, not the targets.
    assert_answers(answerer, "What were the target years in the GCSS, and how much money came with it for councils?",
                   "2030", "37.8")


def test_the_money_with_the_strategy_is_not_said_for_a_nation_our_sources_do_not_give_it_for(answerer):
    assert_declines(answerer, "What were the target years in the GCSS, and how much money came with it for councils "
                              "in Scotland?")


def test_the_two_amounts_the_strategy_money_was_split_into_are_the_sums_the_entry_gives(answerer):
    assert_answers(answerer, "what were the two amounts the £1.9bn was split into?", "600", "1.3")
    assert_answers(answerer, "What are the two target years in the Government Cyber Security Strategy?", "2025", "2030")


def test_more_amounts_or_years_than_the_entry_gives_are_not_answered(answerer):
    assert_declines(answerer, "what were the four amounts the £1.9bn was split into?")
    assert_declines(answerer, "What are the three target years in the Government Cyber Security Strategy?")


def test_the_three_ds_of_the_strategy_are_its_pillars_and_four_ds_are_not(answerer):
    assert_answers(answerer, "Our audit chair keeps mentioning the 'three Ds' from the national cyber strategy 😬 what "
                             "were they?", "defend", "deter", "develop")
    assert_answers(answerer, "what are the 3 Ds in the 2016 national cyber strategy?", "defend", "deter", "develop")
    assert_declines(answerer, "what are the four Ds in the 2016 national cyber strategy?")


def test_an_order_a_member_asked_reported_with_what_the_asker_said_after_it_is_answered(answerer):
    assert_answers(answerer, "The chair asked if the LGA self-assessment came before or after the stocktake, and I "
                             "promised to confirm.", "October 2019", "stocktake")
    assert_declines(answerer, "The chair asked if the LGA self-assessment came before or after the 2030 strategy, and I "
                              "promised to confirm.")


def test_when_it_was_set_up_points_to_the_ncsc_not_to_the_induction_pack_before_it(answerer):
    assert_answers(answerer, "I'm putting together a welcome pack for new finance staff and there's a page on who does "
                             "what nationally. What did the NCSC replace when it was set up?", "CESG")


def test_a_why_now_section_of_the_askers_paper_asks_nothing_of_now(answerer):
    assert_answers(answerer, "context: drafting our partnership's cyber strategy and the chair wants a 'why now' para. i "
                             "remember connell listing reasons cyber matters more for local gov than before, and "
                             "partnership working was one of them. what were his reasons?", "partnership", "threat")
    assert_declines(answerer, "what is geoff connell doing now?")


def test_a_free_thing_where_staff_role_play_an_attack_for_an_hour_and_a_half_is_exercise_in_a_box(answerer):
    assert_answers(answerer, "is there a free thing where staff role-play a cyber attack for an hour and a half? "
                             "what's it called", "Exercise in a Box")
    assert_declines(answerer, "is there a free thing where staff role-play a cyber attack in Australia? what's it called")


def test_the_cyber_check_the_lga_ran_with_every_council_is_the_stocktake_in_2018_only(answerer):
    assert_answers(answerer, "what was that cyber check the LGA ran with every council in 2018 called?", "stocktake")
    assert_declines(answerer, "what was that cyber check the LGA ran with every council in 2016 called?")


def test_the_two_amounts_asked_after_the_askers_slide_lean_on_the_pots_it_told_of(answerer):
    assert_answers(answerer, "I'm doing a slide for our board and I've noted the £1.9bn was split into two pots. What "
                             "were the two amounts?", "600", "1.3")


def test_councils_typed_short_and_the_committee_a_paper_goes_to_are_read_as_said(answerer):
    assert_answers(answerer, "Future Councils pilot - no. of cncls?", "six")
    assert_answers(answerer, "NCSC chief exec from October 2024 - name please. It's for the cover report to Audit "
                             "Committee.", "Horne")
    assert_declines(answerer, "NCSC chief exec from October 2030 - name please. It's for the cover report to Audit "
                              "Committee.")
