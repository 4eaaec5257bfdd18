"""People and teams: the Edit → People and Teams dialog, its editors and its undo commands."""
