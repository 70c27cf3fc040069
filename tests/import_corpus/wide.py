"""The wide corpus (issue 25): every builder with the suffix of the file it writes."""

from . import containers, drafts, formats, frompdf, orders

BUILDERS = ((orders.order_three_spaced, ".docx"), (orders.order_three_sections, ".docx"),
            (orders.appendix_scale_merged, ".docx"), (orders.appendix_scale_columns, ".docx"),
            (containers.one_cell_headings, ".docx"), (containers.template_controls, ".docx"),
            (drafts.paragraph_indicators, ".docx"), (drafts.paragraph_indicators_points_first, ".docx"),
            (drafts.tracked_draft_numbered, ".docx"), (drafts.tracked_draft_headings, ".docx"),
            (formats.doc_numbered, ".doc"), (formats.doc_headings, ".doc"),
            (formats.odt_objectivity, ".odt"), (formats.odt_headings_sheet, ".odt"),
            (formats.rtf_numbered, ".rtf"), (formats.rtf_headings, ".rtf"),
            (formats.pdf_paged, ".pdf"), (formats.pdf_order, ".pdf"),
            (frompdf.from_pdf_lines, ".docx"), (frompdf.from_pdf_pages, ".docx"),
            (formats.scan_numbered, ".pdf"), (formats.scan_gray_skewed, ".pdf"))
