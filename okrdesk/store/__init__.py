"""The workspace file, by area: workspace/ (open, create, migrate, check, settings), okr/,
funnel/ (with importing/), experiments/, review/, demo/; bindings.py joins okr and funnel.
Shared by all: schema, errors, rows, cleaning, people. No Qt."""
