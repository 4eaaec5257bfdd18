"""The weekly report names how the cycle that just closed scored: the objectives in the
0.6–0.7 stretch sweet spot and the sandbagged ones (1.0 reached early)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from okrdesk.reports import export
from okrdesk.store.okr import cycle_close
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.workspace.files import open_workspace
from tests.helpers import DEMO_DAY

WEBSITE_FORM = 4  # "Raise visit→form conversion from 2.1 % to 3.0 %", in the closed 2026 Q3
Q3 = 1


def write(path: Path, out: Path, week: str) -> str:
    data = export.load_report_input(path, week, "en_US", DEMO_DAY)
    export.write_report(out, data)
    return out.read_text(encoding="utf-8")


def reach_target_on(path: Path, day: dt.date) -> None:
    """The website objective's second key result reaches 3.0 % on `day`, graded 1.0, and the
    cycle is closed again: as a user would do it by reopening the quarter."""
    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            cycle_close.reopen_cycle(session, Q3)
            record_checkin(session, CheckInValues(WEBSITE_FORM, day, 3.0, 8))
            cycle_close.grade_key_result(session, WEBSITE_FORM, 1.0, "")
            cycle_close.close_cycle(session, Q3, dt.datetime(2026, 10, 2, 9, 0))
            session.commit()
    finally:
        workspace.close()


def scores_section(text: str) -> str:
    return text.split("### Scores of 2026 Q3\n")[1].split("\n### ")[0]


def test_markdown_names_the_sweet_spot_of_the_quarter_just_closed(demo_copy, tmp_path):
    section = scores_section(write(demo_copy, tmp_path / "w41.md", "2026-W41"))
    assert section.startswith(
        "\nIn the stretch sweet spot (0.6–0.7): Prove that inbound can carry our growth (0.7), "
        "Stop losing inbound leads to slow follow-up (0.7).\n"
    )
    assert "Sandbagged" not in section
    assert "| Prove that inbound can carry our growth | 0.7 | Stretch sweet spot |" in section
    assert "| Relaunch the website and measure it end to end | 0.9 |  |" in section


def test_an_objective_at_1_reached_in_the_first_two_thirds_is_sandbagged(demo_copy, tmp_path):
    reach_target_on(demo_copy, dt.date(2026, 8, 24))  # the launch was done the same day
    text = write(demo_copy, tmp_path / "w41.md", "2026-W41")
    section = scores_section(text)
    assert (
        "Sandbagged (1.0 reached by Aug 30, 2026, two thirds into the cycle): "
        "Relaunch the website and measure it end to end (1.0)." in section
    )
    row = (
        "| Relaunch the website and measure it end to end | 1.0 | Sandbagged: 1.0 by Aug 30, 2026 |"
    )
    assert row in section
    html = write(demo_copy, tmp_path / "w41.html", "2026-W41")
    assert "Sandbagged (1.0 reached by Aug 30, 2026, two thirds into the cycle)" in html
    assert "In the stretch sweet spot (0.6–0.7)" in html


def test_1_reached_in_the_last_third_is_not_sandbagged(demo_copy, tmp_path):
    reach_target_on(demo_copy, dt.date(2026, 8, 31))
    section = scores_section(write(demo_copy, tmp_path / "w41.md", "2026-W41"))
    assert "Sandbagged" not in section
    assert "| Relaunch the website and measure it end to end | 1.0 |  |" in section


def test_the_scores_show_for_four_weeks_after_the_close(demo_copy, tmp_path):
    # 2026 Q3 ended on Wednesday 30 Sep: W44 (26 Oct) starts 26 days later, W45 33 days.
    assert "### Scores of 2026 Q3" in write(demo_copy, tmp_path / "w44.md", "2026-W44")
    assert "### Scores of" not in write(demo_copy, tmp_path / "w45.md", "2026-W45")


def test_pdf_has_the_scores_too(demo_copy, tmp_path):
    from tests.reports.test_report import pdf_text

    out = tmp_path / "w41.pdf"
    export.write_report(out, export.load_report_input(demo_copy, "2026-W41", "en_US", DEMO_DAY))
    text = " ".join(" ".join(page.split()) for page in pdf_text(out))
    assert "Scores of 2026 Q3" in text
    assert "In the stretch sweet spot (0.6–0.7): Prove that inbound can carry our growth" in text
