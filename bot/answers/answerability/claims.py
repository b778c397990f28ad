"""What a yes/no question put as a claim holds: who held a post, who did it, what was done by whom.

"geoff connell chairs the local cio council yeah" is held to what it claims, not only to its topic.
These readings make the ``post``, ``deed-of`` and ``done-by`` constraints; they depend on the
knowledge base's people and bodies, so they are a part of the ``Answerability`` object.
"""

from __future__ import annotations

import re

from bot.answers.answerability.constraint import Constraint
from bot.answers.answerability.patterns import (
    PAST_OF,
    _PAY_ASKED,
    _DOES_IT,
    _NEGATED,
    _STILL_ASKED,
    _AGENT_VERBS,
    _BEGAN,
    _BEGAN_PARTICLES,
    _BEGAN_SAID,
    _CLEFT,
    _DONE_AT,
    _DONE_BY,
    _FINITE,
    _MULTIPLE,
    _GENERIC_DETAILS,
    _IRREGULAR_PAST,
    _LEADING,
    _MONEY_WORDS,
    _MONTHS,
    _MONTHS_DAYS,
    _NAME_CLAIMED,
    _NOT_BODY,
    _ORDINAL_CLAIMED,
    _POLAR_START,
    _PRONOUNS,
    _ROLE_MODIFIERS,
    _ROLE_VERBS,
    _ROLES,
    _ROLE_WORDS,
    _ROLES_SPELLED,
    _TAG,
    _WH_ASKED,
    _YEAR,
    CLAIM_NAME_ZIPF,
    CLEFT_NAME_ZIPF,
)
from bot.answers.answerability.wording import _BELIEF_TOLD, _CONSEQUENCE, _claim, _figure, _gaps_claimed, _past, edition_years
from bot.answers.lexicon import english_zipf
from bot.core import regexes

# Who a claim says did a deed, where the claim (or a line it quotes) opens: "bt built ...", "chancellor george
# osborne launched ...", "our release says 'sajid javid launched ...'" (a deed in the past, said of its doer).
_AGENT_OPENS = regexes.compile(r"(?:^|[:'\"\u2018\u201c]\s*|\bsays?\s+(?:that\s+)?)((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
                          r"(?:(?:also|actually|first|originally|personally|officially|formally)\s+)?"
                          r"(?:[a-z]{3,}ed|built|ran|runs|set up|wrote|gave|led|founded|made|won|paid|chose|took)\b")
# Who reports a claim, and where its own words begin: "draft says ...", "my colleague reckons that ...", "press
# release line: ...", "our briefing has it ...": the one who says it did not do its deed.
_REPORTED_BY = regexes.compile(r"^.*(?:\b(?:says?|said|reckons?|claims?|states?|thinks?|believes?|writes?|wrote|has\s+it|"
                               r"puts\s+it)\s+(?:that\s+)?|:\s*|(?:^|\s)['\"\u2018\u201c]\s*)")
_DEED_ADVERBS = frozenset("also actually first originally personally officially formally".split())
_PAYING = frozenset("pay pays paid paying charge charged".split())   # the deed of paying, asked as a price
_RELATIVE = frozenset("who whom whose which that what".split())
# "... in 2016", "during may 2018": the year a deed is said to have been done in.
_DEED_DATED = regexes.compile(r"\b(?:in|during)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b")
# "when did the queen open ...": the deed a when-question asks the date of, put as a claim.
_WHEN_DID = regexes.compile(r"\bwhen\s+did\s+(.+)")
# Where one clause of a sentence ends and the next begins: "£600m for the NCSC and the remaining £1.3bn for ...",
# "..., delivered through two programmes: Cyber Support and Cyber Assessment".
_CLAUSE_BREAK = regexes.compile(r"\s*[,;:]\s+(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+|\s+[-\u2013\u2014]+\s+")
# A clause that opens on a pronoun tells of its own deed ("..., and it almost doubled the funding of ..."); a
# sentence that does goes on about what the one before it named ("It had over 2,000 delegates").
# A season that dates a thing: "spring 2021", "the autumn statement", "summer of 2018" (not "spring clean").
_SEASON_DATED = regexes.compile(r"\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:(?:19|20)\d\d\b|budget|statement|"
                                r"spending\s+review|conference|stocktake|survey)")
# A question word anywhere: "remind me how the £1.9bn got split", "whose questions led socitm to ...".
_ASKS_ANYWHERE = regexes.compile(r"\b(?:what|whats|what's|when|where|who|whos|who's|whose|whom|which|how|why)\b")
# A clause that speaks of the sum before it: "split it into £600m ...".
_POINTS_BACK = regexes.compile(r"\b(?:it|its|them)\b")
# The edition a claim names by its year, written against its name: "the 2016 strategy", "the 2016-21 national cyber
# security strategy", "strategy 2022" (not "in november 2015, before the strategy itself came out").
_EDITION_CLAIMED = regexes.compile(
    r"\b((?:19|20)\d\d)(?:\s*[-\u2013/]\s*(?:19|20)?\d\d)?(?:'s)?\s+(?:(?:national|cyber|security|uk|government|annual)\s+){0,3}"
    r"(?:strateg(?:y|ies)|strat|reviews?|summits?|conferences?|programmes?)\b"
    r"|\b(?:strateg(?:y|ies)|reviews?|summits?|conferences?)\s+((?:19|20)\d\d)\b")
# The asker's own doings ("we got £1.5m in 2018/19 - ..."): the scene, not a statement about our sources to check.
_ASKERS_SCENE = regexes.compile(r"^\W*(?:i|i'm|im|i've|ive|we|we're|we've|my|our|me|us)\b")
# A question about someone taking up or leaving a post, up to the one asked of: "when did ...", "why was ...", "what
# year did ...", "how long was ...".
_ASKS_OF_A_POST = regexes.compile(r"\b(?:when|why|how(?:\s+long)?|what\s+(?:year|date|month|day)|which\s+(?:year|month|day))\b"
                                  r"(?:\s+[\w'-]+){0,3}?\s+(?:did|does|do|has|had|was|were|is|will)\s+(?:[\w'-]+\s+){0,2}?")
# The date a claim gives a deed, after it: "in october 2016", "on 10 august 2018", "in 2014".
_DATE_CLAIMED = regexes.compile(r"\b(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                                r"(?:(" + "|".join(_MONTHS) + r")\s+)?((?:19|20)\d\d)\b(?![-/\u2013]\d)")
# A statement of which of two things came first: "X came in after Y", "X was launched before Y", "X predates Y", in
# words for a thing coming about ("looked after by CISA" is no order); not before a year or a month ("launched after
# 2016" is ``after``'s), nor a pronoun ("came out after it", "before I send this").
_SEQUENCE_CLAIMED = regexes.compile(
    r"^(?:the\s+)?((?:[\w'-]+\s+){0,6}?[\w'-]+)\s+(?:(?:(?:came|come|was|were|got|went)\s+(?:(?:out|in|along|about|live|"
    r"first|into\s+force)\s+)?|(?:launched|published|introduced|announced|opened|started|founded|created|released|established|formed|"
    r"unveiled|appeared|happened|arrived|set\s+up|began|begun)\s+)(before|after|earlier\s+than|later\s+than|prior\s+to)|"
    r"(predates|predated|postdates|postdated))\s+(?!(?:19|20)\d\d\b|(?:" + "|".join(_MONTHS) + r")\b|"
    r"(?:it|that|this|then|now|today|them|they|he|she|i|we|you|us|me)\b)(?:the\s+)?(.+)$")
# Where the naming of a thing ends and what is said of it begins: "the ncsc was set up", "the strategy launched".
_THING_ENDS = regexes.compile(r"\s+(?:was|were|is|are|had|has|came|got|went|opened|launched|started|began|set\s+up|"
                              r"published|introduced|announced|founded|created)\b|\s*[,;:\u2013\u2014-]+(?:\s|$)")
# A question asking when someone did a thing, up to the one asked of: "when did ...", "what year was ...".
_ASKS_WHEN = regexes.compile(r"\b(?:when|what\s+(?:year|date|month|day)|which\s+(?:year|month|day)|how\s+long\s+ago)\s+"
                             r"(?:did|was|were|has|had)\s+(?:[\w'-]+\s+){0,2}?")
# Taking up a post, or leaving it, and the word before the post: "take over as", "was appointed", "step down as".
_POST_TAKEN_OR_LEFT = regexes.compile(
    r"(?:t[ao]ke[ns]?\s+over\s+as|took\s+over\s+as|succeed(?:ed|s)?\s+as|start(?:ed)?\s+as|join(?:ed)?\s+as|"
    r"(?:get\s+|got\s+|be\s+|been\s+)?(?:appointed|made|named|elected|promoted)(?:\s+(?:as|to))?|"
    r"(?:step|stepped|stand|stood)\s+down\s+(?:as|from)|resign(?:ed)?\s+(?:as|from)|quit\s+as|"
    r"(?:leave|left|retire|retired)\s+as|stop\s+being|serve\s+as|served\s+as|"
    r"t[ao]ke\s+up\s+the\s+(?:post|role|job)\s+of)")
# Where a claim goes on to a deed of its own: "..., and was officially opened ...", "... but published ...".
_NEXT_DEED = regexes.compile(r"(?:\s*[,;]\s*|\s+)(?:and|but|then|while|before|after)\s+(?:(?:it|he|she|they|then|later)\s+)?"
                             r"(?:(?:also|only|officially|formally|first)\s+)?(?:was|were|is|are|has|had|got|[a-z]{3,}ed)\b")
# A month and year said straight after a deed: "started work oct 2016", "launched 14 november 2016".
_MONTH_DATED = regexes.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b(?![-/\u2013]\d)")
_OPENS_ON_PRONOUN = regexes.compile(r"^\W*(?:it|its|they|their|he|his|she|her|this|these)\b", re.IGNORECASE)
# A claim that a thing costs the asker money: "Exercise in a Box costs a few grand per session", "there's a £500 annual
# fee", "you have to pay for Early Warning", "PDNS isn't free" (not "costs nothing", "at no cost", "free of charge").
_COSTS_SAID = regexes.compile(
    # (asked, not said: "Cost: ?", "cost - ____" in a tracker's row)
    r"\b(?:costs?|costing|priced)\b(?!\s+(?:nothing|nowt|zero|zilch|(?:us\s+|councils\s+|you\s+)?nothing)\b)"
    r"(?!\s*[:=\u2013-]?\s*(?:\?|_{2,}|tb[cd]\b))"
    # (a charge made, not one taken: "took charge of the NCSC", "in charge of")
    r"|(?<!\bin\s)(?<!\btook\s)(?<!\btake\s)(?<!\btakes\s)(?<!\btaken\s)(?<!\btaking\s)\b(?:charges?|charged|charging)\b(?!\s+of\b)"
    r"|\b(?:a|an|the|its|annual|yearly|monthly|licen[cs]e|subscription)\s+(?:fee|fees|charge|price|subscription)\b"
    r"|\b(?:have|has|had|need|needs)\s+to\s+pay\b|\bpay(?:ing)?\s+(?:for|to\s+use)\b|\bpaid(?:[\s-]+for|\s+(?:[\w-]+\s+)?(?:service|tool|add-on|addon|extra|option|product|offer|subscription))\b"
    r"|\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|no\s+longer|not)\s+free\b")
# A clause that asks whether, not says: "is PDNS something we pay for", "dear cyberbot, do we have to pay for ACD".
_ASKS_WHETHER = regexes.compile(r"(?:^|[,;:.!?\u2013-]\s*)\W*(?:is|was|are|were|isn'?t|wasn'?t|did|does|do|has|have|had|can|could|"
                                r"must|will|would|should|shall)\b")
_COSTS_NOTHING = regexes.compile(r"\b(?:no\s+(?:cost|charge|fee)|free\s+of\s+charge|without\s+charge|cost[- ]free|"
                                 r"(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|won't|will\s+not)\s+(?:cost|charge))\b")
# A name one of our entries is titled by and writes ("Mail Check", "Web Check", "Exercise in a Box"): a thing of ours.
_TITLE_NAME = regexes.compile(r"^([A-Z][\w-]*(?:\s+(?:(?:in|a|an|of|the|and|for|to)\s+)*[A-Z][\w-]*)+)(?:\s*\([^)]*\))?$")
from bot.core.text import is_stopword, surface_words
from bot.core.text import stem

# Deeds that open or make a thing, which only the one who did them did: "open", "launched", "unveil", "established".
_OPENS_A_THING = regexes.compile(r"^(?:open|launch|unveil|establish)")
_ASKS_WHO_DOES = regexes.compile(r"\b(?:who|what|which|whom|whose)\b")


class Claims:
    """Reading a yes/no claim's constraints (a part of ``Answerability``)."""

    def _claimed(self, text: str, question: str, found: list[Constraint]) -> list[Constraint]:
        """What a yes/no question put as a claim asserts: who held a post ("did john suffolk chair the
        local cio council", "hopkirk was socitm president"), what a person did when the claim is a
        statement ("francis maude launched cyber essentials, didn't he?"), who did something
        ("administered by socitm") and the unseen names it puts where who or where goes ("by the nsa",
        "at villa park"). Each is something the entry must say, not merely be near."""
        claim = _claim(text)
        if claim is None:
            # "when did the queen open the ncsc back in 2016?": the year is when she did it, as in "did the queen
            # open the ncsc in 2016?", not when the NCSC opened (an entry dating her deed otherwise answers no when).
            when = _WHEN_DID.search(text)
            if when and _DEED_DATED.search(when.group(1)):
                return [c for c in self._agent_deeds("did " + when.group(1), question) if c.kind == "agent-year"]
            return self._post_presupposed(text, question) + self._deed_dated(text, question) + self._done_to(text, question)
        # "BT built the public sector PDNS", "Theresa May launched the 2016 strategy", "'Sajid Javid launched the
        # strategy' ok?": whoever a claim says did it is someone the entry names, though no entry names them
        # (the plainest reason, so said first).
        named = {c.value for c in found if c.kind in ("name", "place")}
        out: list[Constraint] = [Constraint("name", word) for word in self._unheard_agents(claim, question)
                                 if word not in named]
        words = surface_words(claim)
        people = [p for p in self.lexicon.people if p.split()[-1].lower() in words]
        if people:
            out += self._posts(claim, question, people)
            out += self._whereabouts(claim, question, people)
            # "was richard horne the ncsc's first ceo": the first is the one the entry calls first, beside them.
            for m in re.finditer(rf"\b({_surnames_alternation(people)})\s+(?:(?:is|was|were|became)\s+)?"
                                 rf"(?:the\s+|its\s+)?(?:[\w-]+'s\s+)?(?:very\s+)?({'|'.join(_ORDINAL_CLAIMED)})\b", claim):
                person = self.lexicon.person_for(m.group(1)) or self._shown(question, m.group(1), "person")
                out.append(Constraint("first-of", f"{m.group(1)}|{person}"))
            # "francis maude launched cyber essentials, didn't he?" asks "did francis maude launch it?"
            surnames = _surnames_alternation(people)
            deed = re.search(rf"\b({surnames})\s+(?:(?:also|actually|first|originally|personally|officially)\s+)?"
                             rf"([a-z]+)\b", claim)
            verb = deed.group(2) if deed else ""
            # "connell worked for norfolk": where someone worked is where the claim puts them (``_whereabouts``
            # and the place), not a deed the entry must name in the claim's own verb.
            past = (verb.endswith("ed") or verb in _IRREGULAR_PAST.values()) and verb != "worked"
            if past and not _POLAR_START.search(claim):
                out += [c for c in self._details("did " + claim, question) if c.kind in ("deed", "about", "began")]
            # ...and the entry must say that they did it: "Francis Maude announced CiSP", not an
            # entry on the NCSC's opening that names Lindy Cameron as a later chief executive.
            if (past or re.match(r"(?:did|does|has|had)\b", claim)) and len(verb) > 2 and not is_stopword(verb) \
                    and verb not in ("work", "worked", "works") \
                    and verb not in _GENERIC_DETAILS and verb not in _ROLE_VERBS and verb not in _BEGAN \
                    and verb not in _BEGAN_PARTICLES:
                person = self.lexicon.person_for(deed.group(1)) or self._shown(question, deed.group(1), "person")
                out.append(Constraint("deed-of", f"{deed.group(1)}|{verb}|{person} {_past(verb)}"))
                # "did lidington launch cyber essentials?": a thing opened or launched is the one the entry tells them
                # launching, not another thing they launched (Exercise in a Box).
                if _OPENS_A_THING.match(verb):
                    out += self._done_to_asked(claim, deed.end(), verb, question)
                # "ian levy wrote the cyberuk blog in 2016": the year is the deed's, not another in the entry
                # ("... in October 2016, and wrote the blog post ... (March 2017)").
                years = [c.value.partition("|")[0] for c in found if c.kind == "year"]
                # (A year that says when, "in 2016", not one that names the thing: "the 2016 strategy".)
                # ("did queen elizabeth open the ncsc in october 2016?" asks it of her deed as the statement does.)
                if len(years) == 1 and (past or claim.startswith("did ")) \
                        and re.search(rf"\b(?:in|during)\s+(?:[a-z]+\s+)?{years[0]}\b", claim):
                    out.append(Constraint("deed-year", f"{verb}|{years[0]}|{person} {_past(verb)} that in {years[0]}"))
        for match in _DONE_BY.finditer(claim):
            agent = []
            for word in match.group(2).split():
                if is_stopword(word) or _TAG.fullmatch(word):
                    break
                agent.append(word.removesuffix("'s"))
            if agent and any(self._known(w) or 0 < english_zipf(w) < CLAIM_NAME_ZIPF for w in agent):
                agent = [w for w in agent if self._known(w) or english_zipf(w) < CLAIM_NAME_ZIPF]
                shown = f"it was {match.group(0).split()[0]} {match.group(0).split()[1]} {self._shown(question, ' '.join(agent))}"
                # "is Protective DNS still run by Nominet?" asks whether it still is: an entry that names Nominet and
                # tells who does it now answers, whoever that is (``_STILL_ASKED``).
                still = "|now" if _STILL_ASKED.search(claim) else ""
                out.append(Constraint("done-by", f"{match.group(1)}|{' '.join(agent)}{still}|{shown}"))
        # "nominet runs pdns now yeah": said the active way round, who does it is whoever the claim puts first, as in
        # "pdns is run by nominet now" (present tense only: who built it then is another claim).
        active = _DOES_IT.match(claim)
        # ("dunno who runs the ncsc, anyone?": a question word before the verb asks who does it; it names no one.)
        if active and not _ASKS_WHO_DOES.search(active.group(1)) and not any(c.kind == "done-by" for c in out):
            agent = [w.removesuffix("'s") for w in active.group(1).split() if not is_stopword(w)]
            if agent and all(self._known(w) or 0 < english_zipf(w) < CLAIM_NAME_ZIPF for w in agent):
                shown = f"{self._shown(question, ' '.join(agent))} {active.group(2)} it"
                still = "|now" if _STILL_ASKED.search(claim) else ""
                out.append(Constraint("done-by", f"run|{' '.join(agent)}{still}|{shown}"))
        # (Not of a statement a question goes on from, "ncsc swallowed a load of older outfits didnt it - which
        # ones": its words describe what is asked for, loosely, and the answer names them.)
        if not _WH_ASKED.search(text):
            out += self._agent_deeds(claim, question)
        # "the queen opened the ncsc in october 2016, right?": the date is the one the entry gives that deed, by that
        # doer (not the October 2016 it gives the NCSC's own opening, nor the 10 August 2018 it gives a deadline).
        if not _POLAR_START.search(claim):
            out += self._deed_date_claimed(claim, question)
            out += self._sequence_claimed(claim, question)
        # "the 2016 plan roughly doubled the money compared with the first strategy, right?": the entry says it doubled.
        out += [Constraint("multiple", f"{said}|it {said}") for said, form in _MULTIPLE.items() if form.search(claim)]
        # "exercise in a box was launched at socitm's annual conference": where it was done is where the entry
        # says it was, in the sentence that tells the deed ("launched Exercise in a Box at CYBERUK 2019").
        for match in _DONE_AT.finditer(claim):
            where, done = [], match.group(1) or match.group(3)
            for word in (match.group(2) or match.group(4)).split():
                word = word.removesuffix("'s")
                if is_stopword(word) or _TAG.fullmatch(word) or word in ("in", "on", "by", "when", "back"):
                    break
                if not word[0].isdigit():
                    where.append(word)
            if match.group(3):      # (an occasion is its words we know, up to one we do not: "autumn statement speech")
                where = where[:next((i for i, w in enumerate(where) if not self._known(w)), len(where))]
            if where and all(self._known(w) for w in where):
                shown = f"it was {done} at {self._shown(question, ' '.join(where), 'words')}"
                out.append(Constraint("done-at", f"{done}|{' '.join(where)}|{shown}"))
        # "The NCSC is the regulator that enforces the CAF, correct?": what a statement says a thing is,
        # which an entry saying "the NCSC itself has no regulatory responsibilities" denies.
        # "logging made easy is basically a SIEM": the thing may take a few words to name, and the statement may say
        # what it is loosely ("basically", "just", "in effect"), which the entry denies as plainly.
        said_is = None if _POLAR_START.search(claim) else re.match(
            r"(?:the\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:is|was|are|were)\s+(?:(?:basically|essentially|just|really|actually|"
            r"effectively|in\s+effect|pretty\s+much|more\s+or\s+less|kind\s+of|sort\s+of)\s+)?"
            r"(?:the|a|an|our|its|their)\s+([\w-]+)(?!['\w-])", claim)
        if said_is and not is_stopword(said_is.group(2)) and self._known(said_is.group(2)) \
                and all(self._known(w) or is_stopword(w) for w in said_is.group(1).split()):
            out.append(Constraint("denied", f"{said_is.group(1)}|{said_is.group(2)}"))
        # "socitm used to be the Society of Local Authority Chief Executives didnt it": a name the claim gives
        # a thing is a name the entry writes.
        named_as = _NAME_CLAIMED.search(claim)
        if named_as and sum(not is_stopword(w) for w in named_as.group(1).split()) >= 2:
            name = " ".join(named_as.group(1).split())
            # (as a name is written: "Cyber Intelligence Sharing Platform")
            out.append(Constraint("name-given", f"{name}|{self._shown(question, name)}"))
        # "2016 strat was £2.6bn yeah?": a claim binds its sum to its year, and the entry must say them together.
        years = [c.value.partition("|")[0] for c in found if c.kind == "year"]
        if len(years) == 1:
            # A year that names the thing ("CYBERUK 2017 had over 2,000 delegates") covers all the entry tells of
            # it; one that dates a deed ("announced on 1 nov 2016") holds the figure to that sentence.
            dated = re.search(rf"\b(?:in|on|by|during|since|from|until|till|of|before|after)\s+(?:[\w'-]+\s+){{0,2}}?"
                              rf"{years[0]}\b", claim)
            out += [Constraint("figure-year", f"{c.value}|{years[0]}|{'' if dated else 'named'}")
                    for c in found if c.kind == "figure"]
            # "all public sector organisations must be resilient ... by 2025": the year is the one the entry
            # gives what the claim says, not another of its targets (critical functions by 2025).
            said = [self._canonical(w) for w in surface_words(claim)
                    if not is_stopword(w) and not w[0].isdigit() and self._known(w)]
            # (A year that says when, "by 2025", "in 2016", not one that names the thing: "the 2016 strategy".)
            if said and re.search(rf"\b(?:by|in|until|till|from|since|during|than)\s+(?:[a-z]+\s+)?{years[0]}\b", claim):
                # ...and a body named by its initials as typed ("the NCSC was set up in 2014, right?") is what the
                # year is claimed of: an entry that never names it dates something else (Cyber Essentials' launch).
                named = [w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", question) if self._canonical(w.lower()) in said]
                out.append(Constraint("year-of", f"{years[0]}|{' '.join(dict.fromkeys(said))}|{' '.join(dict.fromkeys(named))}"))
        # An unseen word where who or where goes: "by the nsa", "at villa park", "dcms is responsible",
        # "did theresa may announce it".
        # ...and "in" ("the 2017 conference was in solihull?", "was there a summit in swindon in 2017")
        slots = [w for m in re.finditer(r"\b(?:at|by|in)\s+(?:the\s+)?([\w'-]+)(?:\s+([\w'-]+))?", claim)
                 for w in m.groups() if w]
        slots += re.findall(r"([\w'-]+)\s+(?:is|was|are|were)\b", claim)
        slots += re.findall(r"^(?:did|does|is|was|has|had)\s+(?:the\s+)?([\w'-]+)", claim)
        # "did george osborne launch it": a first name and a surname, neither a word of ours, stand there together.
        slots += [m.group(2) for m in re.finditer(r"^(?:did|does|is|was|has|had)\s+([\w'-]+)\s+([\w'-]+)", claim)
                  if self._known(m.group(1)) is None and self._known(m.group(2)) is None and not is_stopword(m.group(1))]
        named = {c.value for c in found if c.kind in ("name", "place")}
        for word in dict.fromkeys(w.removesuffix("'s") for w in slots):
            if (len(word) > 2 and not word[0].isdigit() and not is_stopword(word) and word not in named
                    and self._known(word) is None and 0 < english_zipf(word) < CLAIM_NAME_ZIPF
                    and not self.lexicon.places_in(word) and not _TAG.fullmatch(word)):
                out.append(Constraint("name", word))
        # "was it michael gove who opened the ncsc?", "it was connell who called it seed money": whoever
        # the claim says did it, known to us or not, is someone the entry names.
        cleft = _CLEFT.search(claim)
        if cleft:
            for word in surface_words(cleft.group(1) or cleft.group(2)):
                if (len(word) > 1 and not word[0].isdigit() and not is_stopword(word) and not word.endswith("ly")
                        and word not in named and word not in self.lexicon.filler
                        and english_zipf(word) < CLEFT_NAME_ZIPF and not self.lexicon.places_in(word)):
                    out.append(Constraint("name", word))
        # "the queen opened the ncsc in feb 2017, a year after it started work, right?": the time it puts between
        # two deeds is the entry's to say (or to date both deeds that far apart), not a detail to pass over.
        out += [Constraint("gap", f"{count}|{unit}|it was {said}") for count, unit, said in _gaps_claimed(claim)]
        # "someone said Exercise in a Box costs a few grand per session, is that right?": a claim that it costs
        # money, which an entry saying it is free contradicts. (Asked, "do we have to pay for ACD?", "is PDNS a paid
        # service?", it is answered either way.)
        if _COSTS_SAID.search(claim) and not _COSTS_NOTHING.search(claim) and not _ASKS_WHETHER.search(claim):
            out.append(Constraint("costs"))
        # "colleague reckons if we report to Action Fraud the ICO gets told automatically, right?": what the claim says
        # is done, an entry that says it is not done ("does not automatically notify") contradicts.
        # (Where the belief came from asks nothing: "..., that's what we were told".)
        # (nor what the asker draws from it: "..., which is why we have to do the CAF")
        if not _ASKS_WHETHER.search(claim) and not _ASKS_ANYWHERE.search(_CONSEQUENCE.split(_BELIEF_TOLD.sub("", text))[0]):
            negated = {stem(PAST_OF.get(w, w)) for m in _NEGATED.finditer(claim) for w in surface_words(m.group(0))}
            # (what the claim itself calls "non-technical" it does not say is technical)
            negated |= {stem(w) for w in re.findall(r"\bnon-([a-z]{3,})", claim)}
            said = sorted({stem(PAST_OF.get(w, w)) for w in surface_words(claim) if len(w) > 3 and not is_stopword(w) and not w[0].isdigit()
                           and w not in self.names and self._known(w)} - negated)
            if said:
                out.append(Constraint("negated", " ".join(said)))
        # "Ciaran Martin told the PAC that Mail Check had fixed nearly 4,000 vulnerabilities, right?": a thing of ours
        # the claim names (a service, a tool, a body an entry is titled by) is one the entry must name; the entry on
        # what Web Check fixed is not about Mail Check.
        out += [Constraint("titled", name) for name in self._titled_names_in(claim)
                if not any(c.kind == "name" and c.value == name for c in found)]
        return [c for c in dict.fromkeys(out) if c not in found]

    def _titled_names_in(self, claim: str) -> list[str]:
        """The names of ours ``claim`` writes that entries are titled by: "mail check", "exercise in a box" (not a
        person's, nor one with a short name of ours, "protective dns", held as "pdns")."""
        names = self.__dict__.get("_titled_names")
        if names is None:      # (made once, on first use)
            answers = " ".join(e.answer for e in self.kb.entries)
            surnames = {p.split()[-1].lower() for p in self.lexicon.people}
            aliased = {form for forms in self.lexicon.aliases.values() for form in forms}
            found = set()
            for entry in self.kb.entries:
                m = _TITLE_NAME.match(entry.title)
                name = m.group(1) if m else ""
                # (written as a name in some entry's answer, not only a title: "History of the Local CIO Council")
                if (m and not any(ch.isdigit() for ch in name) and name.split()[-1].lower() not in surnames
                        and name.lower() not in aliased and not self.lexicon.places_in(name.lower())
                        and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", answers)):
                    found.add(name.lower())
            pattern = "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
            names = self.__dict__["_titled_names"] = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") if found else None
        return list(dict.fromkeys(m.group(0) for m in names.finditer(claim))) if names else []

    @staticmethod
    def _seasons(text: str) -> list[Constraint]:
        """The season a question dates a thing by: "the £37.8m ... announced in the spring 2021 budget", "the stocktake
        ran in spring 2018". A real event moved to its neighbour ("the Autumn 2021 Budget", "summer 2018"): an entry
        that dates things by another season, and never by this one, does not answer it."""
        return [Constraint("season", m.group(1)) for m in _SEASON_DATED.finditer(text)]

    def _figures_bound(self, text: str, question: str, found: list[Constraint]) -> list[Constraint]:
        """What a claim or a statement puts each sum with: "£19.9m came with the GCSS", "£600m was for strategy
        delivery and £1.3bn for the NCSC?", "the £860m programme backed the 2016 strategy". Writers cross-wire two
        real facts, and an entry that gives the sum for one thing, and another sum for the thing the claim names,
        does not bear the claim out (``_cross_wired``). As "sum|things|editions|the claim's clause"."""
        figures = {c.value for c in found if c.kind == "figure"}
        if not figures:
            return []
        # (Not a question that only names the sum, "how did the £1.9bn get split? an NCSC chunk and ...": it asks.)
        if _ASKS_ANYWHERE.search(text):
            return []
        claim = _claim(text)
        if claim is None and _FINITE.search(text) and not _ASKERS_SCENE.match(text):
            claim = text.strip(" ,?!.")     # "£19.9m came with the GCSS": a statement typed to be checked
        if claim is None:
            return []
        out = []
        for held, words, clause in self._sum_clauses(claim):
            things = [self._canonical(w) for w in words if not w[0].isdigit() and not is_stopword(w)
                      and not _TAG.fullmatch(w) and w not in _MONEY_WORDS and w not in _GENERIC_DETAILS and w not in _MONTHS_DAYS
                      and (w in self._thing_words or w in self.names or self.lexicon.aliases.get(w)) and self._known(w)]
            editions = " ".join(sorted({m.group(1) or m.group(2) for m in _EDITION_CLAIMED.finditer(clause)}))
            for figure in sorted(held & figures):
                out.append(Constraint("figure-with", f"{figure}|{' '.join(dict.fromkeys(things))}|{editions}|"
                                                     f"{clause.replace('|', ' ')}"))
        return out

    @staticmethod
    def _sum_clauses(text: str) -> list[tuple[frozenset[str], list[str], str]]:
        """``text``'s clauses that give a sum of money ("£600m", "1.9 billion"), each as (its sums, its words, as
        written). A clause with no sum belongs to the one before it ("..., administered by the LGA"), unless it
        opens on a pronoun and tells of a deed of its own ("..., and it almost doubled ...")."""
        clauses: list[list] = []
        for part in _CLAUSE_BREAK.split(text):
            words = surface_words(part.lower().replace("\u2019", "'"))
            held = {f for i, w in enumerate(words) if (f := _figure(w)) and not _YEAR.fullmatch(f)
                    and words[i + 1:i + 2] and words[i + 1] in _MONEY_WORDS}
            if held and clauses and _POINTS_BACK.search(part):
                held |= clauses[-1][0]      # "..., and the summit split it into £600m ...": it is the sum before
            if held or not clauses or _OPENS_ON_PRONOUN.match(part):
                clauses.append([held, words, part])
            else:
                clauses[-1][1] = clauses[-1][1] + words
                clauses[-1][2] += " " + part
        # (A clause that gives no sum, at the start, goes with the next: "the ncsc got the £1.3bn ...")
        return [(frozenset(held), words, part.strip(" ,?!.-")) for held, words, part in clauses if held]

    def _figure_with(self, c: Constraint, entry) -> bool:
        """Is the sum not cross-wired in ``entry``: no thing the claim's clause names that the entry puts only with
        another sum ("£19.9m came with the GCSS": "the GCSS ... £37.8m"), and, where the claim names an edition
        ("the 2016 strategy"), no clause giving the sum only for another ("that 2011 strategy ... £860m")?"""
        figure, things, editions, _ = c.value.split("|")
        clauses = self._entry_sum_clauses(entry)
        giving = [(terms, named) for held, terms, named in clauses if figure in held]
        if not giving:
            return True     # the entry does not give the sum: the ``figure`` constraint says so
        others = [terms for held, terms, _ in clauses if held - {figure}]
        for thing in things.split():
            if any(self._spoken(thing, terms) for terms in others) and not any(self._spoken(thing, terms)
                                                                              for terms, _ in giving):
                return False
        claimed = {int(y) for y in editions.split()}
        named = [named for _, named in giving if named]
        return not claimed or not named or any(claimed & editions for editions in named)

    def _spoken(self, term: str, terms: frozenset[str]) -> bool:
        """Is ``term`` among ``terms``, itself or spelt out ("gcss": "government cyber security strategy")?"""
        return term in terms or any(all(self._canonical(w) in terms for w in surface_words(full))
                                    for full in self.lexicon.aliases.get(term, ()))

    def _entry_sum_clauses(self, entry) -> list[tuple[frozenset[str], frozenset[str], frozenset[int]]]:
        """Each clause of ``entry``'s answer that gives a sum, as (sums, terms, editions named); a sentence that
        opens on a pronoun carries the words of the one before it ("It had ...")."""
        cache = self.__dict__.setdefault("_sum_clauses_of", {})
        if entry.id not in cache:
            found, before = [], ""
            for sentence in self._facts[entry.id].answer_told if entry.id in self._facts else ():
                carried = before if _OPENS_ON_PRONOUN.match(sentence) else ""
                for held, words, clause in self._sum_clauses(sentence):
                    found.append((held, frozenset(self._canonical(w) for w in words + surface_words(carried.lower())),
                                  frozenset(edition_years(f"{clause} {carried}"))))
                before = sentence
            cache[entry.id] = found
        return cache[entry.id]

    def _unheard_agents(self, claim: str, question: str) -> list[str]:
        """The words of who a claim says did a deed ("BT built ...", "Chancellor George Osborne launched ...",
        "the press release says 'Sajid Javid launched ...'") that no entry of ours ever writes: a name we hold
        nothing on, so an entry that never names them cannot bear the claim out. Only a word English knows
        as rare, or that the asker writes as a name (capitalised past the message's start), not a slip."""
        said = self._said_words()
        found = []
        for match in _AGENT_OPENS.finditer(claim):
            words = [w.removesuffix("'s") for w in surface_words(match.group(1))]
            # ("cab office minister who launched exercise in a box?" asks who did it, and says nobody did)
            if not words or any(w[0].isdigit() or self.lexicon.places_in(w) or w in _RELATIVE for w in words):
                continue
            run: list[str] = []     # "george osborne": names side by side are one person's
            for word in words + [""]:
                unheard = word and not (is_stopword(word) or word in said or self._canonical(word) in said
                                        or word in self.names or _TAG.fullmatch(word) or word in _MONTHS_DAYS)
                if unheard:
                    written = re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", question, re.I)
                    as_name = bool(written) and (written.group(0)[0].isupper() and written.start() > 0
                                                 or len(word) == 2 and written.group(0).isupper())
                    zipf = english_zipf(word)
                    unheard = as_name or 0 < zipf < CLAIM_NAME_ZIPF and len(word) > 1
                if unheard:
                    run.append(word)
                elif run:
                    found.append(" ".join(run))
                    run = []
        return list(dict.fromkeys(found))

    def _said_words(self) -> frozenset[str]:
        """Every word (and its search term) our entries write, in their titles, answers, phrasings and keywords."""
        if getattr(self, "_said_cache", None) is None:
            words = {w for e in self.kb.entries for text in (e.title, e.answer, *e.phrasings, *e.keywords)
                     for w in surface_words(text.lower())}
            words |= {part for name in self.lexicon.people for part in name.lower().split()}
            self._said_cache = frozenset(words | {self._canonical(w) for w in words})
        return self._said_cache

    def _agent_deeds(self, claim: str, question: str) -> list[Constraint]:
        """Who a claim says did what to what: "RAND Europe runs the LGA's self-assessment tool",
        "does the LGA run web check". The one named and the thing done must be in one sentence of
        the entry: "the stocktake ..., run by RAND Europe" says nothing of RAND and the tool."""
        polar = bool(re.match(r"(?:did|has|had)\b", claim))   # "does it scan": how things are, not a deed
        paying = bool(_PAY_ASKED.search(claim)) and "ransom" not in claim
        words = surface_words(claim)
        at = 1 if polar else 0
        while at < len(words) and words[at] in ("the", "that"):
            at += 1
        start = at
        # Who a claim opens with: a name our sources write, or a word of theirs English hardly knows ("socitm").
        while at < len(words) and (words[at].removesuffix("'s") in self.names or self.lexicon.places_in(words[at])
                                   or self.lexicon.aliases.get(words[at]) or words[at] in self._capitals
                                   or self._known(words[at]) and english_zipf(words[at]) < 1.5):
            at += 1
        if at == start and at + 1 < len(words) and self._known(words[at]) and not is_stopword(words[at]):
            at += 1     # "the queen opened the stocktake": one word of ours, then what it did
        # "CYBERUK 2017 charged ...": the year after a name says which one it is, and the deed comes after it.
        if at > start and at + 1 < len(words) and re.fullmatch(r"(?:19|20)\d\d", words[at]):
            at += 1
        agent = words[start:at]
        # "it came with £37.8m to help councils ...": a pronoun points back to what the claim is about and names
        # no one who did it ("IT", in capitals, is a department that may have).
        if agent and agent[0] in _PRONOUNS and re.search(rf"\b{agent[0]}\b", question.replace("\u2019", "'"), re.I) \
                and not re.search(rf"\b{agent[0].upper()}\b", question):
            return []
        if not agent or at >= len(words) or any(self.lexicon.person_for(w) for w in agent + words[at:at + 1]):
            return []    # a person's deeds are ``deed-of``'s ("did lindy cameron ...": a first name, then the surname)
        # "did the queen officially open it": the deed is the verb after the adverb.
        while at + 1 < len(words) and words[at] in _DEED_ADVERBS:
            at += 1
        verb = words[at]
        if not (verb in _AGENT_VERBS or verb in _IRREGULAR_PAST.values() or (verb.endswith("ed") and len(verb) > 4)
                or polar and not is_stopword(verb) and verb not in _GENERIC_DETAILS):
            return []
        if re.search(r"\b(?:what|which|who|whom|whose|when|where|how|why)\b", " ".join(words[at + 1:])):
            return []    # "socitm found what share of councils ...": a question in a statement's order
        done_to = []
        for word in words[at + 1:at + 8]:
            if word in ("in", "on", "at", "by", "for", "from", "since", "until", "when", "back") or _TAG.fullmatch(word):
                break
            word = word.removesuffix("'s")
            # "did council staff have to pay to attend cyberuk": paying is the price asked (``sum-of``), which "free to
            # attend" gives without the word "pay"; what it was paid for is still the entry's to speak of.
            if word in _PAYING and paying:
                continue
            if not is_stopword(word) and not word[0].isdigit() and word not in agent and self._known(word):
                done_to.append(word)
        if not done_to:
            return []
        # As the question put it: "RAND Europe runs the LGA's cyber self-assessment tool".
        said = re.search(r"(?<!\w)" + re.escape(agent[0]) + r"(?!\w).*?(?<!\w)" + re.escape(done_to[-1]) + r"(?!\w)",
                         question.replace("\u2019", "'"), re.I)
        shown = said.group(0) if said else f"{self._shown(question, ' '.join(agent))} {verb} {' '.join(done_to)}"
        if polar:
            # "did the queen launch web check?" may be answered "no, she opened the NCSC" only by an entry that
            # speaks of web check at all ("does the ncsc regulate councils?": "it has no regulatory role").
            found = [Constraint("about", f"{' '.join(done_to)}|{self._shown(question, ' '.join(done_to), 'words')}")]
            # "did the queen open the ncsc in 2016?": the year is when she did it, not when the NCSC opened.
            year = _DEED_DATED.search(" ".join(words[at + 1:]))
            if claim.startswith("did") and year:
                shown = (f"{self._shown(question, ' '.join(agent))} {_past(verb)} "
                         f"{self._shown(question, ' '.join(done_to), 'words')} in {year.group(1)}")
                found.append(Constraint("agent-year", f"{' '.join(agent)}|{verb}|{year.group(1)}|{shown}"))
            return found
        return [Constraint("agent-of", f"{' '.join(agent)}|{' '.join(done_to)}|{shown}")]

    def _people_in(self, text: str) -> list[str]:
        """The people of ours whose surname ``text`` writes."""
        return [p for p in self.lexicon.people if p.split()[-1].lower() in surface_words(text)]

    def _post_presupposed(self, text: str, question: str) -> list[Constraint]:
        """The post a question about taking it up or leaving it takes for granted someone held: "when did ian levy
        take over as ncsc chief executive", "why did connell step down as chair of the local cio council", "when
        was hopkirk appointed socitm president" ask of what the entry must say first, that they held it, as "did
        ian levy become ncsc chief executive?" does. ("When did X become ..." is ``began``'s, post and all.)"""
        people = self._people_in(text)
        if not people:
            return []
        surnames = _surnames_alternation(people)
        took = re.search(rf"{_ASKS_OF_A_POST.pattern}({surnames})\s+(?:(?:first|officially|formally|actually|finally)\s+)?"
                         rf"{_POST_TAKEN_OR_LEFT.pattern}\s+(?:the\s+)?(.+)", text)
        if took is None:
            return []
        claim = f"{took.group(1)} became {took.group(2)}"
        found = self._posts(claim, question, people)
        said = self._post_claimed(claim, people)
        return found + ([said] if said and not found else [])

    def _deed_dated(self, text: str, question: str) -> list[Constraint]:
        """When one of our people did a thing ("when did john suffolk ask socitm to set up the local government cio
        council", "what year was hopkirk made head of research"): the entry must date something it tells of them,
        not only something else ("Until May 2018 the council was known as ..."), or its date is no answer."""
        people = self._people_in(text)
        if not people:
            return []
        surnames = _surnames_alternation(people)
        asked = re.search(rf"{_ASKS_WHEN.pattern}({surnames})\s+(?:(?:first|officially|formally|actually|finally)\s+)?"
                          rf"([a-z]+)\b", text)
        if asked is None or is_stopword(asked.group(2)):
            return []
        surname, verb = asked.groups()
        person = self.lexicon.person_for(surname) or self._shown(question, surname, "person")
        # As the question put it: "when John Suffolk asked Socitm to set up the Local Government CIO Council".
        # (...where the question asks it, its last naming: "Lindy Cameron came up. When did Lindy Cameron open it?")
        rest = ([None] + list(re.finditer(rf"\b{re.escape(surname)}\s+(?:\w+ly\s+)?[\w'-]+\s+([^?.!]*)",
                                          question.replace("\u2019", "'"), re.I)))[-1]
        words = rest.group(1).split()[:10] if rest else []
        shown = " ".join([f"when {person} {_past(verb)}", *words]).strip(" ,;:-")
        found = [Constraint("deed-dated", f"{surname}|{shown}")]
        # "When did Lindy Cameron open the NCSC?": a deed that opens a thing is one the entry must tell them doing, as
        # "did Lindy Cameron open the NCSC?" is; the entry that names her as a later chief executive dates only that.
        if _OPENS_A_THING.match(verb):
            said = " ".join([f"that {person} {_past(verb)}", *words]).strip(" ,;:-")
            found.append(Constraint("deed-of", f"{surname}|{verb}|{said}"))
        return found

    def _deed_date_claimed(self, claim: str, question: str) -> list[Constraint]:
        """A deed a statement dates to the month or day ("cyber essentials launched in october 2014", "the queen opened
        the ncsc in october 2016", "the nis regulations came into force on 10 august 2018") as "doer terms|verb|day|
        month|year|what the claim says": whoever or whatever is named before the first verb in the past, and the
        first date after it. A date that exact is one the asker has from somewhere, often another event's."""
        words = claim.split()
        at = next((i for i, w in enumerate(words) if i and (w in _IRREGULAR_PAST.values() or w == "came"
                                                            or len(w) > 4 and w.endswith("ed"))), None)
        if at is None:
            return []
        # (Not who reports the claim: "Draft says the Queen opened ...", "press release line: the Queen opened ...".)
        before = " ".join(words[:at])
        reported = _REPORTED_BY.match(before)
        before = before[reported.end():] if reported else before
        doer = [self._term(w.removesuffix("'s")) for w in surface_words(before)
                if not is_stopword(w) and w not in _DEED_ADVERBS]
        # The date is the deed's only in the deed's own clause: "ncsc started work oct 2016 and was officially opened by
        # the queen on 14 feb 2017" dates the opening to 14 February, not the start of work; there a month and year
        # after the verb date it without an "in" ("started work oct 2016").
        told = " ".join(words[at:])
        told = told[:cut.start()] if (cut := _NEXT_DEED.search(told)) else told
        date = _DATE_CLAIMED.search(told) or _MONTH_DATED.search(told)
        if not doer or any(w in _PRONOUNS for w in surface_words(before)) or date is None:
            return []
        day, month, year = date.groups()
        # A year alone is held to the deed as a month is: "the queen opened the ncsc in 2016, right?" is declined with the
        # date the entry gives her opening (February 2017), not answered by an entry that gives 2016 to the NCSC's start.
        said = re.search(re.escape(" ".join(words[:at + 1])).replace(r"\ ", r"\s+") + r".*?" + re.escape(year),
                         question.replace("\u2019", "'"), re.I)
        shown = said.group(0) if said else " ".join(words[:at + 1]) + f" in {year}"
        return [Constraint("deed-date", f"{' '.join(doer)}|{words[at]}|{day or ''}|{month or ''}|{year}|{shown}")]

    def _sequence_claimed(self, claim: str, question: str) -> list[Constraint]:
        """Which of two things a statement says came first ("cyber essentials came in after the ncsc was set up",
        "the gcss came out before the national cyber strategy 2022"), as "first's terms|second's terms|what the claim
        says": an entry bears it out only by dating both, in that order (``_in_order``)."""
        said = _SEQUENCE_CLAIMED.match(claim)
        if said is None:
            return []
        first, way, second = said.group(1), said.group(2) or said.group(3), said.group(4)
        later = way.startswith(("after", "later", "postdate"))
        terms = []
        for thing in (first, second):
            words = surface_words(_THING_ENDS.split(thing)[0])
            terms.append(" ".join(dict.fromkeys(self._term(w) for w in words
                                                if not is_stopword(w) and not w[0].isdigit() and self._known(w))))
        if not all(terms) or terms[0] == terms[1]:
            return []
        ends = re.findall(r"[\w'-]+", first)[:1] + re.findall(r"[\w'-]+", second)[-1:]
        typed = re.search(re.escape(ends[0]) + r".*?" + re.escape(ends[-1]), question.replace("\u2019", "'"), re.I)
        shown = typed.group(0) if typed else claim.strip(" ,;:-\u2013\u2014")
        earlier, after = (terms[1], terms[0]) if later else (terms[0], terms[1])
        return [Constraint("sequence-claim", f"{earlier}|{after}|{shown}")]

    def _done_to(self, text: str, question: str) -> list[Constraint]:
        """What a question asks why or when was done to one of our people ("why was lindy cameron sacked", "when was
        connell suspended"): that it was done is the entry's to say, as "why did martin resign" is. (Taking up a post,
        "when was she appointed", is ``_post_presupposed``'s: the post is what the entry must give.)"""
        people = self._people_in(text)
        if not people:
            return []
        surnames = _surnames_alternation(people)
        done = re.search(rf"\b(?:why|when|how|where)\s+(?:was|were)\s+(?:[\w'-]+\s+){{0,2}}?({surnames})\s+([a-z]{{3,}}(?:ed|en))\b", text)
        if done is None or is_stopword(done.group(2)) or done.group(2) in _GENERIC_DETAILS or _BEGAN_SAID.fullmatch(done.group(2)):
            return []
        person = self.lexicon.person_for(done.group(1)) or self._shown(question, done.group(1), "person")
        return [Constraint("deed", f"{done.group(2)}|that {person} was {done.group(2)}")]

    def _posts(self, claim: str, question: str, people: list[str]) -> list[Constraint]:
        """Who a claim says held a post, as "surname|role terms|body|what the claim says"."""
        surnames = _surnames_alternation(people)
        verbs = "|".join(_ROLE_VERBS)
        said: list[tuple[str, str, str, str]] = []     # surname, role asked, body, how it was put
        for m in re.finditer(rf"\b({surnames})\s+(?:(?:still|also|once|then|actually|used to)\s+)?({verbs})\s+(.+)", claim):
            said.append((m.group(1), _ROLE_VERBS[m.group(2)], self._body(m.group(3)), ""))
        # "the lcioc is chaired by X", "is the lcioc chaired by X"
        for m in re.finditer(rf"^(?:(?:is|was)\s+)?(.+?)\s+(?:(?:is|was|are|were)\s+)?(?:still\s+|currently\s+)?"
                             rf"(chaired|headed|led)\s+by\s+"
                             rf"(?:[\w'-]+\s+)?({surnames})\b", claim):
            said.append((m.group(3), _ROLE_VERBS[m.group(2)], self._body(m.group(1)), ""))
        for m in re.finditer(rf"\b({surnames})\s+(?:(?:is|was|were|became|become|becomes)\s+)?(?:(?:still|also|once|then|actually)\s+)?"
                             rf"(?:the\s+)?(?:(?:{'|'.join(_ORDINAL_CLAIMED)}|former|new|current)\s+)?"
                             rf"((?:[\w'&-]+\s+){{1,3}}?)({_ROLES})(?:\s+({_ROLES}))?\b", claim):
            adjunct = [w.removesuffix("'s") for w in m.group(2).split()]
            # (Nor a verb of taking it up: "did connell become cio at norfolk" names no body "become".)
            if not any(is_stopword(w) or w in _ROLE_WORDS or w in _ROLE_MODIFIERS or w in _NOT_BODY
                       or w in _ORDINAL_CLAIMED or w in _BEGAN or w[0].isdigit() for w in adjunct):
                noun = " ".join(_ROLES_SPELLED.get(w, w) for w in filter(None, m.group(3, 4)))  # "chief executive": both words
                said.append((m.group(1), noun, " ".join(adjunct), noun))
        found = []
        for surname, role, body, noun in said:
            if not body:
                continue
            asked = ["+".join(role.split())] if noun or role == "chair" else _LEADING
            person = self.lexicon.person_for(surname) or self._shown(question, surname, "person")
            named = self._shown(question, body)
            done = {"chair": "chaired", "head": "headed", "lead": "led"}.get(role, role)
            shown = (f"{person} was {named} {noun}" if noun else
                     f"{person} {done} {'the ' if ' ' in body else ''}{named}")
            terms = " ".join(dict.fromkeys("+".join(map(self._canonical, w.split("+"))) for w in asked))
            found.append(Constraint("post", f"{surname}|{terms}|{body}|{shown}"))
        return found

    def _whereabouts(self, claim: str, question: str, people: list[str]) -> list[Constraint]:
        """Where a claim puts a person: "siobhan coughlan was at socitm during the stocktake", "was
        connell with the lga then". The entry must put them there, in one sentence, not merely name
        both."""
        surnames = _surnames_alternation(people)
        found = []
        for m in re.finditer(rf"\b({surnames})\s+(?:(?:is|was|were|has been|had been|still|also|once|then|used to be|"
                             rf"worked|works|used to work)\s+){{0,2}}"
                             # "is owen pritchard head of cyber at socitm": a post held there puts them there too
                             rf"(?:(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:{_ROLES})(?:\s+of\s+[\w-]+)?\s+(?=at\b))?"
                             rf"(?:at|with|for|from)\s+(?:the\s+)?(.+)", claim):
            body = [w.removesuffix("'s") for w in self._body(m.group(2)).split()]
            kept = []
            for word in body:
                if not (self._known(word) or word in self.names) or self.lexicon.places_in(word) or word in _ROLE_WORDS:
                    break
                kept.append(word)
            if kept and not self.lexicon.person_for(kept[0]):
                person = self.lexicon.person_for(m.group(1)) or self._shown(question, m.group(1), "person")
                shown = f"{person} was at {'the ' if len(kept) > 1 else ''}{self._shown(question, ' '.join(kept))}"
                found.append(Constraint("at-body", f"{m.group(1)}|{' '.join(kept)}|{shown}"))
        return found

    @staticmethod
    def _body(words: str) -> str:
        """The body a post is of: "the local cio council at the time" -> "local cio council"."""
        kept = []
        for word in surface_words(re.sub(r"^\s*the\s+", "", words))[:4]:
            if is_stopword(word) or word[0].isdigit() or _TAG.fullmatch(word):
                break
            kept.append(word)
        return " ".join(kept)


def _surnames_alternation(people: list[str]) -> str:
    """The surnames of ``people`` as one regex alternation ("martin|cameron")."""
    return "|".join(re.escape(p.split()[-1].lower()) for p in people)
