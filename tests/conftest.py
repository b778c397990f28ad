"""The suite's fixtures come from cyberbot's pytest plugin (``handlers.testing.plugin``).
``handlers.testing.bytecode`` comes first: it decides where this run's compiled bytecode goes."""

pytest_plugins = ["handlers.testing.bytecode", "handlers.testing.plugin", "handlers.testing.postgres_server"]
