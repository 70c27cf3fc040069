"""msoko: the pipeline sources → load → validate → plan → render → write."""

__version__ = "0.1.0"
