"""Whatever a person types, the router and the answer engine answer kindly and never crash."""

from hypothesis import HealthCheck, given, settings, strategies as st

from bot.answers.answerer import Answerer
from bot.core.router import Command, Request, Router
from bot.core.replies import Reply

SUBCOMMANDS = ["help", "ask", "topics", "events", "deadlines", "remind", "reminders", "poll", "vote"]
typed = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50).map(lambda t: "/cyber " + t),
    st.builds(lambda sub, rest: f"/cyber {sub} {rest}", st.sampled_from(SUBCOMMANDS), st.text(max_size=200)),
    st.builds(lambda a, b: a + '"' + b + "\u201c", st.text(max_size=40), st.text(max_size=40)),
    st.text(alphabet="<>!@#&*_~`|\\\"'\u202e\u200b\x00\x07 ", max_size=80),
    st.integers(4000, 12000).map(lambda n: "/cyber ask " + "x" * n),
)
SLOW = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(typed)
def test_the_router_always_gives_a_command_or_a_kind_reply(text):
    router = Router()
    router.register("ask", lambda args, ctx: Reply.simple("ok"), "ask QUESTION", "answer")
    for surface in ("slash", "console"):
        parsed = router.parse(text, Request(user_id="U1", surface=surface))
        assert isinstance(parsed, (Command, Reply))
        if isinstance(parsed, Reply):
            assert parsed.kind == "error" and parsed.text
            assert "<!" not in parsed.text and "<@" not in parsed.text


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=600), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_the_answer_engine_answers_or_declines_anything(kb, question):
    answer = _answerer(kb).answer(question, record_gap=False)
    assert isinstance(answer.answered, bool) and answer.text
    assert len(answer.suggestions) <= 3
    if answer.answered:
        assert answer.sources


_CACHE = {}


def _answerer(kb):
    if "a" not in _CACHE:
        _CACHE["a"] = Answerer(kb)
    return _CACHE["a"]


# Real questions, the kind the engine's readings of claims, posts and deeds work hardest on, with the marks people
# type between words: a table's bars, a quote's ">", dashes, colons, brackets. No mark may break a reading.
_DEV = [q for q, _ in __import__("bot.answers.evaluate", fromlist=["load_questions"]).load_questions(
    __import__("pathlib").Path(__file__).parent / "data" / "dev-questions.yaml")]
_CLAIMS = [
    "the stocktake was run by RAND Europe for the LGA, right?", "Hammond launched the 2016 strategy in London, didn't he?",
    "Ciaran Martin told the Public Accounts Committee Web Check fixed nearly 4,000 vulnerabilities", "was Geoff Connell "
    "head of IT at Norfolk in 2018?", "CYBERUK 2019 was held in Glasgow wasn't it", "who chaired the local cio council",
    "RAND Europe ran the stocktake, right?", "the Queen opened the NCSC, didn't she?", "is it true that RAND Europe "
    "ran the stocktake", "Socitm set up the Local CIO Council, yes?", "Lindy Cameron was NCSC chief executive, wasn't she?"]
_MARKS = st.sampled_from(["|", "||", " | ", ">", "> ", " - ", " \u2014 ", ":", ";", "?", "(", ")", "[", "]", "'", '"',
                          "\u201c", "/", "\\", "*", "_", "~", "`", "#", "...", "\n", "\n> ", "=", "+", "&", "%", "$", "£"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.one_of(st.sampled_from(_DEV), st.sampled_from(_CLAIMS)), st.lists(st.tuples(st.integers(0, 40), _MARKS), max_size=6))
def test_any_mark_typed_between_the_words_of_a_real_question_gets_an_answer_or_a_kind_decline(kb, question, marks):
    words = question.split()
    for at, mark in marks:
        words.insert(at % (len(words) + 1), mark)
    answer = _answerer(kb).answer(" ".join(words), record_gap=False)
    assert isinstance(answer.answered, bool) and answer.text
