"""Every stored status and decision has its words, and no other key does."""

from __future__ import annotations

from okrdesk.domain import experiment_rules, okr, words


def test_every_status_and_decision_has_a_label_and_a_word_for_sentences():
    assert set(words.STATUS_WORDS) == {s.value for s in okr.Status}
    assert set(words.DECISION_WORDS) == set(experiment_rules.DECISIONS)
    for word in (*words.STATUS_WORDS.values(), *words.DECISION_WORDS.values()):
        assert word.label and word.in_sentence
    assert words.STATUS_WORDS[okr.Status.OFF_TRACK].label == "Off track"
    assert words.DECISION_WORDS["roll_back"].in_sentence == "rolled back"
