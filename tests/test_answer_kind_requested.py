"""A formal request names the kind of answer it wants, as a question word does.

"Could you confirm the month and year", "please state the date": the request's noun says a date is wanted, so it
thins no match to an entry that gives one, and "for the minutes" is where the answer goes. These run the real
knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers


def test_members_asking_for_the_month_and_year_the_caf_for_local_government_launched_hear_it(answerer):
    assert_answers(answerer, "Members have asked when the Cyber Assessment Framework for local government was formally "
                             "launched. Please confirm the month and year for the minutes.", "October 2024")
