"""Minutes and meeting notes pass on what a named member said: "Cllr Patel said ...", "the Chair referred to X as
...". Who said it is the asker's meeting, not a person the answer must name; what they said is the claim to check,
and an ask put as what the asker needs ("I need when he started") is still the question."""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_councillor_named_as_the_speaker_is_not_asked_about(answerer):
    assert_answers(answerer, "Cllr Patel said the 2016-2021 strategy was launched at a Microsoft event in London, "
                             "'Future Decoded' I think he said. Is that right?", "Future Decoded")


def test_what_the_councillor_said_is_still_checked(answerer):
    assert_declines(answerer, "Cllr Patel said the 2016 strategy was launched by George Osborne. right?")


def test_the_chair_referring_to_someone_and_what_the_minute_taker_needs(answerer):
    assert_answers(answerer, "the Chair referred to Richard Horne as the NCSC's chief exec - I need when he started in "
                             "post and which firm he came from", "October 2024", "PwC")
