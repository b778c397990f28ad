"""Who held a post when something happened: "Who was running the NCSC when WannaCry hit the NHS?".

Two things are asked: when the event was (its own entry's date, read as ``two_parts`` reads "which came
first") and who held the post then. The second is answered only from a tenure an entry gives in full,
its start and its end ("leading it from its launch in October 2016 until 31 August 2020"), that holds
the event's date as finely as both are known. A holder whose end our sources never give ("became chief
executive in October 2024") held the post on no date we can vouch for past the start: a successor named
later is not taken to mark the end as a fact, since the post may have stood empty or been held for a while
by someone the sources never name. Between two holders' starts, though, the earlier is the last holder they
name: "who led the NCSC when the GCSS came out (January 2022)?" is answered "Lindy Cameron" with both starts
and the caveat said (``LastNamed``), since the asker can weigh that and nobody else is named. Where neither
holds the date, the reply says so, and never offers the event's own entry as the answer: it dates the event
and names nobody.

``Tenures.answer`` gives None for a message that asks nothing of this shape, and for one whose post
is no post we read ("who took over when ...", "who launched it when ..."): the answerer goes on as usual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.answers.knowledge import MONTHS, Entry, FuzzyDate
from bot.answers.replies import MAX_SUGGESTIONS, Answer
from bot.core import regexes

if TYPE_CHECKING:
    from bot.answers.answerer import Answerer

# "who was running the NCSC when ...", "who headed the ncsc when ...", "who was NCSC chief exec when ...": a post,
# then the event, in a clause of its own ("when WannaCry hit the NHS"); not "when it first launched", whose "it"
# is the post's body and is asked of the body's own entries.
_WHO_WHEN = regexes.compile(
    r"^\W*(?:(?:and|so|but|also)\s+)?who\s+(?P<was>(?:was|were|is)\s+|'s\s+)?(?P<post>[\w'\u2019 .&-]{3,80}?)\s+"
    r"(?:when|at\s+the\s+time\s+(?:of\s+|when\s+|that\s+)?|by\s+the\s+time\s+|as)\s+"
    r"(?!(?:it|they|he|she|that|this|its|their|his|her|there)\b)(?P<event>[^?!]{3,120}?)[\s?!.]*$", re.IGNORECASE)
# "who was running the NCSC in 2018?", "who was ncsc chief exec back in March 2019": a post, then a year (and month).
_WHO_IN_YEAR = regexes.compile(
    r"^\W*(?:(?:and|so|but|also)\s+)?who\s+(?P<was>(?:was|were|is)\s+|'s\s+)?(?P<post>[\w'\u2019 .&-]{3,80}?)\s+"
    r"(?:in|during|back\s+in|throughout)\s+(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?P<year>(?:19|20)\d\d)[\s?!.]*$", re.IGNORECASE)
# What a post leading a body is called, in a question or in the clause that gives a tenure.
_LEADS = regexes.compile(r"\b(?:running|run|ran|heading|headed|head|heads|leading|led|leads?|in\s+charge|at\s+the\s+helm|boss|"
                         r"chief\s+exec\w*|ceo|top\s+job)\b", re.IGNORECASE)
_LED_CLAUSE = regexes.compile(r"\b(?:chief\s+executives?|ceo|led|leading|leads|head\s+of|headed|ran|running|in\s+charge)\b",
                              re.IGNORECASE)
# Other posts, named by their own words ("technical director", "president", "programme manager").
_ROLE = regexes.compile(r"\b(?:(?:technical|managing|deputy|executive|programme|program|research|policy)\s+)?"
                        r"(?:director|president|chair(?:man|woman|person)?|manager|cio|cdio|ciso|cto|secretary|minister|"
                        r"chancellor)\b", re.IGNORECASE)
# "NCSC chief executives in order with start dates", "list every NCSC CEO so far", "all the heads of the NCSC since
# launch": the holders of a post one after another (``Tenures.succession``). The post said in the plural...
_POSTS = regexes.compile(r"\b(?:(?P<body>[\w'\u2019&-]+(?:\s+[\w'\u2019&-]+)?)\s+)?(?P<post>chief\s+exec(?:utive)?s?|ceos?|heads?|"
                         r"directors?|chairs?|presidents?|bosses|boss)\b(?:\s+(?:of|at)\s+(?:the\s+)?(?P<of>[\w&-]+(?:\s+[\w&-]+)?))?",
                         re.IGNORECASE)
# ...with a word that asks for all of them ("in order", "so far", "from launch", "list"), not the post as an audience ("what
# chief executives need to know").
SUCCESSION_CUE = regexes.compile(r"\b(?:in\s+(?:date\s+|chronological\s+|the\s+right\s+)?order|so\s+far|to\s+date|since\s+(?:it\s+)?"
                                 r"(?:launch(?:ed)?|began|started|opened|the\s+start)|from\s+(?:the\s+)?(?:launch|start|beginning)|"
                                 r"list(?:\s+of)?|all\s+(?:the\s+)?|every|each\s+of|sequence|succession|one\s+after\s+another|"
                                 r"over\s+the\s+years|who\s+(?:have|has)\s+been|chronologically|timeline)\b", re.IGNORECASE)
# "which led the NCSC first, Lindy Cameron or Richard Horne?", "who headed the ncsc first - Martin or Cameron?", "Lindy
# Cameron or Richard Horne: which ran the NCSC first?": whose time in a post began first (``Tenures.first_in_post``).
_POST_FIRST = (r"(?:which|who)\s+(?:one\s+|of\s+(?:them|the\s+two)\s+)?(?P<post>(?:led|ran|headed(?:\s+up)?|chaired|"
               r"was\s+in\s+charge\s+(?:of|at)|was\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:chief\s+exec\w*|ceo|head|boss|director|"
               r"president|chair)(?:\s+(?:of|at))?)(?:\s+(?:[\w'&.-]+\s+){0,4}?[\w'&.-]+)?)\s+(?:first|earlier)")
_WHO_FIRST = regexes.compile(r"\b" + _POST_FIRST + r"\W*(?P<one>[^?.!]+?)\s+(?:or|vs\.?|versus)\s+(?P<two>[^?.!]+?)\s*(?:[?!.]|$)"
                             r"|^\W*(?P<one2>[^?.!]+?)\s+(?:or|vs\.?|versus)\s+(?P<two2>[^?.!,:;\u2013-]+?)\s*[,:;\u2013-]+\s*"
                             + _POST_FIRST.replace("?P<post>", "?P<post2>") + r"\W*(?:$|(?<=[?!.])\s)", re.IGNORECASE)
# A date that opens a time in a post, not one it was held on: "became", "succeeded ... in", "from its launch".
_BEGAN = regexes.compile(r"\b(?:became|become|becomes|succeeded|succeeds|took\s+over|appointed|from|since|joined|started|began|"
                         r"took\s+up|launch)\b", re.IGNORECASE)
# The words around the post that only say how it is asked ("the", "list", "all"), not whose post it is.
_NOT_THE_BODY = frozenset("the a an all every each list of its their which what who whose".split())
# The entries read for a post's holders: the first few found for it.
HOLDER_DEPTH = 8
# A post's holder is who a clause is about, not whom it says they followed: "succeeded Ciaran Martin as ...".
_FOLLOWED = regexes.compile(r"(?:succeed(?:ed|ing|s)?|replac(?:ed|ing|es)?|took\s+over\s+from|after|from)\s+"
                            r"(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+")


# A post asked as who came after or before someone ("succeeded Lindy Cameron as head of ..."): no holder on a date.
_SUCCESSION = regexes.compile(r"\b(?:succeed\w*|replac\w*|took\s+over|take\s+over|taking\s+over|follow\w*|after|before|"
                              r"preceded|predecessor|successor)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Tenure:
    """Someone's time in a post, as one entry gives it, start and end."""

    person: str
    start: FuzzyDate
    end: FuzzyDate
    entry: Entry

    def holds(self, when: FuzzyDate) -> bool:
        """Was ``when`` inside the tenure, as finely as the dates are known?"""
        return self.start.latest() <= when.earliest() and when.latest() <= self.end.latest()


def _post_asked(question: str, pattern: re.Pattern) -> tuple[re.Match, str] | None:
    """The sentence of ``question`` that ``pattern`` reads as asking who held a post: its match, and the post as asked
    ("was running the NCSC", "headed the ncsc")."""
    for sentence in re.split(r"(?<=[?!.])\s+", question.strip()):
        match = pattern.match(sentence)
        if match is None:
            continue
        post = match.group("post").strip(" ,;-")
        if _LEADS.search(post) or _ROLE.search(post):
            return match, ("was " if match.group("was") else "") + post
    return None


def asked(question: str) -> tuple[str, str] | None:
    """The post and the event "who was running X when Y" asks about."""
    found = _post_asked(question, _WHO_WHEN)
    return (found[1], found[0].group("event").strip(" ,;-")) if found else None


def asked_in(question: str) -> tuple[str, FuzzyDate] | None:
    """The post and the year (or month) "who was running X in 2018" asks about."""
    found = _post_asked(question, _WHO_IN_YEAR)
    if found is None:
        return None
    match, post = found
    month = match.group("month")
    return post, FuzzyDate(int(match.group("year")), MONTHS.index(month[:3].title()) + 1 if month else None)


def _role_asked(post: str) -> str | None:
    """The post's own name ("technical director"), or None for one that leads the body ("running the NCSC")."""
    role = _ROLE.search(post)
    return role.group(0).lower() if role else None


def tenures(entry: Entry, people: tuple[str, ...], role: str | None) -> list[Tenure]:
    """The tenures in the post ``entry`` gives in full: a start and an end for the same person, each in a clause
    that is about them (it names them, or names nobody in a sentence that opens with them); the start's clause
    names the post, and so does the end's unless it names none ("Martin's tenure ended on 31 August 2020")."""
    starts, ends = _dated_in_post(entry, people, role)
    found = []
    for person, begun in starts.items():
        start = min(begun, key=lambda d: d.earliest())
        after = [end for end in ends.get(person, []) if start.latest() < end.earliest()]
        if after:
            found.append(Tenure(person, start, min(after, key=lambda d: d.earliest()), entry))
    return found


def _dated_in_post(entry: Entry, people: tuple[str, ...], role: str | None,
                   ) -> tuple[dict[str, list[FuzzyDate]], dict[str, list[FuzzyDate]]]:
    """The dates ``entry`` gives each person's time in the post, as (starts, ends) by person (``tenures``)."""
    from bot.answers import ordering    # few messages ask this, and a cold start should not compile its patterns
    starts: dict[str, list[FuzzyDate]] = {}
    ends: dict[str, list[FuzzyDate]] = {}
    for dated in ordering.dates_in(entry.answer):
        if dated.aside:
            continue    # "in October 2024 (reported in December 2024)": when it was said, not when it began
        clause = _FOLLOWED.sub(" ", dated.clause)
        person = _person_in(clause, people) or (None if _person_in(dated.clause, people)
                                                else _person_in(dated.sentence, people))
        if person is None:
            continue
        named = _post_named(dated)
        # A date in a clause about another post ("with Ian Levy as technical director") is not this post's; an end that
        # names no post ("Martin's tenure ended on 31 August 2020") ends the post the start gives.
        if (_LED_CLAUSE.search(named) or _ROLE.search(named) or not dated.ends) and not _is_post(named, role):
            continue
        (ends if dated.ends else starts).setdefault(person, []).append(dated.when)
    return starts, ends


def began_in_post(entry: Entry, people: tuple[str, ...], role: str | None) -> dict[str, FuzzyDate]:
    """When ``entry`` says each person took up the post, from a clause that says they began it ("became chief
    executive in October 2024", "succeeded Ciaran Martin as chief executive in October 2020", "and Lindy Cameron (from
    October 2020)"), not one that dates them in it ("In May 2018 Dylan Roberts chaired ..."): who held it first is told
    only by when each began. The person is whom the clause is about, else the sentence: not whom they followed."""
    from bot.answers import ordering
    begun: dict[str, FuzzyDate] = {}
    for dated in ordering.dates_in(entry.answer):
        if dated.ends or not _BEGAN.search(dated.clause):
            continue
        person = _person_in(_FOLLOWED.sub(" ", dated.clause), people) or _person_in(_FOLLOWED.sub(" ", dated.sentence), people)
        # (a date in a clause about another post, "with Ian Levy as technical director", is not this post's)
        if person is None or not _is_post(_post_named(dated), role):
            continue
        if person not in begun or dated.when.earliest() < begun[person].earliest():
            begun[person] = dated.when
    return begun


@dataclass(frozen=True)
class LastNamed:
    """The last holder of a post our sources name before a date, where the next one they name began after it."""

    person: str
    start: FuzzyDate
    entry: Entry
    successor: str
    successor_start: FuzzyDate

    def said(self, post: str, on: str) -> str:
        return (f"{self.person} {post} {on}, as far as my sources go: they date {self.person}'s start in the post "
                f"{self.start.display()} and next name {self.successor}, from {self.successor_start.display()}, "
                f"but don't say when {self.person} left.")


def last_named(began: dict[str, tuple[FuzzyDate, Entry]], ended: dict[str, FuzzyDate],
               dates: list[FuzzyDate]) -> LastNamed | None:
    """Who, of those whose start in a post ``began`` gives (person: (start, entry)), began last before all of ``dates``,
    where the next to begin began after them all and nothing in ``ended`` ends the first's time before them."""
    earliest, latest = min(d.earliest() for d in dates), max(d.latest() for d in dates)
    before = [p for p, (start, _) in began.items() if start.latest() <= earliest]
    after = [p for p, (start, _) in began.items() if start.earliest() > latest]
    if not before or not after or len(before) + len(after) != len(began):
        return None     # someone began during the dates: who held the post then, the starts do not say
    person = max(before, key=lambda p: began[p][0].earliest())
    if person in ended and ended[person].earliest() < latest:
        return None
    successor = min(after, key=lambda p: began[p][0].earliest())
    return LastNamed(person, began[person][0], began[person][1], successor, began[successor][0])


def _post_named(dated) -> str:
    """Where a dated clause's post is said: the clause, where it names one, else its sentence."""
    return dated.clause if (_LED_CLAUSE.search(dated.clause) or _ROLE.search(dated.clause)) else dated.sentence


def _is_post(named: str, role: str | None) -> bool:
    """Does ``named`` (``_post_named``) speak of the post asked: its role, or leading the body and no other role?"""
    return role in named.lower() if role else bool(_LED_CLAUSE.search(named) and not _ROLE.search(named))


def _person_in(text: str, people: tuple[str, ...]) -> str | None:
    """The first of ``people`` that ``text`` names, by full name or surname ("Martin's tenure ended")."""
    at = {}
    for person in people:
        found = re.search(r"\b" + re.escape(person.split()[-1]) + r"\b", text)
        if found:
            at[person] = found.start()
    return min(at, key=at.get) if at else None


class Tenures:
    """The answerer's reading of "who held the post when this happened" (``answer``)."""

    def __init__(self, answerer: Answerer):
        self.answerer = answerer

    def answer(self, question: str, whole=None) -> Answer | None:
        """Who held the post on the event's date, from a tenure an entry gives in full; else a decline that says
        which of the two our sources do not give. None when ``question`` asks nothing of this shape, or when the
        entry found for the whole message (``whole``) names someone in the post at the time itself ("Geoff Connell
        was Socitm President at the time of the December 2016 summit"): that entry answers it as it stands."""
        read = asked(question)
        if read is None:
            dated = asked_in(question)
            return self._held_in(question, *dated) if dated else None
        post, event = read
        answerer, two = self.answerer, self.answerer.two_parts
        index = answerer._current_index()
        part = f"when {event}"
        result = index.search(part, limit=MAX_SUGGESTIONS + 1)
        chosen, verdict = answerer._choose(part, result)
        if chosen is None and verdict is None and result.best is not None:
            chosen = two._dated_among_equals(part, result)
        happened = chosen.entry if chosen is not None and not chosen.entry.unknown else None
        when = two._date_of(happened, part) if happened is not None else None
        rival = two._rival_date(part, result, chosen) if when is not None else None
        dates = [when] + ([rival[1]] if rival else [])
        holders = self._holders(post)
        covering = {t.person: t for t in holders if all(t.holds(d) for d in dates)} if when is not None else {}
        suggestions = list(dict.fromkeys([*(t.entry for t in holders), *([happened] if happened else [])]))[:MAX_SUGGESTIONS]
        on = f"when {event} ({' or '.join(d.display() for d in dates)})" if when is not None else ""
        if len(covering) == 1:
            tenure = next(iter(covering.values()))
            text = (f"{tenure.person} {post} {on}: my sources give {tenure.person}'s time in the post as "
                    f"{tenure.start.display()} to {tenure.end.display()}.")
            return self._answered_with(question, tenure.entry, chosen.score, text, (happened,))
        named = self._last_named(post, dates) if when is not None and not covering else None
        if named is not None:
            return self._answered_with(question, named.entry, chosen.score, named.said(post, on), (happened,))
        if whole is not None and not whole.entry.unknown and self._names_holder(whole.entry, post):
            return None
        if when is None:
            text = f"I can't say who {post} then: my sources don't date \u201c{event}\u201d."
        else:
            text = (f"I can't say who {post} when {event} ({' or '.join(d.display() for d in dates)}): my sources "
                    f"don't give who held that post then, from when to when.")
        if suggestions:
            text += " Did you mean: " + "; ".join(e.title for e in suggestions) + "?"
        return Answer(question, False, text, suggestions[0] if suggestions else None, 0.0, suggestions)

    def succession(self, question: str) -> Answer | None:
        """"NCSC chief executives in order with start dates": the entry found for the post that names the most of its
        holders, two or more, in sentences that name the post, where it speaks of the body asked about. None where the
        message asks nothing of this shape or no entry names two holders ("Socitm presidents so far": one named), and
        the answerer goes on as usual."""
        if not SUCCESSION_CUE.search(question):
            return None
        asked = _POSTS.search(question)
        # (one post said alone asks for all its holders only with "every" or "each": "every NCSC CEO so far")
        if asked is None or (not re.search(r"(?:s|ceos)$", asked.group("post"), re.IGNORECASE)
                             and not re.search(r"\b(?:every|each)\b", question, re.IGNORECASE)):
            return None
        body = " ".join(w for w in re.findall(r"[\w&-]+", f"{asked.group('body') or ''} {asked.group('of') or ''}")
                        if w.lower() not in _NOT_THE_BODY)
        index = self.answerer._current_index()
        terms, unknown = index.query_terms(body)
        if not terms or unknown:
            return None     # "the chief executives in order": whose, it does not say
        role = _role_asked(asked.group("post"))
        people = tuple(self.answerer.kb.lexicon.people)
        result = index.search(question, limit=HOLDER_DEPTH)
        best, named = None, 1
        for match in result.matches:
            if match.entry.unknown or not index.covers_all(match.entry, terms) or not self.answerer.gate.check(body, match.entry).ok:
                continue
            holders = {person for sentence in re.split(r"(?<=[.;])\s+", match.entry.answer)
                       if (role in sentence.lower() if role else _LED_CLAUSE.search(sentence))
                       for person in people if re.search(r"\b" + re.escape(person.split()[-1]) + r"\b", sentence)}
            if len(holders) > named:
                best, named = match, len(holders)
        return self.answerer._answered(question, best.entry, best.score) if best is not None else None

    def _held_in(self, question: str, post: str, when: FuzzyDate) -> Answer | None:
        """"Who was running the NCSC in 2018?": the one holder whose tenure, given in full by an entry, holds the whole
        year (or month) asked. None where no one's does, or more than one's: the answerer goes on as usual, and the entry
        on the holder whose post began later declines with the dates it has."""
        covering = {t.person: t for t in self._holders(post) if t.holds(when)}
        if not covering:
            named = self._last_named(post, [when])
            return self._answered_with(question, named.entry, 1.0, named.said(post, f"in {when.display()}")) if named else None
        if len(covering) != 1:
            return None
        tenure = next(iter(covering.values()))
        return self._answered_with(question, tenure.entry, 1.0,
                                   f"{tenure.person} {post} in {when.display()}: my sources give {tenure.person}'s time in "
                                   f"the post as {tenure.start.display()} to {tenure.end.display()}.")

    def _names_holder(self, entry: Entry, post: str) -> bool:
        """Does ``entry`` name someone, in a sentence that names the post asked about?"""
        role, people = _role_asked(post), tuple(self.answerer.kb.lexicon.people)
        return any(_person_in(sentence, people) and (role in sentence.lower() if role else _LED_CLAUSE.search(sentence))
                   for sentence in re.split(r"(?<=[.;])\s+", entry.answer))

    def first_in_post(self, question: str) -> Answer | None:
        """"Which led the NCSC first, Lindy Cameron or Richard Horne?": the one whose time in the post our sources date
        as beginning first, with when each began; a decline naming whom they never date in the post ("...Lindy Cameron or
        Ian Levy?": Levy was its technical director). None where the message asks nothing of this shape."""
        asked = _WHO_FIRST.search(question)
        if asked is None:
            return None
        post = " ".join((asked.group("post") or asked.group("post2")).split())
        named = (asked.group("one") or asked.group("one2"), asked.group("two") or asked.group("two2"))
        people = tuple(self.answerer.kb.lexicon.people)
        two = [_person_in(n.title(), people) for n in named]     # ("ciaran martin or richard horne")
        held = re.sub(r"\bchaired\b", "was chair of", post, flags=re.IGNORECASE)
        if None in two or two[0] == two[1] or not (_LEADS.search(held) or _ROLE.search(held)):
            return None
        role = _role_asked(held)
        begun: dict[str, tuple[FuzzyDate, Entry]] = {}
        for entry in self._entries_for(held):
            for person, when in began_in_post(entry, people, role).items():
                if person in two and (person not in begun or when.earliest() < begun[person][0].earliest()):
                    begun[person] = (when, entry)
        undated = [p for p in two if p not in begun]
        if undated:
            suggestions = list(dict.fromkeys(e for _, e in begun.values()))[:MAX_SUGGESTIONS]
            text = f"My sources don't say when {' or '.join(undated)} {post}, so I can't put them in order."
            if suggestions:
                text += " Did you mean: " + "; ".join(e.title for e in suggestions) + "?"
            return Answer(question, False, text, suggestions[0] if suggestions else None, 0.0, suggestions)
        first, then = sorted(two, key=lambda p: begun[p][0].earliest())
        if not begun[first][0].latest() < begun[then][0].earliest():
            return None     # both dated in the same month or year: which began first, the dates do not say
        text = (f"{first} {post} first: my sources date {first}'s start in the post {begun[first][0].display()}, and "
                f"{then}'s {begun[then][0].display()}.")
        return self._answered_with(question, begun[first][1], 1.0, text, (begun[then][1],))

    def _last_named(self, post: str, dates: list[FuzzyDate]) -> LastNamed | None:
        """The last holder of ``post`` our sources name before ``dates``, bounded by the next (``last_named``)."""
        people, role = tuple(self.answerer.kb.lexicon.people), _role_asked(post)
        if _SUCCESSION.search(post) or _person_in(post.title(), people):
            return None     # "who succeeded Lindy Cameron as head of the NCSC in 2021": whom, not who held it then
        began: dict[str, tuple[FuzzyDate, Entry]] = {}
        ended: dict[str, FuzzyDate] = {}
        for entry in self._entries_for(post):
            for person, when in began_in_post(entry, people, role).items():
                # (on the same date, the entry about the person: not the one that names them beside their successor)
                if (person not in began or when.earliest() < began[person][0].earliest()
                        or (when == began[person][0] and person.split()[-1] in entry.title
                            and person.split()[-1] not in began[person][1].title)):
                    began[person] = (when, entry)
            for tenure in tenures(entry, people, role):
                ended[tenure.person] = tenure.end
        return last_named(began, ended, dates) if len(began) >= 2 else None

    def _answered_with(self, question: str, entry: Entry, score: float, line: str, also: tuple[Entry, ...] = ()) -> Answer:
        """``entry``'s answer, with the line read from more than it (who held the post then, who began first) said
        first, and each of ``also`` that is another entry (the event's own, the other holder's) shown after it."""
        answerer = self.answerer
        answer = answerer._answered(question, entry, score)
        answer.also = [other for other in also if other.id != entry.id]
        for other in answer.also:
            answer.text += "\n\n" + answerer._answer_text(other, answerer.freshness(other))
        answer.text, answer.order = f"{line}\n\n{answer.text}", line
        return answer

    def _holders(self, post: str) -> list[Tenure]:
        """The tenures in ``post`` given in full by the entries found for it (``_entries_for``)."""
        people, role = tuple(self.answerer.kb.lexicon.people), _role_asked(post)
        return [t for entry in self._entries_for(post) for t in tenures(entry, people, role)]

    def _entries_for(self, post: str) -> list[Entry]:
        """The entries found for ``post`` that speak of all it names (a body of ours: not "France's ANSSI")."""
        answerer = self.answerer
        index = answerer._current_index()
        role = _role_asked(post)
        body = _LEADS.sub(" ", post) if role is None else post
        asking = f"who was the head of {body}" if role is None else f"who was {post}"
        terms, unknown = index.query_terms(body)
        result = index.search(asking, limit=HOLDER_DEPTH)
        if result.best is None or unknown or not terms:
            return []     # "in charge at ANSSI": a body no entry speaks of
        return [m.entry for m in result.matches if not m.entry.unknown and index.covers_all(m.entry, terms)
                and answerer.gate.check(body, m.entry).ok]
