""""One more I can't remember, three letters, naturally": a number that counts an everyday word no entry uses is the
asker's own count, not a figure the answer must give.

The figure check held "three" to the entry on the NCSC's predecessors, which names them without counting letters,
and declined. A number straight before such a word ("2 things", "three letters") is now read as describing, as
"a three-word slogan" already was; a fraction ("three quarters of councils") and a figure our entries count ("39
outcomes", "two pillars") are still held to. These run the real knowledge base through the real engine.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_count_of_letters_in_a_half_remembered_name_is_not_held_to(answerer):
    assert_answers(answerer, "what did ncsc swallow when it was set up? cesg, cert-uk and... one more i cant remember. "
                             "three letters, naturally", "GovCertUK")


def test_a_share_given_as_a_fraction_is_still_held_to(answerer):
    assert_declines(answerer, "about three quarters of councils were CiSP members per Socitm - right?")


def test_a_count_of_things_our_entries_count_is_still_held_to(answerer):
    assert_declines(answerer, "the caf has 45 outcomes, right?")
