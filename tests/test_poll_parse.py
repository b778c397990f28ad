"""Reading `/cyber poll ...` as council leads type it, including what a Mac's curly quotes send."""

import pytest

from bot.polls.parse import (NewPoll, PollCommand, PollParseError, ShowUsage, parse_poll_args,
                             parse_vote_args)


def error_for(args: str) -> str:
    with pytest.raises(PollParseError) as caught:
        parse_poll_args(args)
    return caught.value.message


def test_a_poll_with_straight_quotes_reads_question_and_options():
    got = parse_poll_args('"Are you going to the summit?" "Yes" "No" "Not sure"')
    assert got == NewPoll("poll", "Are you going to the summit?", ("Yes", "No", "Not sure"))


def test_curly_quotes_as_slack_on_a_mac_sends_them_work_too():
    got = parse_poll_args("\u201cAre you going?\u201d \u201cYes\u201d \u201cNo\u201d")
    assert (got.question, got.options) == ("Are you going?", ("Yes", "No"))


def test_single_curly_quotes_and_mixed_quotes_work():
    got = parse_poll_args("\u2018Lunch?\u2019 'Pizza' \u201cTacos\u201d \"Salad\u201d")
    assert (got.question, got.options) == ("Lunch?", ("Pizza", "Tacos", "Salad"))


def test_apostrophes_and_quoted_words_inside_an_option_stay_part_of_it():
    got = parse_poll_args("\u201cWhat\u2019s our view on \u201czero trust\u201d?\u201d \"Don't know\" \u2018It\u2019s fine\u2019")
    assert got.question == "What\u2019s our view on \u201czero trust\u201d?"
    assert got.options == ("Don't know", "It\u2019s fine")


def test_flags_after_the_options_are_read():
    got = parse_poll_args('"Q?" "A" "B" anonymous multiple hidden closes friday 5pm')
    assert (got.anonymous, got.multiple, got.hidden, got.closes_text) == (True, True, True, "friday 5pm")


def test_a_closing_time_can_be_followed_by_more_flags():
    got = parse_poll_args('"Q?" "A" "B" closes in 2 hours anonymous')
    assert (got.closes_text, got.anonymous) == ("in 2 hours", True)


def test_pulse_takes_just_a_question_and_flags():
    got = parse_poll_args('pulse \u201cHow confident are you in your backups?\u201d anonymous closes tomorrow 5pm')
    assert got == NewPoll("pulse", "How confident are you in your backups?", (), anonymous=True,
                          closes_text="tomorrow 5pm")


def test_close_and_results_take_a_poll_number():
    assert parse_poll_args("close 12") == PollCommand("close", 12)
    assert parse_poll_args("results #7") == PollCommand("results", 7)


def test_no_arguments_shows_how_to_make_a_poll():
    assert parse_poll_args("") == ShowUsage()


def test_fewer_than_two_options_says_what_was_understood():
    message = error_for('"Are you going?" "Yes"')
    assert "Are you going?" in message and "one option" in message and "at least 2" in message


def test_more_than_ten_options_is_refused():
    options = " ".join(f'"Option {n}"' for n in range(11))
    assert "up to 10" in error_for(f'"Q?" {options}')


def test_duplicate_options_are_refused_whatever_their_case():
    assert "both" in error_for('"Q?" "Yes" "No" "yes"')


def test_an_option_longer_than_a_slack_button_is_refused():
    message = error_for(f'"Q?" "Short" "{"x" * 76}"')
    assert "76 characters" in message and "75" in message


def test_an_option_of_exactly_75_characters_is_fine():
    assert len(parse_poll_args(f'"Q?" "Short" "{"x" * 75}"').options[1]) == 75


def test_an_unclosed_quote_is_pointed_out():
    assert "no closing quote" in error_for('"Q?" "Yes" "No')


def test_a_stray_curly_quote_in_a_word_is_pointed_out():
    assert "quotes" in error_for('"Q?" "Yes" No\u201d')


def test_unquoted_poll_asks_for_quotes():
    assert "in quotes" in error_for("Lunch today? Pizza Tacos")


def test_a_misspelt_flag_gets_a_suggestion():
    assert "Did you mean `anonymous`" in error_for('"Q?" "A" "B" anonymus')


def test_closes_without_a_time_asks_when():
    assert "When should it close" in error_for('"Q?" "A" "B" closes')


def test_an_empty_option_is_refused():
    assert "Option 2 is empty" in error_for('"Q?" "A" "" "C"')


def test_a_pulse_with_options_or_multiple_is_explained():
    assert "1 to 5" in error_for('pulse "Q?" "A" "B"')
    assert "multiple" in error_for('pulse "Q?" multiple')


def test_user_text_in_error_messages_cannot_ping_the_channel():
    message = error_for('"<!channel> now" "<!here>"')
    assert "<!channel>" not in message and "<!here>" not in message


def test_a_close_without_a_number_asks_which_poll():
    assert "Which poll" in error_for("close")
    assert "isn't a poll number" in error_for("results abc")


def test_console_vote_reads_a_number_or_the_option_text():
    assert parse_vote_args("12 2") == (12, "2")
    assert parse_vote_args('12 "Not sure"') == (12, "Not sure")
    with pytest.raises(PollParseError):
        parse_vote_args("twelve yes")
