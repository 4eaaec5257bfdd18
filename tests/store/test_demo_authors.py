"""The demo's time-like key results carry their unit label, and its check-ins and decisions
their author: the key result's owner, the experiment's owner; an automatic check-in none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from okrdesk.store.demo import builder as demo
from tests.helpers import DEMO_DAY, rows


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.okrdesk"
    demo.build_demo(path, DEMO_DAY)
    return path


def test_time_like_key_results_have_the_unit_of_their_title(demo_path: Path) -> None:
    labelled = {
        title: label
        for title, label in rows(demo_path, "SELECT title, unit_label FROM key_results")
    }
    timed = {t: label for t, label in labelled.items() if re.search(r"\d+ (h|days)\b", t)}
    assert len(timed) >= 3
    for title, label in timed.items():
        unit = re.search(r"\d+ (h|days)\b", title).group(1)
        assert label == unit, title
    assert all(label == "" for t, label in labelled.items() if t not in timed)


def test_check_ins_are_by_the_key_results_owner(demo_path: Path) -> None:
    found = rows(
        demo_path,
        "SELECT c.automatic, c.author_id, k.owner_id FROM checkins c "
        "JOIN key_results k ON k.id = c.key_result_id",
    )
    typed = [(author, owner) for automatic, author, owner in found if not automatic]
    assert typed and all(author == owner and author is not None for author, owner in typed)
    assert all(author is None for automatic, author, _owner in found if automatic)


def test_decisions_are_by_the_experiments_owner(demo_path: Path) -> None:
    found = rows(demo_path, "SELECT decision, decided_by_id, owner_id FROM experiments")
    decided = [(by, owner) for decision, by, owner in found if decision]
    assert decided and all(by == owner for by, owner in decided)
    assert all(by is None for decision, by, _owner in found if not decision)
