"""Near misses made from the knowledge base itself, so the decline rules are tried on near misses
nobody picked.

The question sets we tune on hold near misses someone thought of ("cyberuk 2020", "Theresa May",
"Bristol"), and the engine learnt to decline those; strangers' sealed sets hold others, and it
declined fewer of them. So each entry's own phrasings are turned into near misses mechanically,
one swap at a time:

* ``year``: every year moved to one the entry never mentions, nor any entry on the same topic
  ("cyberuk 2017" -> "cyberuk 2014": there is an entry for 2018, so not that);
* ``after-sources``: every year moved past our newest source ("ncsc annual review 2029");
* ``person``, ``place``, ``organisation``, ``country``: a person, council or town, organisation or
  country the phrasing names swapped for a real one that neither the fact sheet nor any entry
  mentions ("who is geoff connell" -> "who is andy burnham"; "the uk's ..." -> "chile's ...");
* ``known-person``, ``known-place``: the person or place swapped for one our sources do name, in
  another entry ("when did hopkirk join norfolk", "cyberuk 2019 in manchester");
* ``unlisted-body``: the organisation swapped for one kept out of the lexicon's list of
  organisations ("the pensions regulator", "civica"), so only general rules can decline it;
* ``figure``: a sum or count moved to one the entry does not give ("how was the £1.9bn split" ->
  "£2.5bn");
* ``claim-year``, ``claim-place``, ``claim-person``, ``claim-figure``: a "when", "where", "who" or
  "how much" phrasing put as a yes/no claim with a wrong detail ("did the ncsc begin work in
  2013?", "was it priti patel who opened the ncsc?", "how much is behind it, was it £3.4bn?");
* ``known-figure``, ``known-year``, ``claim-known-figure``, ``claim-known-year``: cross-wired, as writers
  who know the field put them: a real figure or year, one another entry gives for something else, put
  in this entry's phrasing ("how was the £860m split", "cyberuk 2019 in liverpool" moved to 2017's
  neighbour) or claimed for it ("how much is behind the ncss, was it £19.9m?", "did the ncsc start work
  in 2017?", "860m cyber funding, right?");
* ``crossed-figure``: two sums one entry gives, each claimed for the other's thing ("£600m for strategy
  delivery and £1.3bn for the ncsc, right?"), so the entry that holds both must still decline.

None of them is answered by the entry it came from. ``judge`` says what the engine did: declined;
answered from another entry whose own text holds the swapped detail (an honest answer: "when was
cyberuk 2017" moved to 2019 may be CYBERUK 2019's own entry, though the topic rule keeps those out);
or leaked, answered by an entry that does not hold it.

    python -m handlers.testing.near_misses            # the rate held per kind of swap
    python -m handlers.testing.near_misses --leaks    # ...and every leak, to study
"""

from __future__ import annotations

import re
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# The fact sheet lives beside the repository in ../shared (a worktree under wt/ finds it one further up);
# a clone on its own, as CI has, checks against the copy kept in tests/data.
FACT_SHEET = next((p for p in (ROOT.parent / "shared" / "facts" / "facts.md",
                               ROOT.parent.parent / "shared" / "facts" / "facts.md") if p.exists()),
                  ROOT / "tests" / "data" / "facts.md")

# Real UK people, councils and towns, organisations and countries that neither the fact sheet nor any
# entry mentions (``unmentioned`` checks both; tests/test_systematic_near_misses.py holds it so).
# A few the lexicon knows as places or countries (sheffield, nottingham, sweden, portugal, poland)
# and most it does not, as a stranger's question would have them.
PEOPLE = ("Priti Patel", "Michael Gove", "Oliver Dowden", "Angela Rayner", "Sajid Javid", "Kemi Badenoch",
          "Pat McFadden", "Andy Burnham", "Robert Hannigan", "Mark Drakeford", "Ben Wallace",
          "Jeremy Fleming", "Yvette Cooper", "Tom Tugendhat", "Liz Truss")
PLACES = ("wigan", "salford", "stockport", "bolton", "sefton", "wirral", "swindon", "ipswich", "exeter",
          "carlisle", "inverness", "stirling", "wrexham", "lisburn", "middlesbrough", "blackpool",
          "peterborough", "norwich", "gateshead", "solihull", "shropshire", "powys", "fife", "sheffield",
          "nottingham")
COUNTRIES = (("kenya", "kenyan"), ("chile", "chilean"), ("argentina", "argentinian"), ("vietnam", "vietnamese"),
             ("malaysia", "malaysian"), ("egypt", "egyptian"), ("turkey", "turkish"), ("iceland", "icelandic"),
             ("hungary", "hungarian"), ("portugal", "portuguese"), ("sweden", "swedish"), ("poland", "polish"))
ORGANISATIONS = ("Ofcom", "HMRC", "the DVLA", "Ofsted", "the Environment Agency", "the Met Office",
                 "Companies House", "Ordnance Survey", "the Electoral Commission", "the Home Office", "the DWP",
                 "NHS England", "Jisc", "Police Scotland", "the National Crime Agency", "MI5", "Europol", "ENISA",
                 "Capita", "Fujitsu")
# ...and bodies kept out of the lexicon's list of organisations, so that the rate for them measures the
# rules, not the list (tests/test_systematic_near_misses.py holds them out).
UNLISTED = ("the Insolvency Service", "the Pensions Regulator", "the Gambling Commission", "the Forestry Commission",
            "the Coal Authority", "Homes England", "the Planning Inspectorate", "the Rural Payments Agency",
            "the Valuation Office Agency", "the UK Space Agency", "Sport England", "the Legal Aid Agency", "MHRA",
            "UKRI", "the CAA", "Sellafield", "Babcock", "Thales", "Leidos", "Computacenter", "Civica", "Idox",
            "Northgate", "Agilisys")
# The organisations our sources speak of, as phrasings write them (longest first, so "local cio
# council" is swapped whole, not its "cio").
OURS = ("national cyber security centre", "local government association", "local cio council", "cabinet office",
        "rand europe", "action fraud", "ncsc", "lga", "socitm", "gchq", "mhclg", "dluhc", "dclg", "cesg", "cert-uk",
        "netcraft", "nominet", "cisa", "solace", "adass", "pwc", "microsoft")
# What names this country in a phrasing, as a noun or as an adjective.
HOME = {"uk": "noun", "united kingdom": "noun", "britain": "noun", "england": "noun", "scotland": "noun",
        "wales": "noun", "northern ireland": "noun", "british": "adj", "english": "adj", "scottish": "adj",
        "welsh": "adj", "uk's": "noun's"}

KINDS = ("year", "after-sources", "person", "place", "known-person", "known-place", "organisation", "unlisted-body",
         "country", "figure",
         "claim-year", "claim-place", "claim-person", "claim-figure",
         "known-figure", "known-year", "claim-known-figure", "claim-known-year", "crossed-figure")

_YEAR = re.compile(r"(?<![\d\u00a3$.,])((?:19|20)\d\d)(?:([/-])(\d\d(?:\d\d)?))?(?![\d,])")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# A sum or count: "£1.9bn", "37.8m", "777", "5"; not a year, a day of a month ("6 december"), "24/7".
_FIGURE = re.compile(rf"(?<![\w.,/])(\u00a3?)(\d+(?:\.\d+)?)(bn|m|k|\s?million|\s?billion)?(?![\w/]|\.\d)"
                     rf"(?!\s+{_MONTH}\b)")
_WHEN = re.compile(r"^when\s+(did|was|were|is|does|do|has|have)\s+(.+?)\??$")
# "where was cyberuk 2019", not "where do i send ..." (where to, not where it is).
_WHERE = re.compile(r"^where\s+(did|was|were|is|does|do|are)\s+(?!(?:i|we|you)\b)(.+?)\??$")
# "who launched cisp", not "who is ..." (no deed) nor "who should we call" (the asker's deed).
_WHO = re.compile(r"^who\s+(?!(?:is|was|are|were|s|do|does|did|can|could|should|would|will|shall|may|might|must|"
                  r"to)\b)([a-z]+)\s+(.+?)\??$")
_HOW_MUCH = re.compile(r"^how\s+(much|many)\b.+")
# A sum as an answer writes it ("£19.9 million (£19.9m)") and the names it writes with capitals ("Cyber Support",
# "Government Cyber Security Strategy"), not a sentence's opening word nor a month.
# A sum claimed for a thing, in the voices the question sets use.
_CROSSED_FORMS = ("{n} came with {f}, right?", "{f} went to the {n} didn't it", "the {n} got {f}",
                  "{f} was for the {n}?", "so the {n} was worth {f}", "just checking {f} was the {n}'s share, yes?")
_CLAUSES = re.compile(r",\s+(?:and\s+)?|;\s+|\s+and\s+(?=the\b|\u00a3)")
_SUM_WRITTEN = re.compile(r"\u00a3(\d+(?:\.\d+)?)\s+(million|billion)")
_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|[A-Z]{3,6})\b")
_NOT_NAMES = {"The", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Since", "In", "Its", "UK"}


@dataclass(frozen=True)
class NearMiss:
    kind: str
    question: str
    entry: str          # the id of the entry whose phrasing it was made from
    phrasing: str
    detail: str         # what was swapped in: "2014", "wigan", "patel", "2.5", "chile"


@dataclass(frozen=True)
class Outcome:
    near_miss: NearMiss
    verdict: str        # declined, elsewhere (answered honestly from another entry), leaked
    answered_by: str | None


def _said(name: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", text))


def _entry_text(entry) -> str:
    parts = [entry.title, entry.answer, *entry.phrasings, *entry.keywords, *(s.title for s in entry.sources)]
    if entry.event:
        parts += [entry.event.place or ""]
    return " ".join(parts).lower().replace("\u2019", "'")


def unmentioned(kb, fact_sheet: Path = FACT_SHEET) -> dict[str, list[str]]:
    """Every swap name the fact sheet or an entry does mention (should be none), by where."""
    texts = {"knowledge base": " ".join(_entry_text(e) for e in kb.entries)}
    if fact_sheet.exists():
        texts["fact sheet"] = fact_sheet.read_text(encoding="utf-8").lower()
    names = [*PEOPLE, *(p.split()[-1] for p in PEOPLE), *PLACES, *(c for pair in COUNTRIES for c in pair),
             *(o.removeprefix("the ") for o in (*ORGANISATIONS, *UNLISTED))]
    return {where: [n for n in names if _said(n, text)] for where, text in texts.items()}


def _pick(options, key: str, allowed=lambda option: True):
    """The same option for the same phrasing every run, spread over the list."""
    start = zlib.crc32(key.encode())
    for i in range(len(options)):
        option = options[(start + i) % len(options)]
        if allowed(option):
            return option
    return None


def _years_of(text: str) -> set[int]:
    found = set()
    for m in _YEAR.finditer(text):
        first = int(m.group(1))
        found.add(first)
        if m.group(3):
            tail = m.group(3)
            found.add(int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail))
    return found


def _shift_years(text: str, delta: int) -> str:
    def moved(m: re.Match) -> str:
        first = int(m.group(1)) + delta
        if not m.group(3):
            return str(first)
        tail = m.group(3)
        second = (int(tail) if len(tail) == 4 else int(m.group(1)) // 100 * 100 + int(tail)) + delta
        return f"{first}{m.group(2)}{second if len(tail) == 4 else f'{second % 100:02d}'}"
    return _YEAR.sub(moved, text)


def _figure_moved(number: str, taken: set[str]) -> str:
    """A figure near ``number`` that is not one of ``taken``: about a third more, as precise."""
    places = len(number.partition(".")[2])
    value = float(number)
    for step in (1.3, 1.6, 0.7, 2.0, 2.5):
        moved = round(value * step, places)
        shown = f"{moved:.{places}f}" if places else str(int(moved))
        if shown != number and shown not in taken and not (places == 0 and 1900 <= int(moved) <= 2099):
            return shown
    return str(int(value) + 7) if not places else f"{value + 0.7:.{places}f}"


class Generator:
    """Near misses for one knowledge base (``make``); ``judge`` runs them through an answerer."""

    def __init__(self, kb):
        self.kb = kb
        self.texts = {e.id: _entry_text(e) for e in kb.entries}
        self.years = {e.id: _years_of(self.texts[e.id]) for e in kb.entries}
        self.topic_years: dict[str, set[int]] = defaultdict(set)
        for e in kb.entries:
            self.topic_years[e.topic] |= self.years[e.id]
        source_years = [int(s.date[:4]) for e in kb.entries for s in e.sources if s.date[:1].isdigit()]
        self.newest = max(source_years)
        self.kb_years = set().union(*self.years.values())
        everything = " ".join(self.texts.values())
        # People and places of the lexicon that some entry names (a near miss with a name we do know).
        self.known_people = [p for p in kb.lexicon.people if _said(p.split()[-1], everything)
                             and p.split()[-1].lower() not in ("elizabeth",)]
        self.known_places = [p for p in kb.lexicon.places if " " not in p and _said(p, everything)]
        self.figures = {e.id: {m.group(2) for m in _FIGURE.finditer(self.texts[e.id])} for e in kb.entries}
        # The sums ("£", "860", "m") and years entries' answers give, each with the entries that give it: a real
        # figure or year to cross-wire onto another entry.
        self.sums: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.answer_years: dict[int, set[str]] = defaultdict(set)
        for e in kb.entries:
            answer = e.answer.lower()
            for m in _FIGURE.finditer(answer):
                if m.group(1) and m.group(3) in ("m", "bn"):
                    self.sums[(m.group(1), m.group(2), m.group(3))].add(e.id)
            for year in _years_of(answer):
                if year <= self.newest:
                    self.answer_years[year].add(e.id)

    def make(self) -> list[NearMiss]:
        found: list[NearMiss] = []
        for entry in self.kb.entries:
            if entry.unknown:       # an honest "not known" entry declines its own phrasings already
                continue
            for phrasing in entry.phrasings:
                text = " ".join(phrasing.lower().replace("\u2019", "'").split())
                for kind, question, detail in self._swaps(entry, text):
                    if question != text:
                        found.append(NearMiss(kind, question, entry.id, phrasing, detail))
        return list({(n.kind, n.question): n for n in found}.values())

    def _swaps(self, entry, text: str):
        key = entry.id + "|" + text
        years = _years_of(text)
        if years:
            taken = self.years[entry.id] | self.topic_years[entry.topic]
            delta = _pick([-2, -3, 2, -4, 3, -5, 4, -6, 5, -1, 1], key, lambda d: not any(
                y + d in taken or y + d > self.newest for y in years))
            if delta is not None:
                yield "year", _shift_years(text, delta), str(min(years) + delta)
            # ...and to a neighbouring year another entry gives, which this one never does ("ncsc opened 2016" -> 2017)
            delta = _pick([1, -1, 2, -2, 3, -3], key, lambda d: all(
                y + d in self.answer_years and y + d not in self.years[entry.id] for y in years))
            if delta is not None:
                yield "known-year", _shift_years(text, delta), str(min(years) + delta)
            # ...and past every year any entry gives ("the 2030 target" is one of ours)
            after = [y for y in range(self.newest + 2, self.newest + 12) if y not in self.kb_years]
            past = after[zlib.crc32(key.encode()) % 3] - max(years)
            yield "after-sources", _shift_years(text, past), str(max(years) + past)
        lexicon = self.kb.lexicon
        words = re.findall(r"[a-z][\w'-]*", text)
        for person in lexicon.people:
            full, surname = person.lower(), person.split()[-1].lower()
            if surname in words or full in text:
                new = _pick(PEOPLE, key)
                swapped = text.replace(full, new.lower()) if full in text else re.sub(
                    rf"\b{surname}\b", new.split()[-1].lower(), text)
                yield "person", swapped, new.split()[-1].lower()
                # ...and one our sources do name, but this entry does not ("when did hopkirk join norfolk")
                known = _pick(self.known_people, key, lambda p: not _said(p.split()[-1], self.texts[entry.id]))
                if known:
                    swapped = text.replace(full, known.lower()) if full in text else re.sub(
                        rf"\b{surname}\b", known.split()[-1].lower(), text)
                    yield "known-person", swapped, known.split()[-1].lower()
                break
        # "john suffolk" is a person, not the county.
        places = [p for p in lexicon.places_in(text, countries=False)
                  if not any(p in person.lower() and person.lower() in text for person in lexicon.people)]
        if places:
            new = _pick(PLACES, key)
            yield "place", re.sub(rf"(?<![\w-]){re.escape(places[0])}(?![\w-])", new, text, count=1), new
            known = _pick(self.known_places, key, lambda p: not _said(p, self.texts[entry.id]))
            if known:
                yield ("known-place", re.sub(rf"(?<![\w-]){re.escape(places[0])}(?![\w-])", known, text, count=1),
                       known)
        for org in OURS:
            match = re.search(rf"(?:\bthe\s+)?(?<![\w-]){re.escape(org)}(?![\w-])", text)
            if match:
                for kind, pool in (("organisation", ORGANISATIONS), ("unlisted-body", UNLISTED)):
                    new = _pick(pool, key).lower()
                    yield kind, text[:match.start()] + new + text[match.end():], new.removeprefix("the ")
                break
        country, adjective = _pick(COUNTRIES, key)
        for home, form in sorted(HOME.items(), key=lambda kv: -len(kv[0])):
            # (not in an address: "report.ncsc.gov.uk")
            match = re.search(rf"(?:\bthe\s+)?(?<![\w.-]){re.escape(home)}(?![\w'.-]|'s)" if form == "noun" else
                              rf"(?:\bthe\s+)?(?<![\w.-]){re.escape(home)}(?![\w.-])", text)
            if match:
                said = {"noun": country, "adj": adjective, "noun's": country + "'s"}[form]
                yield "country", text[:match.start()] + said + text[match.end():], country
                break
        else:
            if re.search(r"\bnational cyber\b", text):
                said = re.sub(r"\bnational cyber\b", f"{adjective} national cyber", text, count=1)
                yield "country", said if re.search(r"\b(?:the|a)\b", said) else "the " + said, country
        for m in _FIGURE.finditer(text):
            number = m.group(2)
            if _YEAR.fullmatch(number) or (not m.group(1) and not m.group(3) and len(number) > 4):
                continue
            new = _figure_moved(number, self.figures[entry.id])
            yield "figure", text[:m.start(2)] + new + text[m.end(2):], new
            # ...and a sum another entry gives, which this one does not ("how was the £860m split")
            known = self._known_sum(entry, key) if m.group(3) and m.group(3).strip() in ("m", "bn", "million", "billion") else None
            if known:
                swapped = text[:m.start(2)] + known[1] + known[2] + text[m.end():]
                yield "known-figure", swapped, known[1]
                if not re.match(r"(?:what|when|where|who|which|how|why|is|was|are|were|did|does|do)\b", text):
                    yield "claim-known-figure", f"{swapped.rstrip('?')}, right?", known[1]
            break
        yield from self._claims(entry, text, key)

    def _claims(self, entry, text: str, key: str):
        answer = entry.answer.lower()
        when = _WHEN.match(text)
        said_years = sorted(_years_of(answer))
        if when and said_years and not _years_of(text):
            taken = self.years[entry.id] | self.topic_years[entry.topic]
            delta = _pick([-2, 3, -3, 2, -4, 4, -1, 1], key, lambda d: said_years[0] + d not in taken
                          and said_years[0] + d <= self.newest)
            if delta is not None:
                year = said_years[0] + delta
                yield "claim-year", f"{when.group(1)} {when.group(2)} in {year}?", str(year)
            # ...and a neighbouring year another entry gives ("did the ncsc begin work in 2017?")
            delta = _pick([1, -1, 2, -2, 3, -3], key, lambda d: said_years[0] + d in self.answer_years
                          and said_years[0] + d not in self.years[entry.id])
            if delta is not None:
                year = said_years[0] + delta
                yield "claim-known-year", f"{when.group(1)} {when.group(2)} in {year}?", str(year)
        where = _WHERE.match(text)
        if where:
            place = _pick(PLACES, key)
            yield "claim-place", f"{where.group(1)} {where.group(2)} in {place}?", place
        who = _WHO.match(text)
        if who:
            person = _pick(PEOPLE, key)
            yield ("claim-person", f"was it {person.lower()} who {who.group(1)} {who.group(2)}?",
                   person.split()[-1].lower())
        if _HOW_MUCH.match(text):
            # a sum for "how much", a count for "how many"
            sums = [m for m in _FIGURE.finditer(answer) if not _YEAR.fullmatch(m.group(2))
                    and bool(m.group(1) or m.group(3)) == (text.split()[1] == "much")]
            if sums:
                m = sums[0]
                new = _figure_moved(m.group(2), self.figures[entry.id])
                yield ("claim-figure", f"{text.rstrip('?')}, was it {m.group(1)}{new}{m.group(3) or ''}?",
                       new)
                if text.split()[1] == "much":
                    known = self._known_sum(entry, key)
                    if known:
                        yield "claim-known-figure", f"{text.rstrip('?')}, was it {''.join(known)}?", known[1]
        yield from self._crossed(entry, key)

    def _known_sum(self, entry, key: str):
        """A sum another entry gives and this one does not, as ("£", "19.9", "m")."""
        return _pick(sorted(self.sums), key, lambda s: s[1] not in self.figures[entry.id]
                     and not self.sums[s] <= {entry.id})

    def _crossed(self, entry, key: str):
        """"the Government Cyber Security Strategy came with £19.9m, right?": a sum the entry gives in one clause,
        claimed for a thing it names in a clause that gives another sum (the GCSS's is £37.8m), where no entry's
        sentence gives that sum with that thing. Made once an entry, from its first phrasing."""
        if key != entry.id + "|" + " ".join(entry.phrasings[0].lower().replace("\u2019", "'").split()):
            return
        clauses = []     # (sums as written, names)
        for sentence in re.split(r"(?<=[.!?])\s+", entry.answer):
            for clause in _CLAUSES.split(sentence):
                sums = [f"\u00a3{m.group(1)}{'m' if m.group(2) == 'million' else 'bn'}"
                        for m in _SUM_WRITTEN.finditer(clause)]
                names = [n for n in _NAMED.findall(clause) if n.split()[0] not in _NOT_NAMES and len(n) > 3]
                if sums:
                    clauses.append((sums, names))
        made = 0
        for sums, _ in clauses:
            figure = sums[0]
            giving = {n for ss, ns in clauses if figure in ss for n in ns}
            for other_sums, names in clauses:
                if figure in other_sums:
                    continue
                for name in names:
                    if made >= 8 or name in giving or self._said_together(figure, name):
                        continue
                    at = zlib.crc32((key + name + figure).encode())
                    for form in (_CROSSED_FORMS[at % 6], _CROSSED_FORMS[(at + 3) % 6]):
                        yield "crossed-figure", form.format(n=name, f=figure).lower(), re.sub(r"[^\d.]", "", figure)
                    made += 1

    def _said_together(self, figure: str, name: str) -> bool:
        """Does some entry's sentence give ``figure`` ("£19.9m") with ``name``?"""
        number = re.sub(r"[^\d.]", "", figure)
        for e in self.kb.entries:
            for sentence in re.split(r"(?<=[.!?])\s+", e.answer):
                for clause in _CLAUSES.split(sentence):
                    if name.lower() in clause.lower() and re.search(rf"\u00a3{re.escape(number)}(?![\d.])", clause):
                        return True
        return False

    def holds(self, entry_id: str, near_miss: NearMiss) -> bool:
        """Does this entry's own text hold the detail the near miss swapped in?"""
        if near_miss.kind in ("year", "after-sources", "claim-year"):
            return int(near_miss.detail) in self.years[entry_id]
        if near_miss.kind in ("known-year", "claim-known-year"):
            return int(near_miss.detail) in self.years[entry_id]
        if near_miss.kind == "crossed-figure":      # the entry it came from holds both sums: no honest answer
            return False
        if near_miss.kind in ("figure", "claim-figure", "known-figure", "claim-known-figure"):
            return near_miss.detail in self.figures[entry_id]
        return _said(near_miss.detail, self.texts[entry_id])


def judge(answerer, near_misses: list[NearMiss], generator: Generator) -> list[Outcome]:
    outcomes = []
    for near_miss in near_misses:
        answer = answerer.answer(near_miss.question, record_gap=False)
        if not answer.answered or answer.entry is None:
            outcomes.append(Outcome(near_miss, "declined", None))
            continue
        by = answer.entry.id
        honest = by != near_miss.entry and generator.holds(by, near_miss)
        outcomes.append(Outcome(near_miss, "elsewhere" if honest else "leaked", by))
    return outcomes


def rates(outcomes: list[Outcome]) -> dict[str, tuple[int, int, int, float]]:
    """Per kind (and "all"): how many, declined, answered honestly elsewhere, and the rate held."""
    table: dict[str, Counter] = defaultdict(Counter)
    for o in outcomes:
        for kind in (o.near_miss.kind, "all"):
            table[kind][o.verdict] += 1
    out = {}
    for kind in [*KINDS, "all"]:
        c = table.get(kind)
        if c:
            n = sum(c.values())
            out[kind] = (n, c["declined"], c["elsewhere"], (c["declined"] + c["elsewhere"]) / n)
    return out


def format_rates(table) -> str:
    lines = [f"{'swap kind':<14} {'n':>4} {'declined':>9} {'elsewhere':>9} {'held':>7}"]
    lines += [f"{kind:<14} {n:>4} {d:>9} {e:>9} {r:>7.1%}" for kind, (n, d, e, r) in table.items()]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from bot.answers import knowledge
    from bot.answers.answerer import Answerer
    kb = knowledge.load(ROOT / "knowledge")
    generator = Generator(kb)
    outcomes = judge(Answerer(kb), generator.make(), generator)
    print(format_rates(rates(outcomes)))
    if "--leaks" in argv:
        for o in outcomes:
            if o.verdict == "leaked":
                print(f"{o.near_miss.kind:<14} {o.near_miss.question!r:<80} -> {o.answered_by}"
                      + (" (its own entry)" if o.answered_by == o.near_miss.entry else f" (from {o.near_miss.entry})"))
    if "--all" in argv:
        for o in outcomes:
            print(f"{o.verdict:<9} {o.near_miss.kind:<14} {o.near_miss.question!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
