"""A post put before the one said to hold it is a claim about who holds it.

"socitm local cio council chair is geoff connell yeah": the body, its post, then the person. Geoff Connell was the
Local CIO Council's cyber spokesperson, not its chair, so the claim is declined and the reply says what the sources
have; one the sources bear out ("the ncsc's chief exec is richard horne right?") is answered. These run the real
knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_saying_the_local_cio_council_chair_is_geoff_connell_is_declined_with_what_he_was(answerer):
    assert_declines(answerer, "local cio council chair is geoff connell isn't it", "spokesperson")


def test_saying_the_ncscs_chief_exec_is_richard_horne_is_answered(answerer):
    assert_answers(answerer, "the ncsc's chief exec is richard horne right?", "Richard Horne")
