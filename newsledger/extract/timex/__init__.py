"""Time expressions: a regex grammar (grammar.py), anchoring to TIMEX3 values (resolve.py), and absolute
date strings and publication dates from metadata or HTML (absolute.py). Entry point: newsledger.extract.times."""
