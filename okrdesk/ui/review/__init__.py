"""The weekly review screen: variance, experiments, next step, the brief, and its export."""
