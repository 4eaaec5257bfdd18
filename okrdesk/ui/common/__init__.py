"""The kit every screen shares, and no screen's own: the read-only table model base, the form
dialog, the section base and reload-on-show, background tasks, number and date formatting, the
person picker and table keys. It imports no area (okr, funnel, experiments, review, home)."""
