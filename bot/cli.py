"""The ``cyberbot`` command line, as named in the outside contract.

Every failure a person can cause (a bad question file, a broken knowledge base, a database
that is not SQLite) ends in one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import re
import dataclasses
import gc
import logging
import sys

from bot.answers import knowledge
from bot.core.config import ConfigError, Settings

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_PROBLEM):
        super().__init__(message)
        self.code = code


INIT_HELP = ("start afresh on purpose: an empty database if the one that was here is missing "
             "(never touches a database that exists), a new anonymous voters' key if its key file is missing")


TEAM_HELP = ("the workspace (team id T..., or an organisation's E...) whose data to read; needed, and only "
             "allowed, when this deployment serves many workspaces (SLACK_CLIENT_ID)")


def _workspace(args, settings: Settings, storage) -> str:
    """The tenant key a command reads (``bot.core.tenancy``): ``""`` with one workspace, else ``--team``."""
    from bot.core.tenancy import many_workspaces

    team = (getattr(args, "team", None) or "").strip()
    if not many_workspaces(settings):
        if team:
            raise CliError("--team is for deployments serving many workspaces (SLACK_CLIENT_ID set); this one serves "
                           "one workspace, so leave --team out", EXIT_USAGE)
        return ""
    if team and re.fullmatch(r"[TE][A-Z0-9]+", team):
        return team
    rows = storage.query("SELECT enterprise_id, team_id FROM slack_bots WHERE client_id = ? ORDER BY installed_at",
                         (settings.client_id,))
    installed = ", ".join(r["team_id"] or r["enterprise_id"] for r in rows) or "none installed yet"
    if team:
        raise CliError(f"{team!r} is not a workspace id; use a team id such as T0123ABCD (installed: {installed})",
                       EXIT_USAGE)
    raise CliError(f"this deployment serves many workspaces, so say whose data to read with --team "
                   f"(installed: {installed})", EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cyberbot", description="A cyber security assistant for UK council leads.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chat = sub.add_parser("chat", help="talk to the bot in this terminal (no Slack needed)")
    chat.add_argument("--init", action="store_true", help=INIT_HELP)
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("--json", action="store_true", help="print JSON (JSON Lines when reading stdin)")
    ask.add_argument("question", nargs="+", help="the question, or - to read one per line from stdin")
    ev = sub.add_parser("eval", help="score the bot on a question file")
    ev.add_argument("file")
    ev.add_argument("--today", metavar="YYYY-MM-DD", type=_eval_day,
                    help="answer as on this day (\"last year's\", \"the next deadline\"); default: today")
    kb = sub.add_parser("kb", help="knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND")
    kb_sub.add_parser("check", help="validate every knowledge file")
    gaps = kb_sub.add_parser("gaps", help="unanswered questions, not-helpful answers and questions for the council, "
                                          "most frequent first")
    gaps.add_argument("--limit", type=int, default=50)
    gaps.add_argument("--json", action="store_true", help="print JSON")
    gaps.add_argument("--team", help=TEAM_HELP)
    kb_sub.add_parser("stale", help="entries due for review, by owner")
    drafts = kb_sub.add_parser("drafts", help="curators' answers waiting to join the knowledge base")
    drafts.add_argument("action", nargs="?", choices=["export"], help="export: write them into the knowledge folder")
    drafts.add_argument("--team", help=TEAM_HELP)
    dl = sub.add_parser("deadlines", help="deadline tools")
    dl_sub = dl.add_subparsers(dest="deadlines_command", metavar="DEADLINES_COMMAND")
    ics = dl_sub.add_parser("ics", help="upcoming deadlines and events as an iCalendar (.ics) file")
    ics.add_argument("-o", "--output", help="write to this file (default: standard output)")
    ics.add_argument("--team", help=TEAM_HELP)
    polls = sub.add_parser("polls", help="poll tools")
    polls_sub = polls.add_subparsers(dest="polls_command", metavar="POLLS_COMMAND")
    export = polls_sub.add_parser("export", help="a poll's results as CSV")
    export.add_argument("poll_id", help="a poll id, or a series id with --series")
    export.add_argument("--series", action="store_true", help="every poll of a recurring series")
    export.add_argument("--team", help=TEAM_HELP)
    chart = polls_sub.add_parser("chart", help="a poll's results chart as PNG (cyberbot polls chart ID > chart.png)")
    chart.add_argument("poll_id", help="a poll id, or a series id with --series")
    chart.add_argument("--series", action="store_true", help="the trend across a recurring series")
    chart.add_argument("--team", help=TEAM_HELP)
    sub.add_parser("doctor", help="check this deployment's settings, database, knowledge base and Slack token")
    db = sub.add_parser("db", help="database tools")
    db_sub = db.add_subparsers(dest="db_command", metavar="DB_COMMAND")
    db_sub.add_parser("migrate", help="apply the schema migrations not yet applied, then exit")
    serve = sub.add_parser("serve", help="connect to Slack (Socket Mode if SLACK_APP_TOKEN is set)")
    serve.add_argument("--http", action="store_true", help="force HTTP mode")
    serve.add_argument("--init", action="store_true", help=INIT_HELP)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        if args.command == "doctor":   # a setting that cannot be read is one of its findings
            return cmd_doctor(args, None, parser)
        settings = Settings.from_env()
        if args.command is None:
            if not (settings.bot_token or settings.app_token):
                return cmd_chat(args, settings, parser)   # nothing to serve: the console is the main job
            parser.print_help()
            return EXIT_USAGE
        return COMMANDS[args.command](args, settings, parser)
    except CliError as exc:
        print(f"cyberbot: {exc}", file=sys.stderr)
        return exc.code
    except ConfigError as exc:
        print(f"cyberbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except knowledge.KnowledgeError as exc:
        print(f"cyberbot: the knowledge base has {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        print("Fix them (see `cyberbot kb check`) and try again.", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _storage_error(exc) -> CliError:
    from bot.core.storage import StorageMissing

    if isinstance(exc, StorageMissing):      # the database or the voters' key file was here and is gone
        return CliError(f"cannot start: {exc}")
    return CliError(f"cannot open the database: {exc}")


def make_bot(settings: Settings, **kwargs):
    from bot.assistant import CyberBot
    from bot.core.storage import StorageError

    try:
        return CyberBot(settings, **kwargs)
    except StorageError as exc:
        raise _storage_error(exc) from None


def cmd_chat(args, settings: Settings, parser) -> int:
    from bot import console

    bot = make_bot(dataclasses.replace(settings, init=getattr(args, "init", False)))
    try:
        return console.run(bot)
    finally:
        bot.close()


def cmd_ask(args, settings: Settings, parser) -> int:
    # Reading the compiled knowledge base makes tens of thousands of objects, all kept to the end: the
    # collector, left on, walked them again and again as they came (some 25 ms of a cold start).
    # It is off until they are out of its sight (``gc.freeze`` below), then on as usual.
    gc.disable()
    from bot import answers
    from bot.answers.answerer import Answerer
    from bot.answers.gaps import GapLog
    from bot.core.clock import SystemClock
    from bot.core.storage import CORE_MIGRATIONS, StorageError, open_storage
    from bot.curator.store import MIGRATIONS as CURATOR_MIGRATIONS, CuratorStore

    kb = knowledge.load(settings.knowledge_dir)
    # A question from a script is a process of its own, and what it imports is its latency: it opens
    # only the tables it uses (the gap log, the curators' drafts), not every feature's. Migrations are
    # keyed by name, so the first full start (`serve`, `chat`) adds the others as usual.
    try:
        gaps = GapLog(open_storage(settings, CORE_MIGRATIONS + answers.MIGRATIONS + CURATOR_MIGRATIONS), SystemClock())
    except StorageError as exc:
        raise _storage_error(exc) from None

    answerer = Answerer(kb, gaps, SystemClock(), drafts=CuratorStore(gaps.storage))
    # What was built to answer (the compiled knowledge base: some 60,000 objects) lives until exit.
    # Out of the collector's sight, no collection walks it again, and the interpreter's collections
    # at exit no longer do: that was about 40 ms of a question's cold start. Its memory is still freed.
    gc.freeze()
    gc.enable()
    question = " ".join(args.question)
    if question == "-":
        for line in sys.stdin:
            line = line.rstrip("\r\n")
            answer = answerer.answer(line)
            if args.json:
                print(answer.to_json_line(), flush=True)
            else:
                print(answer.text + "\n", flush=True)
        return EXIT_OK
    answer = answerer.answer(question)
    if args.json:
        print(answer.to_json_line())
        return EXIT_OK
    if answer.problem:
        raise CliError(answer.text, EXIT_USAGE)
    print(answer.text)
    return EXIT_OK


def _eval_day(text: str):
    """`--today 2026-11-30`: noon UTC that day, so "last year's" and "the next deadline" read the same anywhere."""
    from datetime import date, datetime, time, timezone
    try:
        return datetime.combine(date.fromisoformat(text), time(12), tzinfo=timezone.utc)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day: write it as YYYY-MM-DD, e.g. 2026-11-30") from None


def cmd_eval(args, settings: Settings, parser) -> int:
    from bot.answers import evaluate
    from bot.answers.answerer import Answerer
    from bot.core.clock import SettableClock, SystemClock

    try:
        items = evaluate.load_questions(args.file)
    except evaluate.EvalFileError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    kb = knowledge.load(settings.knowledge_dir)
    clock = SettableClock(args.today) if args.today else SystemClock()   # scored as users are answered: on a day
    report = evaluate.run(Answerer(kb, clock=clock), items)
    print(evaluate.format_report(report))
    return EXIT_OK


def cmd_kb(args, settings: Settings, parser) -> int:
    if args.kb_command == "check":
        problems = knowledge.check(settings.knowledge_dir)
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} problem(s) found.", file=sys.stderr)
            return EXIT_PROBLEM
        kb = knowledge.load(settings.knowledge_dir)
        print(f"ok: {len(kb.entries)} entries, {len(kb.topics)} topics in {settings.knowledge_dir}")
        return EXIT_OK
    if args.kb_command == "gaps":
        return _kb_gaps(args, settings)
    if args.kb_command == "stale":
        return _kb_stale(settings)
    if args.kb_command == "drafts":
        return _kb_drafts(args, settings)
    raise CliError("say which: `cyberbot kb check`, `kb gaps`, `kb stale` or `kb drafts`", EXIT_USAGE)


def _open_storage(settings: Settings):
    from bot.assistant import all_migrations
    from bot.core.storage import StorageError, open_storage

    try:
        return open_storage(settings, all_migrations())
    except StorageError as exc:
        raise _storage_error(exc) from None


def _kb_gaps(args, settings: Settings) -> int:
    import json

    from bot.answers.gaps import GapLog
    from bot.core.clock import SystemClock
    from bot.curator.queue import curator_queue
    from bot.curator.store import CuratorStore

    from bot.core.tenancy import acting_for

    storage = _open_storage(settings)
    try:
        with acting_for(_workspace(args, settings, storage)):
            items = curator_queue(GapLog(storage, SystemClock()), CuratorStore(storage), args.limit)
    finally:
        storage.close()
    if args.json:
        print(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not items:
        print("No gaps recorded yet: every question so far was answered and nobody marked an answer not helpful.")
        return EXIT_OK
    print(f"{'count':>5}  {'status':<8}  {'kind':<32}  {'last seen':<19}  question")
    for item in items:
        extra = f"  [answer: {item.entry_id}]" if "not helpful" in item.kinds and item.entry_id else ""
        extra += f"  [council no. {', '.join(map(str, item.handoff_ids))}]" if item.handoff_ids else ""
        print(f"{item.count:>5}  {item.status:<8}  {', '.join(item.kinds):<32}  {item.last_seen[:19]:<19}  "
              f"{item.question}{extra}")
    return EXIT_OK


def _kb_stale(settings: Settings) -> int:
    from datetime import datetime, timezone

    from bot.answers.freshness import stale
    from bot.core.times import zone_info

    kb = knowledge.load(settings.knowledge_dir)
    today = datetime.now(timezone.utc).astimezone(zone_info(settings.timezone)).date()
    groups = stale(kb, today)
    if not groups:
        print(f"Nothing is due for review (facts older than {kb.stale_after_months} months, or past `review_by`).")
        return EXIT_OK
    total = sum(len(items) for items in groups.values())
    print(f"{total} entries due for review (facts older than {kb.stale_after_months} months, or past `review_by`):")
    for owner, items in groups.items():
        print(f"\n{owner} ({len(items)}):")
        for item in items:
            print(f"  {item.entry.file}:{item.entry.line}  {item.entry.id}  ({item.reason})")
    return EXIT_OK


def _kb_drafts(args, settings: Settings) -> int:
    from bot.core.tenancy import acting_for

    storage = _open_storage(settings)
    try:
        with acting_for(_workspace(args, settings, storage)):
            if args.action == "export":
                return _export_drafts(storage, settings)
            from bot.curator.store import CuratorStore

            drafts = CuratorStore(storage).drafts()
    finally:
        storage.close()
    if not drafts:
        print("No drafts yet: curators' answers to \"Ask the council\" questions appear here.")
        return EXIT_OK
    for draft in drafts:
        url = f", {draft.source_url}" if draft.source_url else ""
        print(f"draft {draft.id} [{draft.status}] by {draft.answered_by} on {draft.answered_at[:10]}\n"
              f"  Q: {draft.question}\n  A: {draft.answer}\n"
              f"  Source: {draft.publisher}, \u201c{draft.source_title}\u201d, {draft.source_date}{url}")
    return EXIT_OK


def _export_drafts(storage, settings: Settings) -> int:
    from bot.core.clock import SystemClock
    from bot.curator import drafts as drafts_module
    from bot.curator.store import CuratorStore

    target, written, problems = drafts_module.export(CuratorStore(storage), settings.knowledge_dir, SystemClock().now())
    if problems:
        print(f"cyberbot: the exported drafts would not pass `kb check`, so {target} was left as it was:",
              file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    if not written:
        print("No new drafts to export.")
        return EXIT_OK
    print(f"wrote {len(written)} entr{'y' if len(written) == 1 else 'ies'} to {target}; `cyberbot kb check` "
          "passes. A running bot picks them up on its own.")
    return EXIT_OK


def cmd_doctor(args, settings: Settings, parser) -> int:
    from bot import doctor

    return doctor.run()


def cmd_db(args, settings: Settings, parser) -> int:
    """``cyberbot db migrate``: what ``serve`` does at start, on its own (e.g. before a deploy)."""
    from bot.assistant import all_migrations
    from bot.core.storage import StorageError, open_storage

    if args.db_command != "migrate":
        raise CliError("say which: `cyberbot db migrate`", EXIT_USAGE)
    try:
        storage = open_storage(settings, all_migrations(), migrate=False)
    except StorageError as exc:
        raise _storage_error(exc) from None
    try:
        applied = storage.migrate(all_migrations())
        total = len(storage.applied_migrations())
    except StorageError as exc:
        raise CliError(f"a migration failed in the {storage.description}: {exc}") from None
    finally:
        storage.close()
    for component, version in applied:
        print(f"applied {component} {version}")
    print(f"{storage.description}: {total} migrations applied, "
          f"{'up to date' if not applied else f'{len(applied)} new'}")
    return EXIT_OK


def cmd_polls(args, settings: Settings, parser) -> int:
    from bot.assistant import all_migrations
    from bot.polls.export import ExportError, export_csv, export_series_csv
    from bot.polls.store import PollStore
    from bot.core.storage import StorageError, open_storage

    if args.polls_command == "chart":
        return _polls_chart(args, settings)
    if args.polls_command != "export":
        raise CliError("say which: `cyberbot polls export ID` or `cyberbot polls chart ID > chart.png`", EXIT_USAGE)
    poll_id = args.poll_id.strip().lstrip("#")
    if not poll_id.isdigit():
        raise CliError(f"{args.poll_id!r} is not a poll id; poll ids are numbers, e.g. `cyberbot polls export 12`")
    try:
        storage = open_storage(settings, all_migrations())
    except StorageError as exc:
        raise _storage_error(exc) from None
    from bot.core.tenancy import acting_for

    try:
        with acting_for(_workspace(args, settings, storage)):
            if args.series:
                from bot.polls.series import SeriesStore

                sys.stdout.write(export_series_csv(PollStore(storage), SeriesStore(storage), int(poll_id)))
            else:
                sys.stdout.write(export_csv(PollStore(storage), int(poll_id)))
    except ExportError as exc:
        raise CliError(f"{exc} (in the {storage.description})") from None
    finally:
        storage.close()
    return EXIT_OK


def _polls_chart(args, settings: Settings) -> int:
    """``cyberbot polls chart ID > chart.png``: the same image the bot posts when the poll closes."""
    poll_id = args.poll_id.strip().lstrip("#")
    if not poll_id.isdigit():
        raise CliError(f"{args.poll_id!r} is not a poll id; poll ids are numbers, e.g. `cyberbot polls chart 12`")
    if sys.stdout.isatty():
        raise CliError("the chart is a PNG image: send it to a file, e.g. `cyberbot polls chart 12 > chart.png`",
                       EXIT_USAGE)
    from bot.core.tenancy import acting_for

    bot = make_bot(settings)
    try:
        polls = bot.api("polls")
        with acting_for(_workspace(args, settings, bot.storage)):
            png = polls.series_chart(int(poll_id)) if args.series else polls.chart(int(poll_id))
    except LookupError as exc:
        raise CliError(f"{exc.args[0]} (in {settings.db_path})") from None
    finally:
        bot.close()
    sys.stdout.buffer.write(png)
    sys.stdout.flush()
    return EXIT_OK


def cmd_deadlines(args, settings: Settings, parser) -> int:
    from bot.assistant import all_migrations
    from bot.calendar.commands import CalendarCommands
    from bot.calendar.model import Calendar
    from bot.calendar.store import CalendarStore
    from bot.core.clock import SystemClock
    from bot.core.curators import Curators
    from bot.core.storage import StorageError, open_storage

    if args.deadlines_command != "ics":
        raise CliError("say which: `cyberbot deadlines ics` (add `-o FILE` to write a file)", EXIT_USAGE)
    kb = knowledge.load(settings.knowledge_dir)
    try:
        storage = open_storage(settings, all_migrations())
    except StorageError as exc:
        raise _storage_error(exc) from None
    try:
        from bot.core.tenancy import acting_for

        commands = CalendarCommands(Calendar(kb, CalendarStore(storage)), Curators((), None), SystemClock(),
                                    settings.timezone)
        with acting_for(_workspace(args, settings, storage)):
            data = commands.ics()
    finally:
        storage.close()
    if args.output:
        try:
            with open(args.output, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        count = data.count(b"BEGIN:VEVENT")
        print(f"wrote {args.output}: {count} upcoming deadline(s) and event(s)", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def cmd_serve(args, settings: Settings, parser) -> int:
    from handlers.serve import serve

    return serve(dataclasses.replace(settings, init=args.init), force_http=args.http)


COMMANDS = {
    "chat": cmd_chat,
    "ask": cmd_ask,
    "eval": cmd_eval,
    "kb": cmd_kb,
    "polls": cmd_polls,
    "deadlines": cmd_deadlines,
    "db": cmd_db,
    "doctor": cmd_doctor,
    "serve": cmd_serve,
}
