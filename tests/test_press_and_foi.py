"""A council press or FOI officer's question is answered as the question it is.

They ask with a journalist on the phone or an FOI request open: what the answer is for ("for the press
release", "in one line for an FOI response"), who asked ("a reporter asks ...", "FOI asks ..."), what the
press already has down ("journalist has 2017 in her copy"), what the paper is doing ("local paper doing a
piece on ..."), the enquiry itself pasted in ("Following up on a press enquiry: '...'") and a last word
asking whether we have a figure at all. None of that is what the answer must hold to. These run the real
knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_what_the_answer_is_for_in_a_press_office_does_not_pull_the_search_elsewhere(answerer):
    assert_answers(answerer, "web check in a sentence for the press release please", "Web Check")
    assert_answers(answerer, "what is the NCSC, for a media statement", "GCHQ")
    assert_answers(answerer, "mail check in plain english for a journalist", "DMARC")
    assert_answers(answerer, "need cyber essentials summed up in one line for our FOI reply", "certification")


def test_what_the_press_already_has_down_after_the_question_is_corrected_not_held_to(answerer):
    assert_answers(answerer, "when did the ncsc start work? the reporter has 2017 in his draft", "October 2016")
    assert_answers(answerer, "when was cyber essentials launched? journo's got 2015 down", "June 2014")
    assert_answers(answerer, "what year did the NCSC open for business - the paper has it as 2017", "October 2016")


def test_a_claim_from_the_press_before_the_question_is_still_checked(answerer):
    # Said before what is asked, the claim is what they want confirmed: a wrong year is not confirmed.
    assert_declines(answerer, "journo says the £1.9bn was first announced in the 2013 autumn statement - ok to confirm?")
    assert_declines(answerer, "the reporter has cyber essentials launching in june 2015 - can I confirm that?")


def test_who_sent_the_request_is_not_what_it_asks_about(answerer):
    assert_answers(answerer, "a journalist asks how much the government put into the 2016 strategy", "1.9")
    assert_answers(answerer, "the requester is asking when the stocktake data were collected", "June")
    assert_answers(answerer, "FOI asks who launched the 2016 national cyber security strategy", "Hammond")


def test_asking_whether_we_have_a_figure_after_the_question_asks_for_nothing_more(answerer):
    assert_answers(answerer, "how much did the 2016 strategy put into cyber, do we have a figure?", "1.9")
    assert_answers(answerer, "how many english councils did the stocktake cover? got a number?", "353")
    assert_answers(answerer, "when did the ncsc open for business - have we got a date on that?", "October 2016")


def test_the_questions_a_pasted_press_enquiry_asks_are_the_ones_to_answer(answerer):
    assert_answers(answerer, "Reporter's email: 'Where was CYBERUK 2019 held and how many people went?' - can you "
                             "fill those in?", "Glasgow")
    assert_answers(answerer, "press enquiry just in: 'Who was the first chief executive of the NCSC?' - help me "
                             "answer this", "Ciaran Martin")


def test_the_press_deadline_and_a_line_for_the_paper_are_not_what_is_asked(answerer):
    assert_answers(answerer, "Deadline 4pm. Who was the first chief executive of the NCSC?", "Ciaran Martin")
    assert_answers(answerer, "FOI due friday: how many councils did the stocktake cover?", "353")
    assert_answers(answerer, "need a line for the local paper on what cyber essentials is", "certification")
    assert_answers(answerer, "need a line for the press release on when the ncsc opened", "2017")
    assert_answers(answerer, "the bbc want to know how much the govt put into the 2016 strategy", "1.9")
    # ...while a deadline the question asks about is still asked.
    assert_answers(answerer, "by when do we need replacements for mail check and web check?", "2026")


def test_a_paper_named_doing_a_feature_before_a_dash_is_not_what_is_asked(answerer):
    assert_answers(answerer, "Hi team 👋 the Chronicle's doing a 'who's who of council cyber' - where did Geoff Connell "
                             "work before Norfolk?", "Newham")
    assert_declines(answerer, "the Gazette's doing a feature - who ran the NCSC before 2016?", "2016")
