"""The wide corpus (issue 25): every builder with the suffix of the file it writes."""

from . import orders

BUILDERS = ((orders.order_three_spaced, ".docx"), (orders.order_three_sections, ".docx"),
            (orders.appendix_scale_merged, ".docx"), (orders.appendix_scale_columns, ".docx"))
