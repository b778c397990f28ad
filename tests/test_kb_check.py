"""A curator who breaks the knowledge base is told exactly where and why."""

import subprocess
import sys
import textwrap

import pytest

from bot.answers import knowledge

TOPICS = "topics:\n  - id: strategy\n    title: Strategy\n"
GOOD_ENTRY = """
  - id: good-entry
    title: A good entry
    topic: strategy
    answer: The strategy was backed by £1.9 billion.
    sources:
      - publisher: GOV.UK
        title: A page
        date: "2016-11-01"
        url: https://www.gov.uk/a-page
"""


def write_kb(folder, entries_yaml, name="strategy.yaml"):
    (folder / "topics.yaml").write_text(TOPICS)
    (folder / name).write_text("entries:" + textwrap.dedent(entries_yaml))
    return folder


def problems_for(tmp_path, entries_yaml):
    return [str(p) for p in knowledge.check(write_kb(tmp_path, entries_yaml))]


def test_the_real_knowledge_base_has_no_problems():
    from handlers.testing.process import KNOWLEDGE

    assert knowledge.check(KNOWLEDGE) == []


def test_a_good_entry_passes(tmp_path):
    assert problems_for(tmp_path, GOOD_ENTRY) == []


def test_a_file_that_is_not_yaml_names_its_line(tmp_path):
    (tmp_path / "topics.yaml").write_text(TOPICS)
    (tmp_path / "broken.yaml").write_text("entries:\n  - id: x\n    title: [unclosed\n")
    problems = [str(p) for p in knowledge.check(tmp_path)]
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'broken.yaml'}:")
    assert "not valid YAML" in problems[0]


def test_a_missing_answer_is_reported_at_the_entry(tmp_path):
    broken = GOOD_ENTRY.replace("    answer: The strategy was backed by £1.9 billion.\n", "")
    problems = problems_for(tmp_path, broken)
    assert problems == [f"{tmp_path / 'strategy.yaml'}:2: missing required field `answer`"]


def test_an_entry_without_sources_is_refused(tmp_path):
    broken = GOOD_ENTRY.split("    sources:")[0]
    assert any("missing required field `sources`" in p for p in problems_for(tmp_path, broken))


def test_duplicate_ids_point_to_both_places(tmp_path):
    problems = problems_for(tmp_path, GOOD_ENTRY + GOOD_ENTRY)
    assert len(problems) == 1
    assert "duplicate id 'good-entry'" in problems[0]
    assert "first at" in problems[0] and ":2)" in problems[0]


@pytest.mark.parametrize("bad", ['"2016-13-01"', '"2017-02-30"', '"1 November 2016"', '"soon"'])
def test_bad_dates_are_reported(tmp_path, bad):
    problems = problems_for(tmp_path, GOOD_ENTRY.replace('"2016-11-01"', bad))
    assert len(problems) == 1 and "bad date" in problems[0]
    assert ":9:" in problems[0]


@pytest.mark.parametrize("bad", ["www.gov.uk/page", "https://gov uk/page", "ftp://gov.uk/x", "https://localhost"])
def test_malformed_urls_are_reported(tmp_path, bad):
    problems = problems_for(tmp_path, GOOD_ENTRY.replace("https://www.gov.uk/a-page", bad))
    assert len(problems) == 1 and "malformed URL" in problems[0]


def test_an_unknown_topic_is_reported(tmp_path):
    problems = problems_for(tmp_path, GOOD_ENTRY.replace("topic: strategy", "topic: strategee"))
    assert len(problems) == 1 and "unknown topic 'strategee'" in problems[0]


def test_a_misspelt_field_is_reported(tmp_path):
    problems = problems_for(tmp_path, GOOD_ENTRY.replace("    answer:", "    answer: x\n    answr:"))
    assert any("unknown field `answr`" in p for p in problems)


def test_events_need_a_real_start_date(tmp_path):
    entry = GOOD_ENTRY + "    event:\n      start: \"2017-02-31\"\n"
    assert any("event start" in p for p in problems_for(tmp_path, entry))


@pytest.mark.slow
def test_kb_check_exits_1_and_prints_file_and_line(tmp_path):
    write_kb(tmp_path, GOOD_ENTRY.replace("topic: strategy", "topic: nowhere"))
    result = subprocess.run([sys.executable, "-m", "bot", "kb", "check"], capture_output=True, text=True,
                            env={"CYBERBOT_KNOWLEDGE": str(tmp_path), "PATH": ""}, cwd=tmp_path)
    assert result.returncode == 1
    assert f"{tmp_path / 'strategy.yaml'}:4: unknown topic 'nowhere'" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_kb_check_passes_on_the_real_knowledge_base(cli_env):
    result = subprocess.run([sys.executable, "-m", "bot", "kb", "check"], capture_output=True, text=True, env=cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


@pytest.mark.slow
def test_the_bot_refuses_a_broken_knowledge_base_with_a_clear_message(tmp_path):
    (tmp_path / "topics.yaml").write_text(TOPICS)
    (tmp_path / "bad.yaml").write_text("entries:\n  - id: x\n    title: y\n")
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "what is web check"], capture_output=True,
                            text=True, env={"CYBERBOT_KNOWLEDGE": str(tmp_path), "CYBERBOT_DB": str(tmp_path / "d.db"),
                                            "PATH": ""}, cwd=tmp_path)
    assert result.returncode == 1
    assert "problem(s)" in result.stderr and "missing required field" in result.stderr
    assert "Traceback" not in result.stderr


# -- the chat lexicon ---------------------------------------------------------------------------

def lexicon_problems(tmp_path, lexicon_yaml):
    write_kb(tmp_path, GOOD_ENTRY)
    (tmp_path / "lexicon.yaml").write_text(textwrap.dedent(lexicon_yaml))
    return [str(p) for p in knowledge.check(tmp_path)]


def test_a_curator_adding_slang_to_the_lexicon_sees_it_loaded(tmp_path):
    assert lexicon_problems(tmp_path, "expansions:\n  dosh: money\nfiller: [mate]\n") == []
    kb = knowledge.load(tmp_path)
    assert kb.lexicon.expand("how much dosh mate").split() == ["how", "much", "money", "mate"]


def test_a_broken_lexicon_is_reported_by_file_and_line(tmp_path):
    problems = lexicon_problems(tmp_path, """\
        expansions:
          dosh: money
          dosh: cash
          quid: ""
        filler: [mate, good morning]
        incident_entry: no-such-entry
        slang: [x]
        """)
    assert any("lexicon.yaml:3:" in p and "twice" in p for p in problems)
    assert any("lexicon.yaml:4:" in p and "stand for" in p for p in problems)
    assert any("lexicon.yaml:5:" in p and "single words" in p for p in problems)
    assert any("lexicon.yaml:6:" in p and "no-such-entry" in p for p in problems)
    assert any("lexicon.yaml:7:" in p and "unknown section `slang`" in p for p in problems)


def test_a_curator_placing_a_city_in_a_nation_is_held_to_the_lexicons_places_and_countries(tmp_path):
    assert lexicon_problems(tmp_path, """\
        countries: [scotland, wales]
        places: [glasgow, cardiff]
        within:
          scotland: [glasgow]
          wales: [cardiff]
        """) == []
    assert knowledge.load(tmp_path).lexicon.places_within("Scotland") == ("glasgow",)
    problems = lexicon_problems(tmp_path, """\
        countries: [scotland, wales]
        places: [glasgow, cardiff]
        within:
          scotland: [glasgow, cardiff, perth]
          wales: [cardiff]
          mercia: [glasgow]
        """)
    assert any("'perth'" in p and "places" in p for p in problems)
    assert any("'cardiff'" in p and "both" in p for p in problems)
    assert any("'mercia'" in p and "countries" in p for p in problems)


def test_the_real_lexicon_names_a_reporting_route_that_exists(kb):
    assert kb.lexicon.incident_entry in kb.by_id
