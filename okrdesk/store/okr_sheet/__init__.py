"""OKRs to and from a spreadsheet: one row per key result (`okrdesk okrs export / import`).

Its own store area, above okr: it reads and writes through store.okr and store.people, and
reads files with the funnel importer's CSV/XLSX helpers (encoding detection, size guards).
"""
