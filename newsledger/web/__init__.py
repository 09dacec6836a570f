"""The web page and JSON API over a newsledger database (`newsledger serve`): see newsledger/api.py.

queries.py holds every SQL statement (parameterised; column and sort names only from whitelists here),
highlight.py cuts an article's text into highlighted segments, templates/ and static/ are the page itself
(plain JS and vendored data, nothing fetched from outside at run time).
"""
