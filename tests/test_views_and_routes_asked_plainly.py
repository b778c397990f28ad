"""Whether something is worth joining, or which product is best for a council, is a view, whoever words it plainly
("best SIEM for a district council?", "is cisp worth joining?"); the best way or number to report an attack is the
route the sources give, a fact, and someone asking what number to call if they get hit gets it."""

from handlers.testing.asking import assert_answers, assert_declines

VIEW = "I can't give a view"


def test_the_best_product_for_a_council_is_a_view(answerer):
    assert_declines(answerer, "best SIEM for a district council?", VIEW)


def test_whether_a_service_is_worth_joining_is_a_view(answerer):
    assert_declines(answerer, "is cisp worth joining?", VIEW)
    assert_declines(answerer, "is it still worth a council joining CiSP? give me your honest take", VIEW)


def test_the_best_way_to_report_a_phishing_email_is_the_reporting_route(answerer):
    assert_answers(answerer, "what's the best way to report a phishing email?", "report@phishing.gov.uk")


def test_what_number_to_call_if_we_get_hit_is_the_reporting_route(answerer):
    assert_answers(answerer, "what number do we call if we get hit?", "0300 123 2040")
    assert_answers(answerer, "who do we tell if we've been hacked?", "0300 123 2040")
