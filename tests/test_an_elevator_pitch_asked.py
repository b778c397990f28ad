""""What's the elevator pitch for Active Cyber Defence?" asks what it is, put short.

A supplier's consultant asked for "the elevator pitch" on a service and was told the bot was not sure: no entry says
"elevator" or "pitch", so the words read as something the answer must hold. How short the answer should be is the
shape of the reply wanted, like "in a nutshell" or "in one line", and is now a curated aside in the lexicon. These run
the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question, expected", [
    ("What's the elevator pitch for Active Cyber Defence? It keeps coming up in council conversations and I want to "
     "sound like I know the landscape", "commodity"),
    ("elevator pitch for PDNS?", "malicious domains"),
])
def test_an_elevator_pitch_is_what_the_thing_is(answerer, question, expected):
    assert_answers(answerer, question, expected)
