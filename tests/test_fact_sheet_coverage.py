"""Every detail of the fact sheet is in an answer, so a right question about it is not refused.

"socitm president's conf 2018 was glasgow right?" was declined ("nothing for Glasgow in 2018"):
the fact sheet says the conference was in Glasgow, but the entry about it never did, and the
answerability check declines a detail the entry does not hold. ``handlers.testing.fact_coverage``
reads each fact line for its years, dates, sums, percentages, figures and names, and checks
that an entry about that fact states each one, and that a place and a year a fact gives together
are said together (in one clause) by the entries that carry it, as the answerability check reads
them; this keeps the knowledge base level with the sheet (``python -m handlers.testing.fact_coverage``
lists what is missing).
"""

from __future__ import annotations

import dataclasses
import re

from bot.answers.answerer import Answerer
from handlers.testing.asking import assert_answers
from handlers.testing.fact_coverage import (
    FACT_SHEET,
    Text,
    audit,
    details,
    facts,
    unpaired,
)

# Details of the fact sheet that belong in no answer, as (fact-sheet line's tag, detail as read).
# Keep it short: a detail missing from the knowledge base goes into an entry, not here.
EXCEPTIONS: set[tuple[str, str]] = set()


def _report(missing) -> str:
    return "\n".join(f"facts.md:{m.fact.line} [{m.fact.tag}] {m.detail.kind} {m.detail.text!r} not stated by "
                     f"{', '.join(m.about) or 'any entry'}" for m in missing)


def test_every_fact_in_the_fact_sheet_is_carried_by_an_entry(kb):
    assert FACT_SHEET.exists(), "the fact sheet is missing (tests/data/facts.md is its copy)"
    missing = [m for m in audit(kb) if (m.fact.tag, m.detail.text) not in EXCEPTIONS]
    assert not missing, "details of the fact sheet no entry states:\n" + _report(missing)


def test_a_place_and_year_a_fact_gives_together_are_said_together_by_its_entries(kb, answerer):
    missing = [m for m in unpaired(kb, answerer.gate) if (m.fact.tag, m.detail.text) not in EXCEPTIONS]
    assert not missing, "a place and a year of one fact, said apart (so the answer is refused):\n" + _report(missing)


def test_asked_whether_the_2018_presidents_conference_was_in_glasgow_the_bot_says_it_was(answerer):
    assert_answers(answerer, "socitm president's conf 2018 was glasgow right?", "Glasgow", "2018")
    assert_answers(answerer, "did socitm hold its 2018 president's conference in glasgow?", "Glasgow")


def test_the_whole_fact_sheet_is_read_topics_deadlines_and_conflicts():
    lines = FACT_SHEET.read_text(encoding="utf-8").splitlines()
    read = facts()
    assert len([f for f in read if f.tag not in ("deadlines", "conflicts")]) == \
        len([line for line in lines if re.match(r"- \[[a-z0-9-]+\] ", line)])
    assert len([f for f in read if f.tag == "deadlines"]) >= 10
    assert len([f for f in read if f.tag == "conflicts"]) >= 5
    assert not [f for f in read if "Not found" in f.statement or f.statement.startswith("The exact closing")]


def test_a_fact_line_is_read_for_its_date_place_people_and_event(kb):
    line = next(f for f in facts() if "Glasgow" in f.statement and f.tag == "events"
                and "President's Conference" in f.statement)
    read = {(d.kind, d.text) for d in details(line.statement, kb.lexicon.people)}
    assert {("date", "9 May 2018"), ("name", "Glasgow"), ("name", "Geoff Connell"),
            ("name", "Socitm's President's Conference")} <= read


def test_counts_weekdays_sums_and_addresses_are_read_and_matched_however_an_answer_writes_them(kb):
    wannacry = next(f for f in facts() if "WannaCry" in f.statement)
    read = {(d.kind, d.text) for d in details(wannacry.statement, kb.lexicon.people)}
    assert {("weekday", "Friday"), ("date", "12 May 2017"), ("figure", "81"), ("figure", "236 trusts"),
            ("figure", "595")} <= read
    answer = Text("It was backed by £1.9bn, of which £600 million went to the NCSC, from mid-June to "
                  "early September 2018, nine modules in all.", str.lower)
    said = {d.text for d in details("The £1.9 billion split into £600m, collected in June 2018 over "
                                    "nine modules in September 2018.") if answer.states(d)}
    assert {"£1.9 billion", "£600m", "June 2018", "September 2018", "nine modules"} <= said
    assert not answer.states(details("It cost £1.3bn.")[0])
    page = Text("It is at https://www.ncsc.gov.uk/board-toolkit/; phish to report@phishing.gov.uk.", str.lower)
    addresses = details("It is at ncsc.gov.uk/board-toolkit, report@phishing.gov.uk and cyberguide.socitm.net.")
    assert [(d.text, page.states(d)) for d in addresses if d.kind == "address"] == [
        ("ncsc.gov.uk/board-toolkit", True), ("report@phishing.gov.uk", True), ("cyberguide.socitm.net", False)]


def test_a_place_dropped_from_every_entry_about_a_fact_is_reported_though_other_entries_name_it(kb):
    # Glasgow stays in the CYBERUK 2019 and Exercise in a Box entries; those are not about the conference.
    about_the_conference = {"event-presidents-conference-2018", "event-lcioc-meeting-2018", "lcioc-renamed",
                            "stocktake-connell-appeal"}
    assert about_the_conference <= {e.id for e in kb.entries}
    dropped = dataclasses.replace(kb, entries=[
        dataclasses.replace(e, answer=re.sub(r" in Glasgow|Glasgow", "", e.answer))
        if e.id in about_the_conference else e for e in kb.entries])
    assert any("Glasgow" in e.answer for e in dropped.entries)
    missing = audit(dropped)
    assert [(m.detail.kind, m.detail.text) for m in missing] == [("name", "Glasgow")]
    assert "President's Conference" in missing[0].fact.statement


def test_a_place_said_apart_from_its_year_is_reported(kb, answerer):
    # How the conference entry read before: Glasgow in one clause, the year only in the next.
    apart = dataclasses.replace(kb, entries=[
        dataclasses.replace(e, answer=e.answer.replace("Socitm's 2018 President's", "Socitm's President's"))
        if e.id == "event-presidents-conference-2018" else e for e in kb.entries])
    assert "took place in Glasgow; there, on 9 May 2018" in next(
        e.answer for e in apart.entries if e.id == "event-presidents-conference-2018")
    missing = unpaired(apart, Answerer(apart).gate)
    assert [(m.detail.kind, m.detail.text, m.about) for m in missing] == \
        [("place-year", "glasgow in 2018", ("event-presidents-conference-2018",))]
