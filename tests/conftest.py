"""The suite's fixtures come from cyberbot's pytest plugin (``handlers.testing.plugin``)."""

pytest_plugins = ["handlers.testing.plugin", "handlers.testing.postgres_server"]
