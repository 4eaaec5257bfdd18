"""The weekly review report: HTML, Markdown and PDF (QtGui only, no widgets)."""
