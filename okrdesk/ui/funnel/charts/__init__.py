"""The funnel's charts, each a pyqtgraph widget with a `set_data()`, and their PNG/SVG export.

Imported only by the funnel screen when it is first shown: pyqtgraph and pandas stay off the
start-up path.
"""
