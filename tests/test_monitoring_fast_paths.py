"""The monitoring year's shortcuts for speed give what the long way gives, on random tables: the stored CSV written
by joining its lines (against the csv module's writer), the changes an upload makes (against every value compared),
and a year's shares computed in one loop (against each row's share worked out in exact decimals)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.monitoring import store
from generator.monitoring.measures import Gauge
from generator.monitoring.store import PART_ORDER, Change, Table, cell_order
from schemas.base import code_sort_key
from schemas.regulation import Indicator

KEYS = st.sampled_from(["sosh-1", "sosh-2", "sosh-10", "gimn-1", "округ"])
CELLS = st.tuples(st.sampled_from(["1.1.1", "1.1.2", "1.1.10", "2.4.1"]), st.sampled_from(list(PART_ORDER)))
VALUES = st.one_of(
    st.integers(0, 10**6),
    st.sampled_from(["да", "нет"]),
    st.floats(0, 1000, allow_nan=False).map(lambda value: round(value, 2)),
)
TABLES = st.dictionaries(KEYS, st.dictionaries(CELLS, VALUES, max_size=8), max_size=5).map(Table)
"""Rows of any cells in any order (a row read from a workbook holds them in the columns' order, a stored one in the
file's), so that rows share their set of cells, or hold it in another order, or hold another set."""


@settings(max_examples=300, deadline=None)
@given(TABLES)
def test_a_table_is_written_as_the_csv_module_writes_it(table):
    assert store.table_bytes(table) == store._quoted_bytes(table, cell_order(table.rows.values()))


def _changes_the_long_way(before: Table, upload: Table) -> list[Change]:
    found = []
    for key in sorted(upload.rows):
        old, new = before.rows.get(key, {}), upload.rows[key]
        cells = sorted(old.keys() | new.keys(), key=lambda cell: (code_sort_key(cell[0]), PART_ORDER[cell[1]]))
        found += [Change(key, *cell, old.get(cell), new.get(cell)) for cell in cells if old.get(cell) != new.get(cell)]
    return found


@settings(max_examples=300, deadline=None)
@given(TABLES, TABLES)
def test_the_changes_of_an_upload_are_its_values_compared_one_by_one(before, upload):
    assert before.changes(upload) == _changes_the_long_way(before, upload)
    assert Table().changes(upload) == _changes_the_long_way(Table(), upload)  # a first upload: every row new


SHARE = Indicator.model_validate(
    {
        "code": "9.9.1",
        "name": "Доля",
        "type": "результат",
        "unit": "процент",
        "calculation": {"numerator": "a", "denominator": "b"},
        "target": "не менее 90 %",
        "scoring": [{"lower": 90, "points": 2}, {"lower": 75, "upper": 90, "points": 1}, {"upper": 75, "points": 0}],
    }
)
NUMERATOR, DENOMINATOR = ("9.9.1", "numerator"), ("9.9.1", "denominator")
SHARE_ROWS = st.dictionaries(
    KEYS,
    st.fixed_dictionaries(
        {},
        optional={
            NUMERATOR: st.one_of(st.integers(0, 3000), st.just("да")),
            DENOMINATOR: st.integers(0, 3000),
            ("9.9.2", "value"): st.integers(0, 9),
        },
    ),
)


def _exact(numerator: int, denominator: int) -> float:
    """The share as printed, by decimal arithmetic: half up at one decimal."""
    share = Decimal(100 * numerator) / Decimal(denominator)
    return float(share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@settings(max_examples=300, deadline=None)
@given(SHARE_ROWS, st.lists(KEYS, unique=True))
def test_a_years_shares_are_each_rows_share_in_exact_decimals(rows, keys):
    measured = Gauge(SHARE).rows(rows, keys)
    held = [
        key for key in keys if all(isinstance(rows.get(key, {}).get(cell), int) for cell in (NUMERATOR, DENOMINATOR))
    ]
    assert list(measured) == held
    for key, measure in measured.items():
        numerator, denominator = rows[key][NUMERATOR], rows[key][DENOMINATOR]
        assert (measure.numerator, measure.denominator, measure.reported) == (numerator, denominator, 1)
        if denominator == 0:
            assert (measure.value, measure.points, measure.meets_target) == (None, None, None)
            continue
        shown = _exact(numerator, denominator)
        points = 2 if shown >= 90 else 1 if shown >= 75 else 0
        assert (measure.value, measure.points, measure.meets_target) == (shown, points, shown >= 90)
