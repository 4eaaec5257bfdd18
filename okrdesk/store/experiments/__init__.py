"""Experiments: the backlog and board, planning, day tasks and results."""
