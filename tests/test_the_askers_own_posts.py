""""Got asked by the s151 officer which four free ACD measures ...", "Got this from HR": the asker's own post or team,
written short, is who asks, not a name the answer must hold to.

"HR", "S151" and "SIRO" are no entry's words, so they were read as the names of bodies an answer must mention, and a
plain question passed on from a colleague was declined. The lexicon's `fields_of_work` lists the short forms a council
writes for its own teams, posts and leadership groups; the answerer no longer holds an answer to them. A body typed
the same way ("the FBI") is still held to. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("Got asked by the s151 officer which four free ACD measures the NCSC pushed for the public sector.", "Protective DNS"),
    ('Got this from HR, who are reading up for a training course: "what sits at the centre of the NCSC\'s 10 Steps, '
     'with the other nine around it?"', "risk management regime"),
    ("updating the TL handbook 'useful orgs' page, it still says Ciaran Martin runs the NCSC. who took over from him, "
     "and roughly when? just want the next name in the chain", "Lindy Cameron"),
    ("our SLT want to know who launched the 2016 national cyber security strategy", "Hammond"),
])
def test_a_question_passed_on_from_the_askers_own_post_or_team_is_answered(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_body_typed_as_letters_is_still_held_to(answerer):
    assert_declines(answerer, "Logging Made Easy is now maintained by the FBI, correct?")
