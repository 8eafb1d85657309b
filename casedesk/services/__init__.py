"""Use cases: fn(session, …) -> DTOs. The only door the UI and the CLI use."""
