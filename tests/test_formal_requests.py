"""A formal request is answered from what it asks, not from the paper it is for.

Governance officers and committee clerks write "For the risk update to the Standards Committee, please confirm ...":
the paper, its committee and its agenda item say where the answer goes. "Please confirm ..." asks as a question does,
and the purpose phrase before it is dropped where the request names its own subject; one that says the year ("For the
2016 strategy section ...") or leads into what is claimed ("for our annual report: ...") still counts. These run the
real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_clerk_asking_for_the_ncsc_chief_executive_for_a_committee_update_gets_richard_horne(answerer):
    assert_answers(answerer, "For the risk update to the Standards Committee, please confirm who became chief executive "
                             "of the NCSC in October 2024 and where he came from.", "Richard Horne", "PwC")


def test_a_committee_paper_named_in_full_does_not_become_a_name_the_answer_must_hold(answerer):
    assert_answers(answerer, "For the updated narrative going to the Audit and Governance Committee, please confirm the "
                             "date by which the NCSC said organisations need alternatives to Mail Check and Web Check.",
                   "31 March 2026")


def test_a_paper_section_that_names_the_year_still_says_what_is_asked_about(answerer):
    assert_declines(answerer, "For the 2016 strategy section of our report, please confirm the launch date.")
