from okrdesk.domain.text import Text, Words


class Sample(Words):
    """A context for the tests."""


def test_a_text_reads_in_english_with_its_values_and_count():
    skipped = Sample.tr("%n row(s) of {stage} skipped", None, 3).format(stage="MQL")
    assert str(skipped) == "3 rows of MQL skipped"
    assert str(Sample.tr("%n row(s) skipped", None, 1)) == "1 row skipped"
    assert skipped.context == "Sample"


def test_values_may_be_texts_rendered_the_same_way():
    inner = Sample.tr("%n day(s)", None, 2)
    outer = Sample.tr("Late by {late}").format(late=inner)
    seen = []

    def marked(context, source, disambiguation, n):
        seen.append((context, source, n))
        return "<" + source.replace("%n", str(n)) + ">"

    assert outer.render(marked) == "<Late by <2 day(s)>>"
    assert seen == [("Sample", "Late by {late}", -1), ("Sample", "%n day(s)", 2)]


def test_texts_compare_by_content():
    assert Sample.tr("x {a}").format(a=1) == Sample.tr("x {a}").format(a=1)
    assert isinstance(Sample.tr("x"), Text)
