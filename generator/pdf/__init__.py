"""A PDF's printed pages read fast, for every stage that reads a PDF (``lint`` and ``import``)."""
