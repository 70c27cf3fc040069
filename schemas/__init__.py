"""Pure data models of msoko's sources, diagnostics and prose tree (no I/O)."""
