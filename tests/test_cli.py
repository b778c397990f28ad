"""The `cyberbot` command as outside tools and people use it (real processes, no mocks)."""

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot` command.

BOT = [sys.executable, "-m", "bot"]


def run(args, env, stdin=None, timeout=60):
    return subprocess.run(BOT + args, input=stdin, capture_output=True, text=True, env=env, timeout=timeout)


def test_ask_prints_a_sourced_answer(cli_env):
    result = run(["ask", "What is Web Check?"], cli_env)
    assert result.returncode == 0, result.stderr
    assert "Web Check" in result.stdout and "Sources:" in result.stdout


def test_ask_json_has_the_contract_fields(cli_env):
    result = run(["ask", "--json", "How much is the government putting into cyber security?"], cli_env)
    data = json.loads(result.stdout)
    assert set(data) >= {"question", "answered", "id", "title", "answer", "sources", "score", "suggestions"}
    assert data["answered"] is True and data["id"] and data["sources"]
    assert isinstance(data["score"], float)


def test_ask_json_for_an_unknown_says_so(cli_env):
    data = json.loads(run(["ask", "--json", "What's the capital of Peru?"], cli_env).stdout)
    assert data["answered"] is False and data["id"] is None and data["sources"] == []
    assert data["answer"].startswith("I'm not sure")


def test_ask_json_stdin_streams_one_line_per_question_in_order(cli_env):
    proc = subprocess.Popen(BOT + ["ask", "--json", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=cli_env)
    try:
        for question in ["What is Web Check?", "tell me a joke", "", "who chairs lcioc"]:
            proc.stdin.write(question + "\n")
            proc.stdin.flush()
            line = proc.stdout.readline()  # answered before the next question is sent: streaming
            assert json.loads(line)["question"] == question.strip()
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()


def test_empty_question_is_a_usage_error_not_a_traceback(cli_env):
    result = run(["ask", ""], cli_env)
    assert result.returncode == 2
    assert "Ask me a question" in result.stderr and "Traceback" not in result.stderr


def test_a_10000_character_question_gets_a_clear_message(cli_env):
    result = run(["ask", "why " * 2500], cli_env)
    assert result.returncode == 2
    assert "characters" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("text", ["\x01\x02\x7f binary", "🔐🛡️", "מה זה NCSC", "\u202egnirts desrever"])
def test_odd_text_is_answered_or_declined_cleanly(cli_env, text):
    result = run(["ask", "--json", text], cli_env)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["question"]


def test_eval_prints_the_figures_and_misses(cli_env, tmp_path):
    questions = tmp_path / "q.yaml"
    questions.write_text('- q: "What is Web Check?"\n  expect: ["website"]\n'
                         '- q: "tell me a joke"\n  expect: abstain\n')
    result = run(["eval", str(questions)], cli_env)
    assert result.returncode == 0, result.stderr
    for label in ("answerable accuracy: 100.0%", "abstention accuracy: 100.0%", "false-answer rate", "p50", "p99"):
        assert label in result.stdout


def test_eval_scores_the_answers_people_get_on_the_day_it_is_told(cli_env, tmp_path):
    questions = tmp_path / "q.yaml"
    questions.write_text('- q: "where was last year\'s cyberuk?"\n  expect: ["Glasgow"]\n')
    in_2020 = run(["eval", "--today", "2020-06-01", str(questions)], cli_env)
    assert in_2020.returncode == 0 and "answerable accuracy: 100.0%" in in_2020.stdout, in_2020.stdout + in_2020.stderr
    in_2026 = run(["eval", "--today", "2026-11-30", str(questions)], cli_env)    # no CYBERUK 2025 in the sources
    assert "answerable accuracy: 0.0%" in in_2026.stdout
    bad_day = run(["eval", "--today", "30/11", str(questions)], cli_env)
    assert bad_day.returncode == 2 and "YYYY-MM-DD" in bad_day.stderr and "Traceback" not in bad_day.stderr


def test_eval_on_a_bad_file_is_a_clear_error(cli_env, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- q: [unclosed\n")
    result = run(["eval", str(bad)], cli_env)
    assert result.returncode == 2 and "not valid YAML" in result.stderr
    assert run(["eval", str(tmp_path / "missing.yaml")], cli_env).returncode == 2


def test_kb_gaps_lists_unanswered_questions_most_frequent_first(cli_env):
    run(["ask", "tell me a joke"], cli_env)
    run(["ask", "what's the weather in leeds"], cli_env)
    run(["ask", "what's the weather in Leeds?"], cli_env)
    result = run(["kb", "gaps"], cli_env)
    lines = result.stdout.splitlines()
    assert "weather in" in lines[1] and lines[1].split()[0] == "2"
    assert "joke" in lines[2]


def test_chat_answers_typed_lines_and_exits_cleanly_at_eof(cli_env):
    result = run(["chat"], cli_env, stdin="/cyber help\nWhat is Web Check?\n/cyber topcs\n")
    assert result.returncode == 0, result.stderr
    assert "Here's what I can do" in result.stdout
    assert "Sources" in result.stdout or "http" in result.stdout
    assert "Did you mean `/cyber topics`" in result.stdout
    assert "Traceback" not in result.stderr


def test_cyberbot_alone_with_no_slack_tokens_starts_the_chat(cli_env):
    result = run([], cli_env, stdin="/cyber help\n")
    assert result.returncode == 0, result.stderr
    assert "Here's what I can do" in result.stdout


def test_cyberbot_alone_with_slack_tokens_prints_usage(cli_env):
    result = run([], dict(cli_env, SLACK_BOT_TOKEN="xoxb-test"), stdin="/cyber help\n")
    assert result.returncode == 2 and "chat" in result.stdout
    assert "Here's what I can do" not in result.stdout
