"""Readers: files and folders in, `Article`s (or one-line `InputError`s) out.

`read_paths` walks the given paths and yields, in a stable order, every article it can read and an
`InputError` for every item it cannot, so that one bad item never stops a batch.
"""
from newsledger.ingest.base import InputError, ReadOptions, parse_published
from newsledger.ingest.folder import read_paths

__all__ = ["InputError", "ReadOptions", "parse_published", "read_paths"]
