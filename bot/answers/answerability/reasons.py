"""The specific sentence for a decline.

A declined question is answered with what was missing ("I have “NCSC annual review 2024” (2024),
not 2025") and the nearest entry offered as a suggestion. Writing that sentence for each kind of
constraint is a concern of its own, apart from deciding whether the constraint is met.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.answerability.patterns import _COUNCILS_SAID, _NUMBER_WORDS, _SENTENCE
from bot.answers.answerability.wording import _past, edition_years
from bot.answers.knowledge import Entry

if TYPE_CHECKING:
    from bot.answers.answerability.constraint import Constraint
    from bot.answers.answerability.entry_facts import _EntryFacts


class Reasons:
    """Writing why an entry does not answer (a part of ``Answerability``)."""

    def someone_else(self, c: Constraint, question: str = "") -> str:
        """What we hold when a question names another person of a surname we know ("john hammond")."""
        named, _, known = c.value.partition("|")
        shown = self._shown(question, named, "person")
        return f"I don't have anything on {shown}; the {shown.split()[-1]} my sources name is {known}."

    def _reason(self, c: Constraint, entry: Entry, facts: _EntryFacts, question: str = "") -> str:
        """Why ``entry`` does not meet ``c``; a name from ``question`` is written by ``_shown`` (``naming``)."""
        title = f"\u201c{entry.title}\u201d"
        if c.kind == "opinion":
            return "I stick to what my sources say, so I can't give a view on that."
        if c.kind == "advice":
            return (f"I have {title}, but my sources don't advise on that, so I can't say what you should do.")
        if c.kind == "year":
            year = c.value.partition("|")[0]
            if int(year) in facts.years:    # the year is there, beside something else
                return f"I have {title}, but it doesn't say that for {year}."
            have = ", ".join(str(y) for y in sorted(facts.years) if str(y) != year)
            return f"I have {title}" + (f" ({have})" if have else "") + f", not {year}."
        if c.kind == "edition":
            have = " and ".join(str(y) for y in sorted(edition_years(facts.own_text)))
            return (f"I have {title}, the {have} one, not a {c.value} one." if have
                    else f"I have {title}, but my sources have no {c.value} edition.")
        if c.kind == "either":
            shown = c.value.split("|")
            return f"I have {title}, but it doesn't say {', '.join(shown[:-1])} or {shown[-1]}."
        if c.kind == "about-year":
            year = c.value.partition("|")[0]
            have = ", ".join(str(y) for y in sorted(facts.years or facts.source_years))
            return f"I have {title}" + (f" ({have})" if have else "") + f", not around {year}."
        if c.kind == "year-either":
            return f"I have {title}, but not for {' or '.join(c.value.split())}."
        if c.kind == "day":
            return f"I have {title}, but it doesn't give {c.value.title()}."
        if c.kind == "date":
            date, _, deed = c.value.partition("|")
            day, month, year = date.split()
            shown = f"{day} {month.title()} {year}"
            if deed and self._dates_deed(facts, date, ""):    # the date is there, for something else
                return f"I have {title}, but it doesn't say it was {deed} on {shown}."
            return f"I have {title}, but it doesn't give {shown}."
        if c.kind == "figure-of":
            figure, nouns, said = c.value.split("|")
            counts = next((n for n in (self._counts_of(entry.answer, w)[0] for w in nouns.split()) if n), set())
            given = " or ".join(next((w for w, k in _NUMBER_WORDS.items() if int(k) == n), str(n)) for n in sorted(counts))
            if not counts:
                return f"I have {title}, but its {figure} is of something else, not {said}."
            return f"I have {title}, which gives {given}, not {said}."
        if c.kind == "outcome":
            kind, _, verb = c.value.partition("|")
            if kind == "won":
                return f"My sources tell of the bid, but don't say whether it succeeded; the nearest I have is {title}."
            if kind == "revised":
                return f"My sources don't say when it was updated or refreshed; the nearest I have is {title}."
            if kind == "met":
                met = "it will be met" if verb == "will" else "it has been met"
                return f"My sources set out the plan, but don't say whether {met}; the nearest I have is {title}."
            done = " ".join([_past(verb.split()[0]), *verb.split()[1:]])
            return f"My sources don't say whether it will be {done}; what they do say is in {title}."
        if c.kind == "view-of":
            _, shown, *verb = c.value.split("|")
            return f"I have {title}, but it doesn't say what {shown} {verb[0] if verb else 'thought'} about that."
        # A claim's last field is how the question put it: "that Ian Levy became chief executive".
        if c.kind in ("deed-year", "agent-year", "done-at", "at-body", "founded-month", "post", "done-by", "deed-of",
                      "agent-of", "multiple", "gap"):
            return f"My sources don't say {c.value.split('|')[-1]}; the nearest I have is {title}."
        if c.kind == "stand-in":    # "I have “Geoff Connell”, but it doesn't say who filled in for Geoff Connell."
            return f"I have {title}, but it doesn't say who {c.value}."
        if c.kind == "asked-of":    # "I have “Geoff Connell urges councils ...”, but it doesn't say who urged the LGA to run it."
            return f"I have {title}, but it doesn't say who {c.value.split('|')[-1]}."
        if c.kind == "done-to":     # "I have “Launch of Exercise in a Box ...”, but it doesn't say who opened the NCSC."
            verb, _, shown = c.value.split("|")
            return f"I have {title}, but it doesn't say who {verb} {shown}."
        if c.kind == "name-given":
            return f"My sources don't give it the name \u201c{c.value.partition('|')[2]}\u201d; the nearest I have is {title}."
        if c.kind == "costs":
            free = self._said_free(entry)
            return (f"My sources say otherwise: \u201c{free}\u201d." if free else
                    f"I have {title}, but it says nothing about what it costs.")
        if c.kind == "negated":
            return f"My sources say otherwise: \u201c{self._negation_of(entry, c.value)}\u201d."
        if c.kind == "rank":       # "I have “Owen Pritchard”, but it names no deputy head."
            return f"I have {title}, but it names no {c.value.partition('|')[2]}."
        if c.kind == "titled":
            shown = self._shown(question, c.value)
            others = [n for n in self._titled_names_in(entry.answer.lower()) if n != c.value]
            if others:      # "I have ... about Web Check, not Mail Check."
                return f"I have {title}, about {' and '.join(self._shown(entry.answer, n) for n in others[:2])}, not {shown}."
            return f"I have {title}, but it says nothing about {shown}."
        if c.kind == "denied":
            return f"My sources say otherwise: \u201c{self._denial(entry, *c.value.split('|'))}\u201d."
        if c.kind == "first-of":
            return f"My sources don't say {c.value.partition('|')[2]} was the first in that post; the nearest I have is {title}."
        if c.kind == "month":
            return f"I have {title}, but nothing for {c.value.title()}."
        if c.kind == "season-year":     # "... but nothing for autumn 2018."
            return f"I have {title}, but nothing for {c.value}."
        if c.kind == "councils":
            return f"My sources don't name the councils; the nearest I have is {title}."
        if c.kind in ("after", "before"):
            return f"My sources don't say anything about {c.kind} {c.value} on this; the nearest I have is {title}."
        if c.kind == "sector":
            sector = c.value.partition("|")[2]
            # (for councils where its title or first sentence says so: "£1.5m for English councils' cyber security")
            if _COUNCILS_SAID.search(f"{entry.title} {_SENTENCE.split(entry.answer)[0]}".lower()):
                return f"I have {title} for councils, not {sector}."
            return f"I have {title}, but it doesn't say it covers {sector}."
        if c.kind == "ours":
            return f"I can't see your own council's records, I'm afraid: what I have is {title}, another council's."
        if c.kind == "person":
            # "I have “Lindy Cameron, NCSC chief executive from October 2020”, not David Cameron."
            named, _, known = c.value.partition("|")
            shown = self._shown(question, named, "person")
            if known.lower() in entry.title.lower():
                return f"I have {title}, not {shown}."
            if known.lower() in entry.answer.lower():
                return f"I have {known} in {title}, not {shown}."
            return self.someone_else(c, question)
        if c.kind in ("place", "name"):
            shown = self._shown(question, c.value)
            others = [p for p in dict.fromkeys(self.lexicon.places_in(entry.answer, countries=False)) if p != c.value]
            if c.kind == "place" and others and len(others) <= 2:   # "CYBERUK 2019 ... in Manchester?"
                return f"I have {title}, which says {' and '.join(self._shown(question, p) for p in others)}, not {shown}."
            return f"I have {title}, but it says nothing about {shown}."
        if c.kind == "councils-in":     # "I have “Connell's appeal”, but it says nothing about councils in Scotland."
            return f"I have {title}, but it says nothing about councils in {self._shown(question, c.value)}."
        if c.kind == "place-year":
            place, _, year = c.value.partition("|")
            return f"I have {title}, but nothing for {self._shown(question, place)} in {year}."
        if c.kind == "year-of":
            year, said, _ = (c.value.split("|") + [""])[:3]
            other = self._year_said_for(entry, int(year), set(said.split()))
            if other is None and (unnamed := self._unnamed_of(entry, c)):
                return f"I have {title}, but it says nothing about {unnamed.upper()}."
            if other is None:   # the year is given to something else (``_dated_for_another_deed``)
                return f"I have {title}, but the {year} it gives is for something else; it doesn't say it began then."
            return f"I have {title}, which gives {other} for that, not {year}."
        if c.kind == "person-date":
            # "I have “Lindy Cameron, NCSC chief executive from October 2020”, which gives October 2020 for Lindy
            # Cameron, not October 2024."
            key, year, month, day, person = c.value.split("|")
            asked = " ".join(filter(None, [day, month.title(), year]))
            return f"I have {title}, which gives {self._dated_for_another(entry, key, year, month, day)} for {person}, not {asked}."
        if c.kind == "season":
            said = sorted(set(re.findall(r"\b(spring|summer|autumn|winter)\b", facts.text)))
            return f"I have {title}, which gives {' and '.join(said)}, not {c.value}."
        if c.kind == "figure-with":
            # "I can’t confirm “£19.9m came with the GCSS”: “Local Digital £37.8m ...” gives £19.9m for something else."
            clause = c.value.split("|")[3]
            typed = re.search(re.escape(clause).replace(r"\ ", r"\s+"), question.replace("\u2019", "'"), re.I)
            return (f"I can\u2019t confirm \u201c{typed.group(0) if typed else clause}\u201d: {title} gives that sum, "
                    f"but for something else.")
        if c.kind == "figure-year":
            figure, year = c.value.split("|")[:2]
            return f"My sources don't give {figure} for {year}; the nearest I have is {title}."
        if c.kind == "ending":
            return f"I have {title}, but it says nothing about it ending or being switched off."
        if c.kind == "all-place":
            return f"I can\u2019t confirm every one in {self._shown(question, c.value)}: {title} says not all of them there."
        if c.kind in ("only-place", "not-place"):
            said = list(dict.fromkeys(self.lexicon.places_in(entry.answer.lower(), countries=False)))
            claimed = f"{'only' if c.kind == 'only-place' else 'not'} {self._shown(question, c.value)}"
            return f"I can't confirm \u201c{claimed}\u201d: {title} says {' and '.join(self._shown(question, p) for p in said)}."
        if c.kind == "role":
            return f"My sources don't name who that is; the nearest I have is {title}."
        if c.kind == "before-thing":
            return f"My sources don't say what came before {self._shown(question, c.value)}; the nearest I have is {title}."
        if c.kind == "role-of":
            surname, roles, body = c.value.split("|")
            shown = self._shown(question, body)    # "LGA", "the Local CIO Council", "Cabinet Office"
            person = self.lexicon.person_for(surname) or self._shown(question, surname, "person")
            return f"My sources don't say {person} was {shown} {roles}; the nearest I have is {title}."
        if c.kind == "literal":
            return f"I have {title}, but it doesn't give {c.value.split('|')[-1]}."
        if c.kind == "quoted":
            said, _, written = c.value.partition("|")
            if written:     # a misquote: "..., but it doesn't say “simplify, secure, share”; it says “simplify, standardise, share”."
                return f"I have {title}, but it doesn't say \u201c{said}\u201d; it says \u201c{written}\u201d."
            return f"I have {title}, but it doesn't say \u201c{said}\u201d."
        if c.kind == "sequence-claim":
            earlier, later, shown = c.value.split("|")
            if self._in_order(facts, earlier, later) is False:
                return f"I have {title}, which dates them the other way round from \u201c{shown}\u201d."
            return f"My sources don't say {shown}; the nearest I have is {title}."
        if c.kind == "deed-date":     # "I have “Queen opened the NCSC ...”, which gives 14 February 2017 for that, not October 2016."
            doer, verb, day, month, year, _ = c.value.split("|")
            other = self._deed_dated_otherwise(facts, doer, verb, day, month, year)
            return f"I have {title}, which gives {other} for that, not {' '.join(filter(None, [day, month.title(), year]))}."
        if c.kind == "day-year":     # "I have “What CYBERUK is”, which gives 24 April for 2019, not 2018."
            day_month, year = c.value.split("|")
            day, month = day_month.split()
            return (f"I have {title}, which gives {day} {month.title()} for "
                    f"{self._day_dated_otherwise(facts, day_month, year)}, not {year}.")
        if c.kind == "deed-dated":     # "My sources don't say when John Suffolk asked Socitm to set up ..."
            return f"My sources don't say {c.value.partition('|')[2]}; the nearest I have is {title}."
        if c.kind == "began":
            return f"My sources don't say {c.value.split('|')[3]}; the nearest I have is {title}."
        if c.kind == "figure":
            return f"I have {title}, but it says nothing about {c.value}."
        if c.kind == "figure-scale":     # "I have “£1.5m for English councils' ...”, which gives 1.5 million, not 1.5 billion."
            figure, scale = c.value.split("|")
            return f"I have {title}, which gives {figure} {self._scale_given(entry, figure)}, not {figure} {scale}."
        if c.kind == "figure-bound":     # "I have “How many use CiSP”, but it says nothing about more than 50,000."
            return f"I have {title}, but it says nothing about {c.value.split('|')[2]}."
        if c.kind == "figure-near":     # "I have “... (£37.8m)”, but it gives no figure of about 50m."
            return f"I have {title}, but it gives no figure of {c.value.split('|')[3]}."
        if c.kind == "figure-either":
            return f"I have {title}, but it says nothing about {' or '.join(c.value.split())}."
        if c.kind == "applies-to":
            return f"My sources don't say whether it applies to {c.value}; the nearest I have is {title}."
        if c.kind == "which-month":
            return f"I have {title}, but it doesn't give the month."
        if c.kind == "frequency":
            return f"I have {title}, but it doesn't say how often."
        if c.kind == "detail":
            return f"I have {title}, but it doesn't give the {c.value.split('|')[1]}."
        if c.kind == "venue":
            return f"I have {title}, but it doesn't say where it was held."
        if c.kind == "clock":
            return f"I have {title}, but it doesn't give the time of day."
        if c.kind == "duration":
            return f"I have {title}, but it doesn't say how long."
        if c.kind == "called":
            return f"I have {title}, but it doesn't give the name."
        if c.kind == "spelt-out":
            return f"I have {title}, but it doesn't say what {c.value.upper()} stands for."
        if c.kind == "which-year":
            return f"I have {title}, but it doesn't give the year."
        if c.kind == "disclaimed":
            return f"I have {title}, but my sources don't give {self._disclaims(c, facts)}."
        if c.kind == "kind":
            kind, _, _, shown, _ = c.value.split("|")
            if kind == "agent":
                return f"I have {title}, but it doesn't say {shown}."
            return f"I have {title}, but it doesn't {'give' if kind == 'address' else 'name'} the {shown}."
        if c.kind == "each":
            return f"I have {title}, but it doesn't say how much each {c.value} got."
        if c.kind == "paid-to":
            return f"I have {title}, but it doesn't say what was paid to {c.value.partition('|')[2]}."
        if c.kind == "sum-of":       # "I have “Lincolnshire County Council ransomware (2016)”, but it doesn't give the ransom's amount."
            kind, shown, others = c.value.split("|")
            if others:
                return f"I have {title}, but it doesn't say what it costs for {others}."
            return (f"I have {title}, but it doesn't say what it costs." if kind == "cost"
                    else f"I have {title}, but it doesn't give the amount of the {shown}.")
        if c.kind == "cap":
            return f"I have {title}, but it doesn't give a cap or a sum for each."
        if c.kind == "split":
            # "... doesn't say how that was split between Cyber Support and Cyber Assessment", "..., or how much went to NCSC"
            among = c.value.split("|")[2]
            among = f" {among}" if among.startswith("between") else f", or {among}" if among else ""
            return f"I have {title}, but it doesn't say how that was split{among}."
        if c.kind == "deed":
            shown = c.value.partition("|")[2]
            if shown.startswith("about:"):
                return f"I have {title}, but it says nothing about {shown[6:]}."
            return f"I have {title}, but it doesn't say {shown}."
        if c.kind in ("about", "view-on"):
            return f"I have {title}, but it says nothing about {c.value.partition('|')[2]}."
        if c.kind == "sequence":
            direction, _, names = c.value.partition("|")
            return f"My sources don't say who came {direction} {names.replace(';', ' or ')}."
        if c.kind == "succession":
            later, earlier = c.value.split(";")
            return f"My sources don't say {later} took over from {earlier}; the nearest I have is {title}."
        if c.kind == "present" and c.value:
            return f"My sources on {c.value} date from {facts.latest}, so I can't say what they are doing now."
        if c.kind == "present":
            return f"My sources on this date from {facts.latest}, so I can't say who it is now."
        if c.kind == "total-now":
            return f"My sources on this date from {facts.latest}, so I can't give the total to date; the nearest I have is {title}."
        if c.kind in ("state-now", "still"):
            return f"My sources on this date from {facts.latest}, so I can't say how things stand now; the nearest I have is {title}."
        if c.kind == "first":
            return f"My sources don't say which was the first; the nearest I have is {title}."
        if c.kind == "next":
            return f"My sources don't say what comes next; the nearest I have is {title}."
        if c.kind == "head-of":
            return f"I have {title}, but it doesn't say who leads {self._shown(question, c.value.partition('|')[0])}."
        if c.kind == "runs-of":
            return f"I have {title}, but it doesn't say who runs {self._shown(question, c.value)}."
        if c.kind == "before-of":
            return f"My sources don't say what came before the {c.value.replace('|', ' of ')} there; the nearest I have is {title}."
        if c.kind == "after-leaving":
            return (f"My sources don't say what came next after leaving the {self._shown(question, c.value)}; "
                    f"the nearest I have is {title}.")
        if c.kind == "after-thing":
            word, _, shown = c.value.partition("|")
            shown = shown.partition("|")[0]
            return f"My sources don't say what came after the {shown or word} there; the nearest I have is {title}."
        if c.kind == "listed":
            n, noun = c.value.split("|")
            shown = next((w for w, k in _NUMBER_WORDS.items() if k == n), n)
            return f"I have {title}, but it doesn't name the {shown} {noun}."
        if c.kind == "ordinal":
            n, noun, said = c.value.split("|")
            counts, _ = self._counts_of(entry.answer, noun)
            if counts and max(counts) < int(n):
                have = max(counts)
                shown = next((w for w, k in _NUMBER_WORDS.items() if int(k) == have), str(have))
                return f"I have {title}, which gives {shown}: there is no {said} {noun}."
            return f"I have {title}, but it doesn't give a {said} {noun}."
        if c.kind == "exact-count":
            return f"I have {title}, but it doesn't give an exact number of {c.value}."
        if c.kind == "count":
            things, _, given = c.value.partition("|")
            if given:
                return f"I have {title}, which gives {given} {things} in all, but not how many of them."
            return f"My sources don't give a number of {things} for that; the nearest I have is {title}."
        return f"The nearest I have is {title}."
