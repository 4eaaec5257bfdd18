"""The demo workspace: its builder, its data and the facts computed from it."""
