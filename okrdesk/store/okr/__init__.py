"""Cycles, objectives, key results, check-ins, initiatives and KPIs."""
