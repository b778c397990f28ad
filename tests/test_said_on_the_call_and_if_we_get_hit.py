"""Two things said on a CIO Council teleconference: where a name was heard, and who to call if we get hit.

"Siobhan Coughlan got mentioned on the call - what was her job?": the call is where the asker heard her name, not what
is asked (the LGA's on-call support is no answer). "Who do we call if we get hit": the reporting route, at once, as the
issue asks of every incident question; "who do we call at DLUHC when a council gets hit" still asks whom there. These
run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, fact", [
    ("Siobhan Coughlan got mentioned on the call - what was her job?", "programme manager"),
    ("someone on today's call said the NCSC opened in 2017 - true?", "14 February 2017"),
])
def test_where_on_the_call_the_asker_heard_it_is_not_what_is_asked(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", ["who do we call if we get hit", "who should I ring if we're attacked?"])
def test_who_to_call_if_we_get_hit_is_the_reporting_route(answerer, question):
    assert_answers(answerer, question, "0300 123 2040")


def test_who_to_call_at_a_named_department_is_still_asked_of_it(answerer):
    assert_declines(answerer, "who do we call at DLUHC/MHCLG when a council gets hit")
