import pytest

from okrdesk.domain.rates import overall_conversion, step_conversion


@pytest.mark.parametrize(
    ("counts", "steps", "overall"),
    [
        (
            [1000, 40, 30, 15, 6, 2],
            [None, 0.04, 0.75, 0.5, 0.4, 2 / 6],
            [1, 0.04, 0.03, 0.015, 0.006, 0.002],
        ),
        ([0, 0, 0], [None, None, None], [None, None, None]),
        ([10, 0, 0], [None, 0.0, None], [1.0, 0.0, 0.0]),
        ([5], [None], [1.0]),
        ([], [], []),
    ],
)
def test_rates(counts, steps, overall):
    assert step_conversion(counts) == pytest.approx(steps)
    assert overall_conversion(counts) == pytest.approx(overall)
