"""Counts in English without a translator: str(Text) follows the count ("1 day", "3 days")."""

from __future__ import annotations

from okrdesk.domain.number_format import Numbers
from okrdesk.domain.review_experiments import ReviewBrief


def test_a_count_reads_in_english_singular_and_plural():
    assert str(ReviewBrief.tr("no check-in for %n day(s)", None, 1)) == "no check-in for 1 day"
    assert str(ReviewBrief.tr("no check-in for %n day(s)", None, 3)) == "no check-in for 3 days"


def test_numbers_render_a_marked_sentence_with_its_values():
    text = ReviewBrief.tr("Behind: {named}, and %n more.", None, 2).format(named="A")
    assert Numbers().text(text) == "Behind: A, and 2 more."
