"""How exact the asker needs a figure, said after it: "how much has cyber support given out since 2020, ballpark fine".

"Ballpark fine" says a rough figure will do; it asks for no fine (a penalty). A fine asked about ("what's the max fine
under the NIS regs?") is still a sum the entry must give. These run the real knowledge base through the real engine.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_ballpark_fine_asks_for_no_penalty(answerer):
    assert_answers(answerer, "how much has cyber support given out since 2020 in total, ballpark fine", "19.9")


def test_a_fine_asked_about_is_still_a_sum_the_entry_must_give(answerer):
    assert_declines(answerer, "what's the max fine under the NIS regs? ballpark fine", "fine")
