"""What the asker holds a thing up against is their yardstick, not what they ask about.

"Can the NCSC sanction us in the way Ofsted can?", "wasn't it about the same month as GDPR?", "is it just tech or wider
like the DSPT?": the body compared with is named by no source of ours, and the answer need not speak of it. A yardstick
that is the question's whole point ("the same job as the FBI") or a place ("in Germany") is still held. These run the
real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_asking_whether_the_ncsc_can_sanction_us_in_the_way_ofsted_can_hears_it_is_no_regulator(answerer):
    assert_answers(answerer, "The NCSC isn't a regulator, so it can't sanction a council in the way Ofsted can. Have I got "
                             "that right?", "no regulatory")


def test_a_date_set_beside_gdpr_still_gets_the_nis_regulations_date(answerer):
    assert_answers(answerer, "when did NIS come into force, roughly the same time as GDPR wasn't it?", "10 May 2018")


def test_asking_whether_the_self_assessment_is_wider_like_the_dspt_gets_what_it_covers(answerer):
    assert_answers(answerer, "what's in the LGA self-assessment? only tech, or wider like the DSPT?", "leadership")


def test_asking_whether_the_ncsc_does_the_same_job_as_the_fbi_is_still_declined(answerer):
    assert_declines(answerer, "does the NCSC do the same job as the FBI")


def test_asking_for_mail_checks_equivalent_in_germany_is_still_declined(answerer):
    assert_declines(answerer, "is there an equivalent to Mail Check in Germany")


def test_a_body_named_in_one_word_is_never_read_as_a_slip_for_a_word_of_ours(answerer):
    # "ofsted" is one letter from "hosted": read so, the NCSC's base would answer for a question about Ofsted
    assert_declines(answerer, "someone said the NCSC could not sanction us in the way Ofsted can. is that right?")


def test_a_day_compared_with_an_ofsted_week_still_hears_how_long_a_cyber_360_visit_lasts(answerer):
    assert_answers(answerer, "how many days does an LGA Cyber 360 team spend with a council? the chief exec is dreading "
                             "it being like an Ofsted week", "three days")
