"""Stages 1–3 of the pipeline: read the YAML sources, validate them into models, check them as a whole."""
