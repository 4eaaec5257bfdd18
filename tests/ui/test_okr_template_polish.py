"""A template inserted while the user works in Polish is saved in Polish: its objective, its
reason, its key results and their unit labels; the dialog shows it in Polish first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okrdesk.domain.okr_templates import templates
from okrdesk.store.okr.queries import cycle_objectives
from okrdesk.ui.okr.template_dialog import TemplateDialog
from tests.helpers import query, rows
from tests.qm_files import installed

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEMPLATE = next(t for t in templates() if t.id == "sales-saas-win-more")
POLISH = {
    ("Templates", "Win more of the deals we work, and win them sooner"): (
        "Wygrywać więcej transakcji, nad którymi pracujemy, i szybciej"
    ),
    ("Templates", "We lose most deals through slow follow-up, not on price."): (
        "Większość transakcji tracimy przez powolny kontakt, nie przez cenę."
    ),
    ("Templates", "Shorten the average sales cycle from 42 to 30 days"): (
        "Skrócić średni cykl sprzedaży z 42 do 30 dni"
    ),
    ("Templates", "days"): "dni",
    ("OkrTemplates", "Sales"): "Sprzedaż",
}


def test_a_template_inserted_in_polish_is_saved_in_polish(okrs, qtbot, demo_copy, tmp_path):
    cycle_id = okrs.selected_cycle().id
    with installed(tmp_path, "pl_PL", POLISH):
        okrs.tree.setFocus()
        qtbot.keyClick(okrs.tree, Qt.Key.Key_T, CTRL_SHIFT)
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, TemplateDialog) and w.isVisible()
        )
        assert dialog.select_template(TEMPLATE.id)
        assert dialog.preview_title.text() == POLISH["Templates", str(TEMPLATE.title)]
        assert "Skrócić średni cykl sprzedaży" in [t.text() for t in dialog.kr_titles][1]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    polish_title = "Wygrywać więcej transakcji, nad którymi pracujemy, i szybciej"
    (objective,) = [
        o for o in query(demo_copy, cycle_objectives, cycle_id) if o.title == polish_title
    ]
    assert objective.description.startswith("Większość transakcji tracimy")
    titles = rows(
        demo_copy,
        "SELECT title, unit_label FROM key_results WHERE objective_id = ? ORDER BY position",
        objective.id,
    )
    assert titles[1] == ("Skrócić średni cykl sprzedaży z 42 do 30 dni", "dni")
    # A sentence the translation lacks is saved as its English source.
    assert titles[0][0] == "Raise the win rate from 18% to 25%"
