"""The lawyer's review loop over written outputs: approve, redline and change log, PDF copies, the pack."""
