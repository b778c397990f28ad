"""A message pasted or forwarded into Slack, read for the question it carries.

Council PAs, business support officers and team leaders paste an email, a Teams or WhatsApp message or
a service-desk ticket and ask about it. The material has a structure of its own that is no part of
the question: a mail header ("FW: FW: old briefing", "Subject: ...", "From: IT Service Desk",
"-----Original Message-----"), quote marks ("> ..."), a chat's sender and time ("[10:42] Jo Smith:"),
a ticket's fields ("Priority: P3"), a greeting, a sign-off with a name ("Thanks, Paul", "Kind
regards\\nMargaret"), a signature ("Finance Business Partner | Resources Directorate"), "Sent from my
iPhone" and a confidentiality disclaimer. Around it, the forwarder says who asked ("PA asking", "(Head
of ICT asked, sorry for the short one)", "Cllr Dawes needs it by Monday", "fwd from infra TL"), asks
us to help answer it ("can you help me answer this one", "Can you help with the meetings bit?",
"anyone?") and brings along an ask of theirs that is not about it ("Also need the car park pass
renewing."). ``as_pasted`` reads the message without all of that, so that names in sign-offs,
signatures and requester lines, the year in a subject line and a device's name are never held
against the answer. What the pasted text says stays as it says it: a claim in it is still checked.

It runs on the message as typed, before its lines are read as sentences (``framing.lines_as_sentences``):
the structure is in the lines. The frames inside a sentence (who told the asker, where a quoted passage
came from) are ``framing``'s.
"""

from __future__ import annotations

import re
from typing import Callable

from bot.answers.framing import _EMBEDDED_ASK, _REQUESTED, _asking_clause, _points_back_first
from bot.core import regexes
from bot.core.text import is_stopword, surface_words

# --- The lines of pasted mail, chat and tickets -------------------------------------------------------------------

# A quote mark that opens a line of a reply chain: "> ", "> > ", ">> ".
_QUOTE_MARK = regexes.compile(r"^\s*(?:>\s?)+")
# A mail header's subject line: "Subject: RE: diary", "FW: FW: old Socitm briefing", "Re: diary for 2027", and a
# ticket's title ("Short description: ...", "Summary: ...").
_SUBJECT = regexes.compile(r"^\s*(?:(?:subject|subj|short\s+description|summary|title|topic)\s*:\s*)?"
                           r"(?P<prefixes>(?:(?:fw|fwd|re|aw|tr|wg)\s*(?:\[\d+\])?\s*:\s*)+)?(?P<rest>.*)$", re.IGNORECASE)
_SUBJECT_LABEL = regexes.compile(r"^\s*(?:subject|subj|short\s+description|summary|title|topic)\s*:", re.IGNORECASE)
# A header field that says who sent it, to whom, when, and a ticket's bookkeeping: "From: IT Service Desk", "Sent:
# 12 March 2024 09:14", "To: Cyber Team", "Priority: P3", "Assigned to: ...", "Ticket #INC0012345". (Not "Service:":
# in a tracker's row, "Service: Protective DNS / Provider: ?", it names what is asked about.)
_HEADER_FIELD = regexes.compile(
    r"^\s*(?:from|sent|to|cc|bcc|date|importance|received|reply-to|sender|recipients?|attachments?|"
    r"priority|status|state|category|sub-?category|assigned\s+to|assignment\s+group|assignee|requester|requestor|"
    r"requested\s+by|reported\s+by|raised\s+by|logged\s+by|opened\s+by|caller|opened|created|updated|due(?:\s+date)?|sla|"
    r"impact|urgency|channel|location|department|contact|ticket|ticket\s+(?:no|number|id|ref)|"
    r"incident(?:\s+(?:no|number|id|ref))?|case(?:\s+(?:no|number|id|ref))?|ref|reference)\.?\s*[:#]\s*[^?]*$|"
    r"^\s*(?:ticket|incident|case|request|call)\s*(?:#|no\.?|number)\s*[\w-]+\s*$|^\s*(?:INC|REQ|RITM|SR|CS|TKT)\d{4,}\b[^?]*$",
    re.IGNORECASE)
# A ticket's or a form's body, under its label: "Description: how long is an Exercise in a Box session?".
_BODY_LABEL = regexes.compile(r"^\s*(?:description|details|message|body|comments?|notes?|query|question|enquiry|"
                              r"request\s+details|additional\s+(?:information|comments))\s*:\s*", re.IGNORECASE)
# Where a reply chain or a forward starts: "-----Original Message-----", "---------- Forwarded message ---------",
# "Begin forwarded message:", "On Mon, 3 Jun 2024 at 10:00, Jo Smith <jo@x.gov.uk> wrote:", "________________".
_SEPARATOR = regexes.compile(r"^\s*(?:-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}|_{5,}|-{5,}|={5,}|"
                             r"begin\s+forwarded\s+message\s*:|(?:on\s+)?.{0,100}\bwrote\s*:)\s*$", re.IGNORECASE)
# What a phone or a mail app adds: "Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS".
_DEVICE = regexes.compile(r"^\s*(?:sent\s+(?:from|via|using)\s+(?:my\s+)?|get\s+outlook\s+for\s+)[\w .-]{1,40}$", re.IGNORECASE)
# A confidentiality notice: it and what follows it are the mail system's, not the writer's.
_DISCLAIMER = regexes.compile(r"^\s*(?:disclaimer\b|confidentiality\b|(?:this|the\s+information\s+in\s+this)\s+(?:e-?mail|message|"
                              r"communication)\b.{0,60}\b(?:confidential|intended\s+(?:solely|only)|privileged)|"
                              r"please\s+consider\s+the\s+environment|if\s+you\s+(?:are\s+not|have\s+received\s+this)\b)",
                              re.IGNORECASE)
# A chat message copied with its sender and time: "[12/03/2024, 09:14] Jo Smith: ...", "12/03/2024, 09:14 - Jo: ...",
# "[10:42] Jo Smith: ...", and a line with only the sender and the time ("Jo Smith 10:42 AM", "[10:42] Smith, Jo").
_TIME = r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?"
_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_CHAT_SENDER = regexes.compile(r"^\s*\[?(?:" + _DATE + r",?\s+)?" + _TIME + r"(?:,?\s+" + _DATE + r")?\]?\s*(?:-\s*)?"
                               r"[\w'.,@+() -]{1,40}?:\s+(?=\S)", re.IGNORECASE)
_TIME_CASED = r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?(?i:[ap]\.?m\.?))?"
_CHAT_STAMP = regexes.compile(r"^\s*(?:\[?" + _TIME_CASED + r"\]?\s+[A-Z][\w'.-]*(?:,?\s+[A-Z][\w'.-]*){0,3}|"
                              r"[A-Z][\w'.-]*(?:,?\s+[A-Z][\w'.-]*){0,3}\s+(?:(?i:yesterday|today|mon|tue|wed|thu|fri|sat|sun)\w*\s+)?"
                              r"(?:at\s+)?\[?" + _TIME_CASED + r"\]?|\[?" + _TIME_CASED + r"\]?)\s*$")
# A line that only greets: "Hi,", "Hi all", "Morning!", "Dear Sir/Madam,", "Hi Jo -".
_GREETING_LINE = regexes.compile(r"^\s*(?:(?:hi|hello|hey|hiya|morning|good\s+morning|afternoon|good\s+afternoon|evening|"
                                 r"all|team|dear)\b(?:\s+[\w'/&.-]+){0,3}|dear\s+.{1,40})\s*[,!.:-]*\s*$", re.IGNORECASE)
# ...and a greeting that opens the first line: "Hi - our Head of Resilience wants to know ...", "Morning Jo, ...".
_GREETING_OPENS = regexes.compile(r"^(?i:(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey|hiya|dear)"
                                  r"(?:\s+(?i:all|team|everyone|folks|both|guys|there)|\s+[A-Z][\w'-]*)?\s*(?:,|!|\s[-\u2013\u2014])\s+(?=\S)")
# A sign-off, on its own line or ending one: "Thanks,", "Kind regards", "Many thanks, Jo", "Thanks, Member Services",
# "Thank youuu", "Cheers Dan".
_THANKS = (r"(?:(?:many|much|big|huge|thanks?\s+and)\s+)?(?:thanks|thank\s*(?:you+|u+)|thankyou+|cheers|ta|thx|tx|tia|"
           r"(?:kind|best|warm|many|warmest)?\s*regards|rgds|kr|best(?:\s+wishes)?|all\s+the\s+best|"
           r"yours(?:\s+(?:sincerely|faithfully|truly))?|speak\s+soon|sincerely)"
           r"(?:\s+(?:in\s+advance|again|all|both|so\s+much|very\s+much|a\s+lot|loads|everyone))?")
_SIGN_OFF_LINE = regexes.compile(r"^\s*" + _THANKS + r"\s*[,.!]*(?:\s*[\w'&.-]+){0,3}\s*[.!x]*\s*$", re.IGNORECASE)
_SIGN_OFF_END = regexes.compile(r"(?<=[.!?])\s+" + _THANKS + r"\s*[,.!]*(?:\s+[A-Z][\w'-]*){0,2}\s*[.!x]*\s*$", re.IGNORECASE)
# A signature's lines: a post and its team ("Finance Business Partner | Resources Directorate", "Procurement Team |
# Ext 4471"), a phone or an address.
_SIGNATURE = regexes.compile(r"\s\|\s|^\s*(?:tel|t|mob|mobile|m|phone|ext|extension|direct\s+line|dd)\s*[:.]?\s*[+(]?\d[\d ()-]{3,}\s*$|"
                             r"\bext\.?\s*\d{3,}\s*$|^\s*(?:e|email|e-mail)?\s*[:.]?\s*\S+@\S+\.\w+\s*$|^\s*[+(]?\d[\d ()-]{8,}\s*$",
                             re.IGNORECASE)
# A line that hands on what follows: "Hi, from my boss's email chain (sorry it's long):", "this came from the Head
# of Digital:", "Forwarding from our Audit Committee chair:", "pasted from procurement:".
_HANDS_ON = regexes.compile(r"\b(?:from|forward(?:ed|ing)?|fwd|fw|past(?:e|ed|ing)|cop(?:y|ied|ying)|below|chain|thread|"
                            r"message|msg|email|e-mail|mail|came|sent|received|got|wrote|writes|asked|asks|asking|query|"
                            r"question|inbox|mailbox|teams|whatsapp|ticket)\b", re.IGNORECASE)


def _body_lines(message: str) -> tuple[list[str], list[str]]:
    """The lines of ``message`` that are its text, without a pasted mail's, chat's or ticket's structure, and the
    subjects its header lines gave."""
    lines, subjects = [], []
    signed_off, quoting = False, False
    for raw in message.splitlines():
        line = _QUOTE_MARK.sub("", raw).strip()
        if not line:
            continue
        # The forwarder's own lines after a quoted block are theirs, not the quoted writer's signature.
        quoted = line != raw.strip()
        signed_off, quoting = signed_off and quoted == quoting, quoted
        if _DISCLAIMER.match(line) and lines:
            break
        if _SEPARATOR.match(line) or _DEVICE.match(line) or _CHAT_STAMP.match(line):
            continue
        subject = _SUBJECT.match(line)
        if subject.group("prefixes") or _SUBJECT_LABEL.match(line):
            rest = subject.group("rest").strip()
            if "?" in rest and not _SUBJECT_LABEL.match(line):
                line = rest                  # "FW: what did the LGA's self-assessment show?": the question itself
            else:
                if rest:
                    subjects.append(rest)
                continue
        if _HEADER_FIELD.match(line):
            continue
        line = _CHAT_SENDER.sub("", _BODY_LABEL.sub("", line), count=1)
        if lines and "?" not in line and (_SIGN_OFF_LINE.match(line) or signed_off or _SIGNATURE.search(line)):
            signed_off = signed_off or bool(_SIGN_OFF_LINE.match(line))
            continue
        if not lines and _GREETING_LINE.match(line):
            continue
        if not lines:
            line = _GREETING_OPENS.sub("", line)
        ended = _SIGN_OFF_END.search(line)
        if ended:
            line, signed_off = line[:ended.start() + 1], True
        lines.append(line)
    # A signature with no sign-off before it: the name, post and council on short lines of their own at the end.
    # (Not the options a question lists: "Which of these did the NCSC launch?\nWeb Check\nCiSP".)
    while len(lines) > 2 and all(_SIGNATURE_LINE.match(line) for line in lines[-2:]) and _asks(" ".join(lines[:-2])) \
            and not _LISTS.search(" ".join(lines[:-2])):
        last = len(lines) - 2
        while last > 1 and _SIGNATURE_LINE.match(lines[last - 1]):
            last -= 1
        lines = lines[:last]
    # "Hi, from my boss's email chain (sorry it's long):" before the text it hands on.
    if len(lines) > 1 and lines[0].endswith(":") and "?" not in lines[0] and _HANDS_ON.search(lines[0]) \
            and not lines[1].startswith(("'", '"', "\u2018", "\u201c")):
        lines = lines[1:]
    # ...or on the line of the question itself: "Msg from the Leader's PA: where were ...?" (a date in it stays, as when
    # the text was written).
    if lines:
        lead = _LEAD_IN.match(lines[0])
        if lead and _HANDS_ON.search(lead.group(1)) and _asks(lines[0][lead.end():]):
            lines[0] = lines[0][lead.end():]
    return lines, subjects


# A line of a signature: a few words, each line its own, that neither ask nor end a sentence ("Ian Martin", "ICT
# Security Officer", "Newport City Council").
_SIGNATURE_LINE = regexes.compile(r"^[A-Z][\w'&.,()/-]*(?:\s+[\w'&.,()/-]+){0,5}$(?<![.!?:])")
_LISTS = regexes.compile(r":\s*$|\b(?:these|those|following|below|either|options?|choices?)\b", re.IGNORECASE)
# What hands a question on before a colon on its own line: "Msg from the Leader's PA: ...".
_LEAD_IN = regexes.compile(r"^((?:[^:?!.\d'\"\u2018\u201c\u2019]|(?<=\w)['\u2019](?=\w)){3,60}):\s+(?=[^\s'\"\u2018\u201c>])")


# --- What the forwarder adds after the question -------------------------------------------------------------------

# Who the question came from: "fwd from infra TL", "forwarding from our CIO", "From Internal Audit.", "via the PA",
# "passed on by Member Services", "(from Cllr Ross)".
_FORWARD_TAG = (r"(?!.*\d)(?:fwd|fw|fwded|forwarded|forwarding|forward|passed\s+on|passing\s+(?:this\s+|it\s+)?on|via|"
                r"from(?=\s+(?:(?:the|our|my|a|an)\s|(?-i:[A-Z])))|"
                r"on\s+behalf\s+of|sent\s+(?:over\s+|on\s+)?(?:by|from)|asked\s+by|q\s+from|question\s+from|query\s+from|"
                r"came\s+from|comes\s+from|this\s+(?:came|comes|is)\s+from|copied\s+from|pasted\s+from)"
                r"(?:\s+(?:me|us|you))?\s+(?:(?:the|our|my|a|an|one\s+of\s+our)\s+)?[\w'&./-]+(?:\s+[\w'&./-]+){0,4}")
# Who asks, and when or what they want it for: "PA asking", "Scrutiny officer asking", "Head of ICT asked", "Proc
# asked", "Cllr Dawes needs it by Monday", "SMT want it for the ppt", "boss wants it today".
_REQUESTER_TAG = (r"(?:(?:the|our|my|a|an|one\s+of\s+our)\s+)?[\w'&./-]+(?:\s+[\w'&./-]+){0,4}?\s+"
                  r"(?:asking|asked|asks|is\s+asking|was\s+asking|has\s+asked|had\s+asked|(?:is\s+)?after\s+(?:it|this|that)|"
                  r"(?:wants|want|wanted|needs|need|needed)\s+(?:it|this|that|them|an\s+answer|the\s+answer|to\s+know))"
                  r"(?:\s+(?:by|for|before|ahead\s+of|in\s+time\s+for|asap|today|tomorrow|urgently)\b[\w' -]{0,40})?")
# A request to answer what was pasted: "can you help me answer this one", "Can you help with the meetings bit?",
# "anyone? bot?", "any idea?", "thoughts?", "help pls".
_HELP_ASKED = (r"(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody|one\s+of\s+you)\s+(?:please\s+|pls\s+)?)?"
               r"(?:help|assist)(?:\s+(?:me|us))?(?:\s+(?:to\s+)?(?:answer|reply\s+to|respond\s+to|with))?"
               r"(?:\s+(?:this|that|it|these|those)(?:\s+(?:one|q|question|query|bit|part))?|\s+the\s+(?:[\w'-]+\s+){0,3}?"
               r"(?:bit|bits|part|parts|one|question|query|q))?(?:\s+(?:please|pls|plz))?|"
               r"(?:any|an)\s+(?:ideas?|clue|thoughts?|help|answers?)|thoughts|anyone|anybody|someone|bot|@?cyberbot|"
               r"(?:do\s+)?(?:you|u|we|anyone)\s+know(?:\s+(?:this|that|it|the\s+answer))?(?:\s+(?:one|then))?")
# Kind words and apologies: "thanks", "Thank youuu", "sorry for the short one", "sorry it's long", "ta".
_COURTESY = (r"(?:many\s+|big\s+|huge\s+)?(?:thanks|thank\s*(?:you+|u+)|thankyou+|thx|ta|cheers|tia|much\s+appreciated|"
             r"ty)(?:\s+(?:in\s+advance|all|both|so\s+much|a\s+lot|loads))?|sorry(?:\s+for\s+the\s+[\w' -]{1,30}|\s+it'?s\s+[\w' -]{1,20}|"
             r"\s+to\s+(?:bother|chase|pester)(?:\s+you)?)?|(?:no\s+)?rush|(?:no|not)\s+urgent|urgent|asap")
_TAIL_PART = rf"(?:{_FORWARD_TAG}|{_REQUESTER_TAG}|{_HELP_ASKED}|{_COURTESY})"
_TAIL = regexes.compile(rf"^\W*{_TAIL_PART}(?:\s*(?:,|;|-|\band\b|[.!?]+)\s*{_TAIL_PART})*\W*$", re.IGNORECASE)
# An ask of the forwarder's own that is not the question, said as one: "Also need the car park pass renewing.", "PS
# does anyone know if the printer is fixed", "Separately - timesheets are due Friday". It names nothing of ours.
_OTHER_ERRAND = regexes.compile(r"^\W*(?:also|and\s+also|oh\s+and|ps|p\.s\.?|pps|btw|by\s+the\s+way|separately|unrelated|"
                                r"on\s+(?:an|a)\s+(?:other|separate|different|unrelated)\s+(?:note|matter)|while\s+i\s+have\s+you|"
                                r"(?:and\s+)?(?:a\s+)?reminder)\b", re.IGNORECASE)
# The forwarder's, or the writer's, plan for the answer after it: "thinking of sending someone to the next one",
# "she's drafting an intro for a panel", "it's for the resilience forum".
_PLAN = regexes.compile(r"^\W*(?:(?:i'm|im|i\s+am|we're|we\s+are|she's|he's|they're|she\s+is|he\s+is|they\s+are)\s+)?"
                        r"(?:(?:just|currently|busy)\s+)?(?:thinking\s+(?:of|about)|planning\s+(?:to|on)|looking\s+to|"
                        r"drafting|writing|preparing|putting\s+together|pulling\s+together|doing|updating)\s+"
                        r"(?:a|an|the|her|his|their|my|our|some|someone|somebody|sending|going|asking|booking|it|this)\b|"
                        r"^\W*(?:it's|its|it\s+is|this\s+is)\s+for\s+(?:a|an|the|her|his|their|my|our)\b|"
                        # ...and the worry behind it: "Don't want to give the underwriter the wrong figure."
                        r"^\W*(?:(?:i|we)\s+)?(?:don'?t|do\s+not|wouldn'?t|would\s+not)\s+(?:want|like)\s+to\s+(?:give|get|send|quote|"
                        r"put|say|tell|look|embarrass|mislead)\b", re.IGNORECASE)
# Where a message's parts meet: a sentence's end, a line's, a closing quote, a dash, a bracket.
_PART = regexes.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"\u2019\u201d])\s*|\n+|\s+[-\u2013\u2014]+\s+|\s*\((?=[^)]*\)\s*$)|"
                        r"(?<=\))\s+|\s*\)\s*$")


_CLOSING_QUOTES = "'\"\u2019\u201d"


def _without_tail(text: str, ours: Callable[[str], bool]) -> str:
    """``text`` without the parts after its question that only say who asked or passed it on, ask us to help
    answer it, thank or apologise (``_TAIL``), plan what to do with the answer (``_PLAN``), or ask something of
    the forwarder's own that names nothing of ours (``_OTHER_ERRAND``)."""
    pieces = _PART.split(text)
    seen_asking, kept, dropped = False, [], False
    offsets, start = [], 0
    for piece in pieces:
        at = text.find(piece, start)
        offsets.append(at)
        start = at + len(piece)
    for piece, at in zip(pieces, offsets):
        said = piece.strip()
        if not said:
            continue
        if seen_asking and (_TAIL.match(said) or _PLAN.match(said) or (
                _OTHER_ERRAND.match(said) and not any(ours(w) for w in surface_words(said.lower()) if not is_stopword(w)))):
            dropped = True
            if kept and said[-1] in _CLOSING_QUOTES and not kept[-1][1].rstrip().endswith(tuple(_CLOSING_QUOTES)):
                kept[-1] = (kept[-1][0], kept[-1][1].rstrip() + said[-1])   # the quote it closed stays closed
            continue
        seen_asking = seen_asking or _asks(said)
        kept.append((at, piece))
    if not dropped:
        return text
    left = _join(text, kept)
    return left if _asks(left) else text


# A verb of asking before the question it reports: "the CEX ... asks what date ...", "Cllr Ross wants to know who ...".
_ASKS_WHAT = regexes.compile(r"\b(?:asks|asking|wonders|wondering|wants\s+to\s+know|would\s+like\s+to\s+know)\s+"
                             r"(?=(?:who|what|when|where|which|how|why|whether|if)\b)", re.IGNORECASE)


def _asks(text: str) -> bool:
    """Does ``text`` ask something: a question mark, a clause that asks (``framing._ASKING``), a question reported
    after a verb of asking (``_ASKS_WHAT``, ``framing._EMBEDDED_ASK``) or a request (``framing._REQUESTED``)?"""
    return ("?" in text or _asking_clause(text.strip(" \"'\u2018\u2019\u201c\u201d")) is not None
            or bool(_ASKS_WHAT.search(text) or _EMBEDDED_ASK.search(text) or _REQUESTED.search(text)))


def _join(text: str, kept: list[tuple[int, str]]) -> str:
    """The pieces ``kept`` of ``text``, each with the separator that came before it in ``text``."""
    out, end = [], 0
    for at, piece in kept:
        if out:
            separator = text[end:at]
            out.append(separator if separator.strip(" ") else " ")
        out.append(piece)
        end = at + len(piece)
    joined = "".join(out).strip()
    # A bracket left open by the part dropped after it: "(Head of ICT asked" goes whole, and nothing opens alone.
    return joined.rstrip(" (-\u2013\u2014")


_STRUCTURE_CUES = regexes.compile(r"\n|^\s*(?:fw|fwd|re|subject)\s*:|\?\s*\S", re.IGNORECASE)


def as_pasted(message: str, ours: Callable[[str], bool]) -> str:
    """The question ``message`` carries, its pasted mail, chat and ticket structure read for what it is
    (``_body_lines``) and what the forwarder adds after it left out (``_without_tail``). A subject line is kept
    only where the question leans on it ("Subject: Exercise in a Box / when did it launch?"). A message
    with nothing left that asks is read as it came."""
    if not _STRUCTURE_CUES.search(message):
        return message
    lines, subjects = _body_lines(message)
    if not lines:
        return message
    body = "\n".join(lines)
    if not _asks(" ".join(lines)):
        return message
    asking = _asking_clause(" ".join(lines))
    if subjects and asking is not None and _points_back_first(asking, ours):
        body = subjects[-1] + "\n" + body
    body = _without_tail(body, ours)
    return _unquoted(body)


def _unquoted(text: str) -> str:
    """``text`` without the quote marks around it when it is one quoted passage and nothing else."""
    opening, closing = text[:1], text[-1:]
    pairs = {"'": "'\u2019", '"': '"\u201d', "\u2018": "\u2019'", "\u201c": "\u201d\""}
    if opening in pairs and closing in pairs[opening] and len(text) > 2 \
            and not any(c in text[1:-1] for c in pairs[opening] + opening):
        return text[1:-1].strip()
    return text
