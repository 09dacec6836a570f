"""Scoring against the gold data in ../shared/corpus.

Each module in `newsledger.eval.suites` scores one component on one data set and exposes:
  COMPONENT: str, DATASET: str, run(corpus: Path, limit: int | None) -> list[Score]
`newsledger eval` discovers and runs them and prints one table.
"""
