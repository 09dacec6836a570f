"""newsledger: news articles in, a sourced record of actors, quotes, events, times and places out.

The package is a regular package (not a namespace one) so that a wheel carries its top-level modules and a
checkout on PYTHONPATH shadows an installed copy whole. The tree, in the order an article travels: `ingest`
(readers), `nlp` (the parse), `pipeline` (registered components from `extract` and `resolve`), `store`
(DuckDB), `corpus` (many articles, workers), `web` and `api` (page and JSON), `cli` (thin shells over all of it).
"""
