"""`cyberbot doctor` tells an operator what is wrong with a deployment and how to fix it.

Why: a misconfigured replica should be caught before it is put behind the load balancer, with
the fix spelt out, not found later as a stack trace in a log.
"""

from __future__ import annotations

import subprocess
import sys

from bot.doctor import manifest_scopes

SCOPES = manifest_scopes()


def doctor(env):
    return subprocess.run([sys.executable, "-m", "bot", "doctor"], capture_output=True, text=True, env=env,
                          timeout=120)


def test_a_deployment_with_everything_in_place_is_all_good(cli_env, standin, pg_url):
    standin.workspace.scopes = list(SCOPES)
    cli_env.update({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s3cret", "SLACK_API_URL": standin.api_url,
                    "CYBERBOT_DATABASE_URL": pg_url, "CYBERBOT_SECRET_KEY": "k" * 40})
    subprocess.run([sys.executable, "-m", "bot", "db", "migrate"], env=cli_env, check=True, capture_output=True,
                   timeout=120)
    result = doctor(cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PostgreSQL database" in result.stdout and "is reachable" in result.stdout
    assert f"every scope manifest.yml asks for ({len(SCOPES)})" in result.stdout
    assert result.stdout.strip().endswith("All good.")


def test_missing_scopes_pending_migrations_and_a_missing_secret_are_each_explained(cli_env, standin, tmp_path):
    import sqlite3

    standin.workspace.scopes = [s for s in SCOPES if s not in ("im:write", "users:read")]
    sqlite3.connect(cli_env["CYBERBOT_DB"]).close()            # a database no migration has touched
    cli_env.update({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": standin.api_url})
    result = doctor(cli_env)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("problem  SLACK_SIGNING_SECRET") and "Socket Mode" in line for line in lines)
    assert any(line.startswith("problem  migrations") and "cyberbot db migrate" in line for line in lines)
    assert any(line.startswith("problem  scopes") and "im:write, users:read" in line and "reinstall" in line
               for line in lines)
    assert lines[-1] == "3 problem(s) to fix."


def test_an_unreachable_database_and_a_bad_url_are_reported_not_raised(cli_env, tmp_path):
    cli_env["CYBERBOT_DATABASE_URL"] = f"postgresql://nobody@/cyberbot?host={tmp_path}"
    result = doctor(cli_env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "problem  database: cannot reach PostgreSQL" in result.stdout
    cli_env["SLACK_CLIENT_ID"] = "123.456"
    result = doctor(cli_env)
    assert ("problem  OAuth: SLACK_CLIENT_SECRET and SLACK_STATE_SECRET are not set, but SLACK_CLIENT_ID is"
            in result.stdout)
    cli_env["CYBERBOT_DATABASE_URL"] = "mysql://nope"
    result = doctor(cli_env)
    assert result.returncode == 1 and "problem  settings: CYBERBOT_DATABASE_URL must be a PostgreSQL URL" in result.stdout


def test_postgresql_without_a_shared_secret_key_is_warned_about_but_not_refused(cli_env, standin, pg_url):
    standin.workspace.scopes = list(SCOPES)
    cli_env.update({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s3cret", "SLACK_API_URL": standin.api_url,
                    "CYBERBOT_DATABASE_URL": pg_url})
    subprocess.run([sys.executable, "-m", "bot", "db", "migrate"], env=cli_env, check=True, capture_output=True,
                   timeout=120)
    result = doctor(cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    [warned] = [line for line in result.stdout.splitlines() if line.startswith("warning")]
    assert "CYBERBOT_SECRET_KEY" in warned and "every replica" in warned
    assert result.stdout.strip().endswith("All good (1 warning(s) above).")
