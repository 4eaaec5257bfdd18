"""Funnels: stages, weekly counts and spend, the grid, exports, alerts and file imports."""
