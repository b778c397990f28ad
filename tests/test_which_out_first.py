"""A search box drops the verb before its particle: "NCS 2022 vs GCSS — which out first" asks which came out first,
as "which came out first" does, however the two are set apart (a dash, an em dash, a comma)."""

from handlers.testing.asking import assert_answers


def test_which_out_first_is_which_came_out_first(answerer):
    assert_answers(answerer, "NCS 2022 vs GCSS \u2014 which out first", "\u201cNCS 2022\u201d came first",
                   "\u201cGCSS\u201d (25 January 2022)")


def test_which_live_first_is_which_went_live_first(answerer):
    assert_answers(answerer, "cisp or cyber essentials, which live first?", "came first (27 March 2013)")
