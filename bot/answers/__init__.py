"""Answers: questions answered from the curated knowledge base, honestly.

The pieces, one job each: ``knowledge`` loads and checks the YAML; ``search`` ranks entries;
``answerer`` decides whether the best entry answers the question and words the reply; ``gaps``
records what could not be answered; ``evaluate`` scores the engine on question files;
``commands`` holds the subcommands (ask, topics, events, deadlines) and the answer buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.storage import Migration

if TYPE_CHECKING:
    from bot.core.feature import Feature, Services

MIGRATIONS = (
    # The first databases made these tables in the core's first migration, hence IF NOT EXISTS.
    Migration("answers", 1, """
        CREATE TABLE IF NOT EXISTS unanswered (
            question_key TEXT PRIMARY KEY,
            question TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            best_id TEXT,
            best_score REAL
        );
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY,
            entry_id TEXT,
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,
            user_id TEXT NOT NULL,
            helpful INTEGER NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (question_key, entry_id, user_id)
        );
    """),
    # Many workspaces (bot.core.tenancy): each gap belongs to the workspace it was asked in. A
    # question's key is unique per workspace, so the table is rebuilt with (team_id, key) as
    # its key; rows made before are the one workspace's (""). Feedback keeps its row per person.
    Migration("answers_workspaces", 1, """
        CREATE TABLE unanswered_scoped (
            team_id TEXT NOT NULL DEFAULT '',
            question_key TEXT NOT NULL,
            question TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            best_id TEXT,
            best_score REAL,
            PRIMARY KEY (team_id, question_key)
        );
        INSERT INTO unanswered_scoped (team_id, question_key, question, count, first_seen, last_seen, best_id,
                                       best_score)
            SELECT '', question_key, question, count, first_seen, last_seen, best_id, best_score FROM unanswered;
        DROP TABLE unanswered;
        ALTER TABLE unanswered_scoped RENAME TO unanswered;
        ALTER TABLE feedback ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX IF NOT EXISTS feedback_team ON feedback (team_id, helpful);
    """),
    # A person's vote on an answer is theirs in each workspace: one row per (workspace, question,
    # entry, person), so the same person id voting in another workspace (an Enterprise Grid member)
    # adds that workspace's row instead of moving this one's. SQLite rebuilds the table (its
    # UNIQUE cannot be dropped); PostgreSQL swaps the constraint, keeping the ids' identity.
    Migration("answers_workspaces", 2, """
        CREATE TABLE feedback_scoped (
            id INTEGER PRIMARY KEY,
            team_id TEXT NOT NULL DEFAULT '',
            entry_id TEXT,
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,
            user_id TEXT NOT NULL,
            helpful INTEGER NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (team_id, question_key, entry_id, user_id)
        );
        INSERT INTO feedback_scoped (id, team_id, entry_id, question, question_key, user_id, helpful, at)
            SELECT id, team_id, entry_id, question, question_key, user_id, helpful, at FROM feedback;
        DROP TABLE feedback;
        ALTER TABLE feedback_scoped RENAME TO feedback;
        CREATE INDEX IF NOT EXISTS feedback_team ON feedback (team_id, helpful);
    """, postgres="""
        ALTER TABLE feedback DROP CONSTRAINT IF EXISTS feedback_question_key_entry_id_user_id_key;
        ALTER TABLE feedback ADD CONSTRAINT feedback_team_question_entry_user
            UNIQUE (team_id, question_key, entry_id, user_id);
    """),
)


def build(services: Services) -> Feature:
    # Imported here, not above: ``cyberbot ask`` needs the answerer but none of the Slack surfaces
    # (nor the feature plumbing: buttons, the router, the scheduler).
    from bot.core.feature import Feature
    from bot.answers.answerer import Answerer
    from bot.answers.commands import AnswerCommands
    from bot.answers.gaps import GapLog
    from bot.answers.surfaces import AnswerSurfaces
    from bot.core.curators import Curators
    from bot.curator.store import CuratorStore   # curators' draft answers (the curator feature's tables)

    gaps = GapLog(services.storage, services.clock)
    answerer = Answerer(services.kb, gaps, services.clock, drafts=CuratorStore.for_storage(services.storage))
    curators = Curators.for_services(services)
    commands = AnswerCommands(services.kb, answerer, services.clock, council=lambda: bool(curators.channel()))
    surfaces = AnswerSurfaces(answerer, gaps, curators,
                              kb=services.kb, clock=services.clock, storage=services.storage,
                              zone=services.settings.timezone)
    return Feature("answers", commands=commands.subcommands(), buttons={**commands.buttons(), **surfaces.buttons()},
                   api=answerer, views=surfaces.views(), shortcuts=surfaces.shortcuts(), home=surfaces.home)
