"""Every stored status, decision and verdict has its words, and no other key does."""

from __future__ import annotations

from okrdesk.domain import experiment_rules, okr, words
from okrdesk.domain.verdict import VerdictKind


def test_every_status_and_decision_has_a_label_and_a_word_for_sentences():
    assert set(words.STATUS_WORDS) == {s.value for s in okr.Status}
    assert set(words.DECISION_WORDS) == set(experiment_rules.DECISIONS)
    for word in (*words.STATUS_WORDS.values(), *words.DECISION_WORDS.values()):
        assert word.label and word.in_sentence
    assert words.STATUS_WORDS[okr.Status.OFF_TRACK].label == "Off track"
    assert words.DECISION_WORDS["roll_back"].in_sentence == "rolled back"


def test_every_verdict_kind_and_experiment_status_has_exactly_one_word():
    tables = {
        "verdict": (words.VERDICT_WORDS, [kind.value for kind in VerdictKind]),
        "experiment status": (words.EXPERIMENT_STATUS_WORDS, list(experiment_rules.STATUSES)),
    }
    for table, keys in tables.values():
        assert list(table) == keys  # one entry per key, in the domain's order
        labels = [word.label for word in table.values()]
        sentences = [word.in_sentence for word in table.values()]
        assert all(labels) and all(sentences)
        assert len(set(labels)) == len(labels) and len(set(sentences)) == len(sentences)
    assert words.VERDICT_WORDS["variant_leading"].label == "Leading, not conclusive"
    assert words.EXPERIMENT_STATUS_WORDS["analysing"].in_sentence == "analysing"
