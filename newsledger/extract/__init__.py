"""Extractors: one module per part of the record, each a function from a parsed document (and the parts
already extracted) to record parts. `newsledger.pipeline` runs them in order."""
