"""The workspace file itself: engine, opening and creating, migrating, checking, settings."""
