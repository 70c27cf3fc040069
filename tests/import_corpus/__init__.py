"""A corpus of Положения typed the ways municipalities type them, written with python-docx at test time
from the seeds' real wording. Each builder writes one document and returns what its import must give."""

from . import monitoring, more

BUILDERS = (monitoring.heading_levels, monitoring.custom_outline, monitoring.bold_list, monitoring.word_numbering,
            monitoring.criteria_table, monitoring.criteria_text, monitoring.capitals, more.roman_rows,
            more.paragraph_outline, more.list_bands, more.umbrella_headings, more.umbrella_bold)
