"""The Experiments screen: the week board, the backlog, the editor, decisions, learnings."""
