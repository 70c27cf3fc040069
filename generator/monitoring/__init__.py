"""The monitoring year (DOMAIN.md §11), its data side: which organizations answer for each indicator
(:mod:`.selection`), what a collection workbook asks for (:mod:`.columns`), the year's data as CSV
(:mod:`.store`), and the results computed from them (:mod:`.measures`, :mod:`.results`), read by
:func:`.load.year_results`. Writing workbooks and collecting them back is :mod:`generator.collection`'s."""
