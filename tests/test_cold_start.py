"""`cyberbot ask` answers in a fraction of a second, and the shortcuts that make it fast are safe.

A question from a script is a process of its own, so what that process loads is the answer's
latency. These stories hold the three things that keep it short: the ask path imports nothing
of Slack, PostgreSQL, charts or date parsing; the compiled knowledge base is taken from the
cache only while the files it was made from are unchanged, and answers exactly as a fresh
one does; the English word table gives wordfreq's own figures.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers import compiled, knowledge, zipf
from bot.answers.answerer import Answerer
from bot.core import cache, regexes

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
QUESTIONS = ["what is web check?", "who do I call, we've just been hit by ransomware", "dmarc",
             "what did the ncsc annual review 2025 say", "how much is the cyber 360 visit quid",
             "what is the weather like in frances", "when is the next LGA cyber conference",
             "wher is the m365 guidance", "hi!", "what's the budget of Australia's strategy?"]
# Never needed to answer one question from the command line.
NOT_ON_THE_ASK_PATH = ("slack_bolt", "slack_sdk", "dateparser", "psycopg", "psycopg_pool", "matplotlib",
                       "uvicorn", "starlette", "handlers", "cryptography")
# Nor, once the knowledge base is compiled, what reads its files: the everyday run answers from the copy.
NOT_ON_THE_EVERYDAY_ASK_PATH = ("yaml", "ftfy",
                                # nor what only a write, a lease or a month name used to import
                                "tempfile", "socket", "secrets", "calendar")
# Nor the features a question does not use: it needs the gap log and the drafts, not polls or reminders,
OUR_FEATURES_NOT_ON_THE_ASK_PATH = ("bot.assistant", "bot.polls", "bot.reminders", "bot.calendar", "bot.core.home_tab",
                                    # ...nor the plumbing that serves features to Slack
                                    "bot.core.feature", "bot.core.buttons", "bot.core.router", "bot.core.scheduler",
                                    # ...nor the shapes of a reply shown in Slack or the console
                                    "bot.core.replies")


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A cache folder of the test's own (the English word table stays the machine's: it is shared)."""
    zipf.zipf("the")   # open the machine's table before the folder moves
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setattr(cache, "_FOLDER", [folder])
    return folder


def _answers(kb):
    answerer = Answerer(kb)
    return [answerer.answer(q, record_gap=False).to_json() for q in QUESTIONS]


def test_a_second_load_of_unchanged_knowledge_is_the_compiled_copy_and_answers_the_same(own_cache):
    fresh = knowledge.load(KNOWLEDGE)
    assert "_compiled" not in fresh.__dict__
    expected = _answers(fresh)                           # builds the indexes, and keeps them
    assert list(own_cache.glob("kb-*.pickle"))
    kept = knowledge.load(KNOWLEDGE)
    assert "_compiled" in kept.__dict__                  # taken from the cache, indexes and all
    assert kept.entries == fresh.entries and kept.lexicon == fresh.lexicon
    assert _answers(kept) == expected


def test_an_edited_knowledge_file_is_never_answered_from_the_old_compiled_copy(own_cache, tmp_path):
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    _answers(knowledge.load(folder))
    assert "_compiled" in knowledge.load(folder).__dict__
    target = next(p for p in sorted(folder.glob("*.yaml")) if "Web Check" in p.read_text("utf-8"))
    target.write_text(target.read_text("utf-8").replace("Web Check", "Web Czech"), "utf-8")
    edited = knowledge.load(folder)
    assert "_compiled" not in edited.__dict__
    assert "Web Czech" in Answerer(edited).answer("what is web czech?", record_gap=False).text


def test_a_change_to_any_answerability_module_is_a_new_compiled_copy(tmp_path, monkeypatch):
    """The check lives in a package of its own (``bot/answers/answerability/``): editing one of
    its modules changes how entries are read, so the compiled copy made before is never read again."""
    package = tmp_path / "answers"
    shutil.copytree(compiled._SOURCES[0], package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(compiled, "_SOURCES", (package, compiled._SOURCES[1]))
    before = compiled.key_for(KNOWLEDGE)
    assert before and compiled.key_for(KNOWLEDGE) == before
    module = package / "answerability" / "checking.py"
    module.write_text(module.read_text("utf-8") + "\n# a comment is a change too\n", "utf-8")
    assert compiled.key_for(KNOWLEDGE) not in (None, before)


def test_only_the_newest_compiled_copies_are_kept(own_cache, tmp_path):
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    target = next(p for p in sorted(folder.glob("*.yaml")) if "Web Check" in p.read_text("utf-8"))
    original = target.read_text("utf-8")
    target.write_text(original + "# edit 0\n", "utf-8")
    Answerer(knowledge.load(folder))
    [made] = own_cache.glob("kb-*.pickle")
    # The copies earlier edits left, more than are kept, each older than the last edit's: copies of
    # the real file rather than KEEP + 3 more builds of the whole index (three seconds each).
    earlier = [own_cache / f"kb-earlier-{n:02d}.pickle" for n in range(compiled.KEEP + 3)]
    for n, path in enumerate(earlier):
        shutil.copyfile(made, path)
        os.utime(path, (made.stat().st_mtime - 1000 + n,) * 2)
    for n in (1, 2):                                     # a curator editing the same file again and again
        target.write_text(original + f"# edit {n}\n", "utf-8")
        Answerer(knowledge.load(folder))
    kept = set(own_cache.glob("kb-*.pickle"))
    assert len(kept) == compiled.KEEP
    assert made in kept and len(kept - set(earlier)) == 3                  # the three edits' copies stay
    assert kept & set(earlier) == set(earlier[3 - compiled.KEEP:])         # and the oldest went first
    assert "_compiled" in knowledge.load(folder).__dict__   # the newest is among them


def test_a_damaged_compiled_copy_is_a_miss_not_an_error(own_cache):
    _answers(knowledge.load(KNOWLEDGE))
    for path in own_cache.glob("kb-*.pickle"):
        path.write_bytes(b"not a pickle")
    kb = knowledge.load(KNOWLEDGE)
    assert "_compiled" not in kb.__dict__ and len(kb.entries) > 100


def test_a_knowledge_base_with_problems_is_never_kept(own_cache, tmp_path):
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    (folder / "broken.yaml").write_text("entries:\n  - id: [oops\n", "utf-8")
    for _ in range(2):
        with pytest.raises(knowledge.KnowledgeError) as caught:
            knowledge.load(folder)
        assert any("not valid YAML" in p.reason for p in caught.value.problems)
    assert not list(own_cache.glob("kb-*.pickle"))


def test_the_english_word_table_gives_wordfreq_s_own_figures():
    from wordfreq import get_frequency_dict, zipf_frequency

    words = [w for w in list(get_frequency_dict("en"))[::97] if zipf.PLAIN.fullmatch(w)]
    words += ["piilars", "dluhc", "qzxv", "weather", "whether", "quid", "cllr", "m365", "cert-uk", "café", "2025"]
    assert [zipf.zipf(w) for w in words] == [zipf_frequency(w, "en") for w in words]


def test_several_words_read_at_once_from_the_english_word_table_are_each_word_s_own_figure():
    words = ["nutshell", "nutshel", "weekdays", "qzxv", "council", "cllr"]
    assert zipf.zipfs(words) == {w: zipf.zipf(w) for w in words}
    assert zipf.zipfs(["café", "council"]) == {"café": zipf.zipf("café"), "council": zipf.zipf("council")}


@pytest.mark.slow
def test_asking_from_the_command_line_loads_no_slack_database_driver_chart_library_or_yaml_reader(tmp_path):
    """Twice in a fresh cache: the first run makes the cache, the second is the everyday one."""
    child = ("import json, sys\nfrom bot.cli import main\ncode = main(['ask', 'what is web check?'])\n"
             "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n")
    for run, report in zip(("first", "everyday"), _asked_twice(tmp_path, child, "Web Check")):
        loaded = [m for m in report["modules"] if m.split(".")[0] in NOT_ON_THE_ASK_PATH
                  or run == "everyday" and m.split(".")[0] in NOT_ON_THE_EVERYDAY_ASK_PATH
                  or m.startswith(tuple(f"{name}." for name in OUR_FEATURES_NOT_ON_THE_ASK_PATH))
                  or m in OUR_FEATURES_NOT_ON_THE_ASK_PATH]
        assert loaded == [], f"{run} run imported {loaded}"
        # The first run made the new database's tables, and the everyday run opened an
        # up-to-date one, without sqlite-utils (and the numpy it imports).
        for heavy in ("sqlite_utils", "numpy"):
            assert heavy not in report["modules"], f"{run} run imported {heavy}"
    # The everyday run read the compiled knowledge base and the word table, not wordfreq's
    # whole list.
    assert "wordfreq" not in report["modules"]


@pytest.mark.slow
def test_an_everyday_question_from_the_command_line_compiles_none_of_our_module_patterns(tmp_path):
    """Every module constant pattern of ours comes back from the kept programs (``bot.core.regexes``)
    and every pattern built from the knowledge base from its compiled copy: the everyday run parses
    none of them (each one parsed costs a cold start a fraction of a millisecond to tens of them)."""
    child = ("import json, re, sys\nfrom re import _compiler\nours = []\ncompile = _compiler.compile\n"
             "def recorded(pattern, flags=0):\n"
             "    frame = sys._getframe(1)\n"
             "    while frame and ('/re/' in frame.f_code.co_filename or frame.f_code.co_filename.endswith('regexes.py')):\n"
             "        frame = frame.f_back\n"
             f"    if frame and frame.f_code.co_filename.startswith({str(ROOT / 'bot')!r}) and (\n"
             "            frame.f_code.co_name == '<module>' or frame.f_code.co_filename.endswith('compiled.py')):\n"
             "        ours.append(f'{frame.f_code.co_filename}:{frame.f_lineno}')\n"
             "    return compile(pattern, flags)\n"
             "_compiler.compile = recorded\n"
             "from bot.cli import main\ncode = main(['ask', 'who runs the ncsc now?'])\n"
             "print(json.dumps({'code': code, 'ours': ours}))\n")
    everyday = _asked_twice(tmp_path, child, "Horne")[-1]
    assert everyday["ours"] == [], f"the everyday run compiled {everyday['ours']}"


def _asked_twice(tmp_path, child: str, said: str) -> list[dict]:
    """The JSON report the ``child`` script prints last, from its first run in a fresh cache (which makes
    the cache) and its everyday second run; each must answer with ``said``."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "CYBERBOT_DB": str(tmp_path / "c.db"),
           "PYTHONPATH": str(ROOT)}
    env.pop("CYBERBOT_DATABASE_URL", None)
    reports = []
    for _ in ("first", "everyday"):
        done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120)
        reports.append(json.loads(done.stdout.strip().splitlines()[-1]))
        assert reports[-1]["code"] == 0 and said in done.stdout, done.stderr
    return reports


def test_the_lexicon_s_phrase_patterns_come_back_from_the_compiled_copy_as_the_very_regexes_compiled():
    import pickle
    import re

    from bot.answers.lexicon import _PATTERNS

    lexicon = knowledge.load(KNOWLEDGE).lexicon
    again = pickle.loads(pickle.dumps(lexicon))
    for name in _PATTERNS:
        pattern = getattr(lexicon, name)
        # a Pattern equals another only with the same source, flags and compiled program
        assert getattr(again, name) == re.compile(pattern.pattern, pattern.flags), name
    assert again == lexicon
    assert again.expand("natl cyber strat asap?") == lexicon.expand("natl cyber strat asap?")


def test_a_phrase_pattern_whose_kept_program_does_not_fit_is_compiled_afresh():
    import re

    pattern = re.compile(r"(?<![\w@£])(?:natl|strat)(?![\w£])", re.IGNORECASE)
    source, flags, code, *rest = regexes.freeze(pattern)
    assert regexes.thawed((source, flags, list(code)[:-3] + [999, 999, 999], *rest)) == pattern


def test_a_database_first_made_by_a_question_from_the_command_line_gets_every_feature_s_tables_at_the_next_start(
        tmp_path, monkeypatch):
    """`cyberbot ask` opens only the tables it uses; the first full start adds the rest (by name)."""
    import sqlite3

    from bot.assistant import CyberBot
    from bot.cli import main
    from bot.core.config import Settings

    def tables():
        with sqlite3.connect(db) as conn:
            return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    db = tmp_path / "first.db"
    monkeypatch.setenv("CYBERBOT_DB", str(db))
    monkeypatch.delenv("CYBERBOT_DATABASE_URL", raising=False)
    assert main(["ask", "what is web check?"]) == 0
    assert "unanswered" in tables() and "polls" not in tables()
    CyberBot(Settings.from_env({"CYBERBOT_DB": str(db)}, load_dotenv_file=False)).close()
    assert {"unanswered", "polls", "reminders"} <= tables()
@pytest.fixture
def kept_regexes(own_cache, monkeypatch):
    """``bot.core.regexes`` as a new process finds it: nothing read yet, nothing new."""
    def new_process():
        monkeypatch.setattr(regexes, "_kept", None)
        monkeypatch.setattr(regexes, "_new", {})
        monkeypatch.setattr(regexes, "_used", set())
        monkeypatch.setattr(regexes.atexit, "register", lambda function: None)
    new_process()
    return new_process


def test_a_fixed_pattern_compiled_in_one_process_is_the_very_same_regex_in_the_next_without_compiling(
        kept_regexes, own_cache, monkeypatch):
    import re

    source = r"(?<![\w'-])(?:stock\s*take|stocktake)s?\b(?P<year>\s+(?:19|20)\d\d)?"
    first = regexes.compile(source, re.IGNORECASE)
    assert first == re.compile(source, re.IGNORECASE)
    regexes._save()
    assert list(own_cache.glob("regexes-*.pickle"))
    kept_regexes()
    def no_compiling(*args):
        raise AssertionError("compiled again")
    monkeypatch.setattr(re._compiler, "compile", no_compiling)
    re.purge()
    again = regexes.compile(source, re.IGNORECASE)
    assert again == first and again.groupindex == {"year": 1}
    assert again.search("our Stocktake 2019 return").group("year") == " 2019"


def test_a_kept_program_the_interpreter_refuses_or_a_broken_file_means_compiling_afresh(kept_regexes, own_cache):
    import pickle
    import re

    source = r"\bweb\s+check(?:ed|s)?\b"
    frozen = regexes.freeze(re.compile(source))
    bad = (frozen[0], frozen[1], frozen[2][:-3] + type(frozen[2])(frozen[2].typecode, [999, 999, 999]), *frozen[3:])
    regexes._path().write_bytes(pickle.dumps({(source, 0): bad}))
    assert regexes.compile(source) == re.compile(source)
    kept_regexes()
    regexes._path().write_bytes(b"not a pickle")
    assert regexes.compile(source).search("we web checked it")


def test_questions_people_type_are_never_written_into_the_kept_patterns(kept_regexes):
    """Only fixed patterns are kept: answering questions compiles nothing new into the file."""
    kb = knowledge.load(KNOWLEDGE)
    answerer = Answerer(kb)
    answerer.answer("what is web check?", record_gap=False)     # every pattern of the engine in use
    kept_regexes()
    typed = ["zqxjv council's secret sauce 7731?", "who is Zebedee Quux at Grimsby?", "(unclosed [bracket"]
    for question in typed:
        answerer.answer(question, record_gap=False)
    assert not any(word in pattern for pattern, _ in regexes._new for word in ("zqxjv", "Zebedee", "7731", "unclosed"))


def test_only_the_newest_english_word_tables_are_kept_however_many_environments_made_one(own_cache, monkeypatch):
    """Each virtual environment's wordfreq makes a table of its own (7 MB): a machine where many were
    made (CI runners, a developer's worktrees) keeps the newest few, not every one ever made."""
    earlier = [own_cache / f"zipf-en-earlier{n}.sqlite" for n in range(zipf.KEEP + 2)]
    for n, path in enumerate(earlier):
        path.write_bytes(b"")
        os.utime(path, (1_000_000 + n,) * 2)
    monkeypatch.setattr(zipf, "_STATE", {})          # this process has not opened its table yet
    assert zipf.zipf("council") > 4
    kept = set(own_cache.glob("zipf-en-*.sqlite"))
    assert len(kept) == zipf.KEEP and zipf.table_path() in kept
    assert kept - {zipf.table_path()} == set(earlier[-(zipf.KEEP - 1):])    # the oldest went first
