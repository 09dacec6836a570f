"""Many articles: batch runs into the store (and, with their issues, dedup, event merging, parallel and
distributed engines)."""
