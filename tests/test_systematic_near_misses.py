"""Near misses nobody chose: every entry's phrasings with a year, person, place, organisation,
country or figure swapped for one our sources never mention, "when/where/who/how much"
phrasings put as yes/no claims with a wrong detail, and real figures and years cross-wired onto
the wrong thing (``handlers.testing.near_misses``).

The question sets we tune on hold the near misses their writers thought of, and the decline
rules came to fit those: strangers' sealed sets, with other names and years, were declined less
often. These are made mechanically from the knowledge base, so a rule that only fits the near
misses we have seen shows here as a swap kind that leaks. A near miss is held when it is
declined, or answered from another entry whose own text holds the swapped detail ("when did the
2014 cyber strategy come out" may be the 2011 strategy's entry if that one says 2014); it leaks
when the entry it was made from, or one without the detail, answers it.

The organisations swapped in are named in the lexicon's list of organisations, so their rate is
the list's; the ``unlisted-body`` swaps use bodies held out of it, and their rate is what the
general rules decline.

The floors are the rates the engine reaches today, a little below, so a rule that stops
generalising fails here; ``python -m handlers.testing.near_misses --leaks`` lists what leaks.
"""

from __future__ import annotations

import dataclasses

import pytest

from handlers.testing.asking import assert_answers, assert_declines
from handlers.testing.near_misses import (FACT_SHEET, KINDS, UNLISTED, Generator, format_rates, judge, rates,
                                          unmentioned)

# The share held per swap kind, today less a little (see the module docstring).
FLOORS = {"year": 0.97, "after-sources": 0.97, "person": 0.94, "place": 0.95, "known-person": 0.94,
          "known-place": 0.95, "organisation": 0.95,
          "unlisted-body": 0.86, "country": 0.97, "figure": 0.97, "claim-year": 0.97, "claim-place": 0.93,
          "claim-person": 0.97, "claim-figure": 0.96, "known-figure": 0.94, "known-year": 0.97,
          "claim-known-figure": 0.94, "claim-known-year": 0.97, "crossed-figure": 0.78, "all": 0.96}


@pytest.fixture(scope="module")
def generator(kb):
    return Generator(kb)


@pytest.fixture(scope="module")
def table(answerer, generator):
    return rates(judge(answerer, generator.make(), generator))


def test_the_swapped_in_names_are_ones_our_sources_never_mention(kb):
    assert FACT_SHEET.exists(), "the fact sheet the swap names are checked against is missing"
    assert unmentioned(kb) == {"knowledge base": [], "fact sheet": []}


def test_the_held_out_bodies_stay_out_of_the_lexicons_list_so_their_rate_measures_the_rules(kb):
    listed = {o.lower() for o in kb.lexicon.organisations}
    assert not [b for b in UNLISTED if b.lower().removeprefix("the ") in listed]


def test_every_kind_of_swap_is_made_from_the_knowledge_base(generator, kb):
    made = generator.make()
    by_kind = {kind: [n for n in made if n.kind == kind] for kind in KINDS}
    assert all(len(found) >= 10 for found in by_kind.values()), {k: len(v) for k, v in by_kind.items()}
    ids = {e.id: e for e in kb.entries}
    for near_miss in made:
        assert near_miss.question != near_miss.phrasing.lower()
        assert not generator.holds(near_miss.entry, near_miss), near_miss   # its own entry never holds the swap
        assert not ids[near_miss.entry].unknown


def test_a_year_is_never_swapped_for_one_the_entry_or_its_topic_gives(generator, kb):
    topics = {e.id: e.topic for e in kb.entries}
    for near_miss in generator.make():
        if near_miss.kind == "year":
            assert int(near_miss.detail) not in generator.topic_years[topics[near_miss.entry]], near_miss
        if near_miss.kind == "after-sources":
            assert int(near_miss.detail) > generator.newest, near_miss


@pytest.mark.parametrize("kind", [*KINDS, "all"])
def test_a_near_miss_of_an_entry_is_declined_not_answered_by_that_entry(table, kind):
    n, _, _, held = table[kind]
    assert held >= FLOORS[kind], f"{kind}: {held:.1%} held of {n}, floor {FLOORS[kind]:.0%}\n" + format_rates(table)


def test_a_near_miss_said_between_a_greeting_and_a_thank_you_is_held_as_well_as_the_bare_one(answerer, generator):
    # "hi all, quick one - was it robert hannigan who set up the council? ta": a claim was read from the
    # message's first word to its last, and one that opened on "hi" and closed on "ta" put no claim at all,
    # so who it said did it went unchecked (the claims held 82% so framed, 100% bare).
    claims = [n for n in generator.make() if n.kind.startswith("claim-")]
    assert len(claims) >= 50
    framed = [dataclasses.replace(n, question=f"hi all, quick one - {n.question.rstrip('?')}? ta") for n in claims]
    bare, said = rates(judge(answerer, claims, generator))["all"], rates(judge(answerer, framed, generator))["all"]
    assert said[3] >= bare[3] - 0.01, f"bare {bare[3]:.1%}, framed {said[3]:.1%}"


# The rules these near misses called for, one story each.

def test_any_other_countrys_strategy_is_declined_not_answered_with_the_uks(answerer):
    # The lexicon knew some forty countries, and "the egyptian national cyber strategy 2022" was
    # answered with the UK's. Every country and its adjective is one.
    assert_declines(answerer, "what is the aim of the egyptian national cyber strategy 2022", "Egypt")
    assert_declines(answerer, "what's the budget for the swedish national cyber security strategy")
    assert_declines(answerer, "cyber assessment framework councils chile")
    assert_answers(answerer, "what is the aim of the national cyber strategy 2022", "cyber power")


def test_a_claim_that_it_happened_in_a_town_we_never_mention_is_declined(answerer):
    # "at" and "by" held a claim to the place it names; "in" did not.
    assert_declines(answerer, "was the socitm annual conference 2017 in solihull?", "Solihull")
    assert_declines(answerer, "was there a cyber summit in swindon in 2017")
    assert_answers(answerer, "was the socitm annual conference 2017 in leicester?", "King Power")


def test_a_claim_that_it_was_someone_else_who_did_it_is_declined(answerer):
    # "was it X who ...": the cleft names who did it, and the entry must name them too.
    assert_declines(answerer, "was it michael gove who launched the 2016 strategy?")
    assert_declines(answerer, "was it robert hannigan who ran the ncsc at launch?")
    assert_answers(answerer, "was it philip hammond who launched the 2016 strategy?", "Hammond")
    assert_answers(answerer, "was it the queen who opened the ncsc?", "Queen")


def test_a_council_named_for_a_town_we_never_mention_is_declined_not_answered_with_another(answerer):
    # The lexicon's list of places can never hold every council: the word before "council" is the place.
    assert_declines(answerer, "wrexham county council ransomware", "Wrexham")
    assert_declines(answerer, "what happened to the salford city council attack", "Salford")
    assert_answers(answerer, "what happened to hackney council", "Hackney")
    assert_answers(answerer, "what does the local cio council do")


def test_another_bodys_name_before_one_of_our_services_is_declined_not_answered_with_ours(answerer):
    # "jisc mail check" is Jisc's, not the NCSC's: a word that is no English word, set before the name
    # of a thing of ours, says whose it is.
    assert_declines(answerer, "explain the dwp active cyber defence programme", "DWP")
    assert_declines(answerer, "what does jisc mail check actually check")
    assert_answers(answerer, "explain the active cyber defence programme", "Active Cyber Defence")


def test_a_public_body_our_sources_never_mention_is_declined_not_answered_with_another(answerer):
    # "the home office", "the met office" are everyday words in lower case, so only a list can tell they
    # name a body (the lexicon's ``organisations``); one no entry mentions is a body we hold nothing on.
    assert_declines(answerer, "what is the home office's role in cyber", "Home Office")
    assert_declines(answerer, "is the met office part of gchq", "Met Office")
    assert_answers(answerer, "is the ncsc part of gchq", "GCHQ")
    assert_answers(answerer, "what is the cabinet office's role in the gcss")


def test_a_body_named_as_the_something_authority_or_agency_we_never_mention_is_declined(answerer):
    # No list holds every body: "the", its words and "authority", "agency", "commission" or "regulator"
    # name one, and one whose words no entry says together is a body we hold nothing on.
    assert_declines(answerer, "the coal authority phone number", "Coal Authority")
    assert_declines(answerer, "is the pensions regulator part of an intelligence agency")
    assert_answers(answerer, "is the ncsc part of an intelligence agency", "GCHQ")
    assert_answers(answerer, "is the NCSC even a regulator?")


def test_someone_we_never_mention_doing_what_our_entry_says_another_did_is_declined(answerer):
    # "when did X join", "where did X announce", "took over from X": X is who the entry must name.
    assert_declines(answerer, "when did dowden join norfolk", "Dowden")
    assert_declines(answerer, "where did truss announce the cyber strategy")
    assert_declines(answerer, "who took over from mark drakeford as ncsc chief executive")
    assert_answers(answerer, "when did connell join norfolk", "Norfolk")
    assert_answers(answerer, "where did hammond announce the cyber strategy", "Future Decoded")
    assert_answers(answerer, "who took over from ciaran martin as ncsc chief executive", "Lindy Cameron")
    # ...and so is one of the people our sources do name: Connell joined Norfolk, Hammond did not.
    assert_declines(answerer, "when did hammond join norfolk", "Hammond")
    # ...and where they joined is a place the entry names.
    assert_declines(answerer, "when did connell join norwich", "Norwich")


def test_someone_we_name_elsewhere_named_in_full_is_held_to_the_entry_however_common_their_surname(answerer):
    # Ciaran Martin told the Public Accounts Committee; Damian Green is in our sources, but not there.
    assert_declines(answerer, "what did damian green tell the public accounts committee", "Green")
    assert_answers(answerer, "what did ciaran martin tell the public accounts committee", "Public Accounts Committee")


def test_a_surname_that_looks_like_a_slip_for_one_of_our_words_is_still_a_name(answerer):
    # "gove" is not a slip for "gov" after "michael": a surname after a word we do not know is a name.
    assert_declines(answerer, "michael gove gcss launch")
    assert_answers(answerer, "steve barclay gcss launch", "Steve Barclay")


def test_a_sum_claimed_for_what_the_entry_gives_another_sum_for_is_declined(answerer):
    # Writers cross-wire two real facts: the £19.9m is Cyber Support's, and the GCSS came with £37.8m; £600m
    # reinforced the NCSC and £1.3bn went on strategy delivery. An entry giving both does not bear the swap out.
    assert_declines(answerer, "Quick one for the briefing: the £19.9m came with the Government Cyber Security "
                              "Strategy, didn't it?")
    assert_declines(answerer, "so £1.3bn was the NCSC's share and the £600m went on delivering the strategy",
                    "£1.3bn was the NCSC's share")
    assert_declines(answerer, "I've got the National Cyber Security Programme down as £1.9bn - correct?")
    assert_declines(answerer, "the autumn 2021 budget handed local digital £19.9m")
    assert_answers(answerer, "the £600m reinforced the NCSC and £1.3bn went on strategy delivery, right?", "£600m")
    assert_answers(answerer, "the cyber support programme has put £19.9m into councils since 2020", "£19.9m")
    assert_answers(answerer, "the GCSS came with £37.8m for local authorities, right?", "£37.8m")


def test_a_sum_claimed_for_one_edition_of_a_strategy_the_entry_gives_for_another_is_declined(answerer):
    # "That 2011 strategy was backed by an £860m ... programme": not the 2016 one, though the entry names it too.
    assert_declines(answerer, "the 2016-21 strategy was backed by the £860m programme yeah")
    assert_declines(answerer, "the £860m programme backed the 2016 strategy")
    assert_declines(answerer, "for the note: the 2011 strategy had £1.9bn behind it")
    assert_answers(answerer, "the 2011 strategy was backed by £860m", "£860m")
    assert_answers(answerer, "the 2016 strategy had £1.9bn behind it", "£1.9bn")


def test_a_question_that_names_a_sum_and_its_parts_is_asked_not_claimed(answerer):
    # "remind me how the £1.9bn got split? an NCSC chunk and a delivery chunk": it names the parts to ask of the whole.
    assert_answers(answerer, "can someone remind me how the £1.9bn got divided up? there was an NCSC bit and a "
                             "strategy delivery bit i think", "£600m")


def test_a_thing_dated_by_a_season_our_sources_give_it_another_is_declined(answerer):
    # A real event moved to its neighbour: the £37.8m came in the Autumn 2021 Budget, the stocktake ran in summer 2018.
    assert_declines(answerer, "the £37.8m for councils came out of the spring 2021 budget - what were the two programmes?",
                    "spring")
    assert_declines(answerer, "stocktake was a winter 2018 thing wasn't it")
    assert_declines(answerer, "was the 1.9bn first in the spring statement of 2015?")
    assert_answers(answerer, "the £37.8m for councils came out of the autumn 2021 budget - what were the two programmes?",
                   "Cyber Support")
    assert_answers(answerer, "was the 1.9bn first in the autumn statement of 2015?", "Autumn Statement")
