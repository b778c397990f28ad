"""The ``cyberbot`` command line, as named in the outside contract.

Every failure a person can cause (a bad question file, a broken knowledge base, a database
that is not SQLite) ends in one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys

from bot.answers import knowledge
from bot.core.config import ConfigError, Settings

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_PROBLEM):
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cyberbot", description="A cyber security assistant for UK council leads.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("chat", help="talk to the bot in this terminal (no Slack needed)")
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("--json", action="store_true", help="print JSON (JSON Lines when reading stdin)")
    ask.add_argument("question", nargs="+", help="the question, or - to read one per line from stdin")
    ev = sub.add_parser("eval", help="score the bot on a question file")
    ev.add_argument("file")
    kb = sub.add_parser("kb", help="knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND")
    kb_sub.add_parser("check", help="validate every knowledge file")
    gaps = kb_sub.add_parser("gaps", help="questions the bot could not answer, most frequent first")
    gaps.add_argument("--limit", type=int, default=50)
    dl = sub.add_parser("deadlines", help="deadline tools")
    dl_sub = dl.add_subparsers(dest="deadlines_command", metavar="DEADLINES_COMMAND")
    ics = dl_sub.add_parser("ics", help="upcoming deadlines and events as an iCalendar (.ics) file")
    ics.add_argument("-o", "--output", help="write to this file (default: standard output)")
    polls = sub.add_parser("polls", help="poll tools")
    polls_sub = polls.add_subparsers(dest="polls_command", metavar="POLLS_COMMAND")
    export = polls_sub.add_parser("export", help="a poll's results as CSV")
    export.add_argument("poll_id")
    serve = sub.add_parser("serve", help="connect to Slack (Socket Mode if SLACK_APP_TOKEN is set)")
    serve.add_argument("--http", action="store_true", help="force HTTP mode")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        settings = Settings.from_env()
        if args.command is None:
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

    bot = make_bot(settings)
    try:
        return console.run(bot)
    finally:
        bot.close()


def cmd_ask(args, settings: Settings, parser) -> int:
    from bot.answers.answerer import Answerer
    from bot.answers.gaps import GapLog
    from bot.core.clock import SystemClock
    from bot.assistant import all_migrations
    from bot.core.storage import Storage, StorageError

    kb = knowledge.load(settings.knowledge_dir)
    try:
        gaps = GapLog(Storage(settings.db_path, all_migrations()), SystemClock())
    except StorageError as exc:
        raise _storage_error(exc) from None
    answerer = Answerer(kb, gaps, SystemClock())
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


def cmd_eval(args, settings: Settings, parser) -> int:
    from bot.answers import evaluate
    from bot.answers.answerer import Answerer

    try:
        items = evaluate.load_questions(args.file)
    except evaluate.EvalFileError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    kb = knowledge.load(settings.knowledge_dir)
    report = evaluate.run(Answerer(kb), items)
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
        from bot.core.clock import SystemClock
        from bot.answers.gaps import GapLog
        from bot.assistant import all_migrations
        from bot.core.storage import Storage, StorageError

        try:
            gaps = GapLog(Storage(settings.db_path, all_migrations()), SystemClock()).gaps(args.limit)
        except StorageError as exc:
            raise _storage_error(exc) from None
        if not gaps:
            print("No gaps recorded yet: every question so far was answered and nobody marked an answer not helpful.")
            return EXIT_OK
        print(f"{'count':>5}  {'kind':<11}  {'last seen':<20}  question")
        for gap in gaps:
            extra = f"  [answer: {gap.entry_id}]" if gap.kind == "not helpful" and gap.entry_id else ""
            print(f"{gap.count:>5}  {gap.kind:<11}  {gap.last_seen[:19]:<20}  {gap.question}{extra}")
        return EXIT_OK
    raise CliError("say which: `cyberbot kb check` or `cyberbot kb gaps`", EXIT_USAGE)


def cmd_polls(args, settings: Settings, parser) -> int:
    from bot.assistant import all_migrations
    from bot.polls.export import ExportError, export_csv
    from bot.polls.store import PollStore
    from bot.core.storage import Storage, StorageError

    if args.polls_command != "export":
        raise CliError("say which: `cyberbot polls export ID`", EXIT_USAGE)
    poll_id = args.poll_id.strip().lstrip("#")
    if not poll_id.isdigit():
        raise CliError(f"{args.poll_id!r} is not a poll id; poll ids are numbers, e.g. `cyberbot polls export 12`")
    try:
        storage = Storage(settings.db_path, all_migrations())
    except StorageError as exc:
        raise _storage_error(exc) from None
    try:
        sys.stdout.write(export_csv(PollStore(storage), int(poll_id)))
    except ExportError as exc:
        raise CliError(f"{exc} (in {settings.db_path})") from None
    finally:
        storage.close()
    return EXIT_OK


def cmd_deadlines(args, settings: Settings, parser) -> int:
    from bot.assistant import all_migrations
    from bot.calendar.commands import CalendarCommands
    from bot.calendar.model import Calendar
    from bot.calendar.store import CalendarStore
    from bot.core.clock import SystemClock
    from bot.core.curators import Curators
    from bot.core.storage import Storage, StorageError

    if args.deadlines_command != "ics":
        raise CliError("say which: `cyberbot deadlines ics` (add `-o FILE` to write a file)", EXIT_USAGE)
    kb = knowledge.load(settings.knowledge_dir)
    try:
        storage = Storage(settings.db_path, all_migrations())
    except StorageError as exc:
        raise _storage_error(exc) from None
    try:
        commands = CalendarCommands(Calendar(kb, CalendarStore(storage)), Curators((), None), SystemClock(),
                                    settings.timezone)
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

    return serve(settings, force_http=args.http)


COMMANDS = {
    "chat": cmd_chat,
    "ask": cmd_ask,
    "eval": cmd_eval,
    "kb": cmd_kb,
    "polls": cmd_polls,
    "deadlines": cmd_deadlines,
    "serve": cmd_serve,
}
