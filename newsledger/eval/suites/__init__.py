"""Scoring suites, one module per (component, data set); discovered by newsledger.eval.runner."""
