"""The routes, one module per resource group. Each handler serves one resource twice: its JSON under `/api/...`
and its page elsewhere, from one read (newsledger.web.queries.Db) and, for the page, one template."""
from newsledger.web.views import articles, contradictions, corpus, entities, events, meta

ROUTERS = [meta.router, articles.router, events.router, entities.router, contradictions.router, corpus.router]
