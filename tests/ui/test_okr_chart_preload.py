"""The history chart's library is imported in the background while the OKR screen shows, and
the chart made once it is in, so that the first key result chosen waits for neither (in a
process of its own: this one has imported it long ago)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys

from PySide6.QtCore import QEventLoop, QTimer

from okrdesk.ui.app import create_app
from okrdesk.ui.main_window import MainWindow


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


app = create_app([])
window = MainWindow()
window.resize(1280, 800)
window.show()
assert window.files.open_path(sys.argv[1]) is None
window.show_section(1)
okrs = window.sections["okrs"]
before = "pyqtgraph" in sys.modules
for _ in range(200):  # ten seconds at most
    wait(50)
    if okrs.history.chart is not None:
        break
chosen = type(okrs.current_node()).__name__
chart = okrs.history.chart
print(before, "pyqtgraph" in sys.modules, chart is not None and not chart.isVisible(), chosen)
okrs.select_key_result(okrs.key_result_nodes()[0].row_data.id)
print(okrs.history.chart is not None and okrs.history.chart.isVisible())
window.close()
"""


def test_the_chart_is_made_once_its_library_loads_before_a_key_result_is_chosen(demo_copy):
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(demo_copy)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = out.stdout.split("\n")
    # Loaded, and the chart made but not shown, while no key result was chosen.
    assert lines[0] in ("False True True NoneType", "False True True GroupNode")
    assert lines[1] == "True"  # the chart shows at the first key result chosen
