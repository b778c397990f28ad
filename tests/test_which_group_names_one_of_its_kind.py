"""Which group, company or body did something: the kind's own noun is no name the question gives.

"Which socitm group helped the NCSC write the election security guidance?" is answered by an entry that names
"Socitm's local government Cyber Technical Resource Group", though that name ends in the very word "group" the question
asks for. A name the question itself gives is still not an answer to which one. These run the real knowledge base
through the real engine.
"""

from handlers.testing.asking import assert_answers


def test_which_group_is_answered_by_a_named_group(answerer):
    assert_answers(answerer, "which socitm group helped ncsc write the election security guidance for councils?",
                   "Cyber Technical Resource Group")


def test_which_company_is_still_answered_by_the_company_that_did_it(answerer):
    assert_answers(answerer, "which company originally built the public sector PDNS?", "Nominet")
