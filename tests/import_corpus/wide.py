"""The wide corpus (issue 25): every builder with the suffix of the file it writes."""

from . import containers, drafts, orders

BUILDERS = ((orders.order_three_spaced, ".docx"), (orders.order_three_sections, ".docx"),
            (orders.appendix_scale_merged, ".docx"), (orders.appendix_scale_columns, ".docx"),
            (containers.one_cell_headings, ".docx"), (containers.template_controls, ".docx"),
            (drafts.paragraph_indicators, ".docx"), (drafts.paragraph_indicators_points_first, ".docx"),
            (drafts.tracked_draft_numbered, ".docx"), (drafts.tracked_draft_headings, ".docx"))
