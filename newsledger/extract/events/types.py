"""PLOVER event types grouped by how the event rules treat them (issue 16)."""
from __future__ import annotations

CONFLICT = {"ASSAULT", "COERCE"}

# Acts whose missing or self target is the article's adversary (events._actor_pair): acts of force only; a denial or
# refusal (REJECT) is aimed at the one whose claim or request it rejects, not at the other side of a conflict
# (round 28, evargs28).
ADVERSARY_TYPES = {"ASSAULT", "COERCE"}

JUDGED_ACT_TYPES = {"ACCUSE", "REJECT"}  # acts whose object may be another actor's act

# Cooperative and de-escalating types: the ones everyday verbs are most often misread as (event-annotation.md's
# "hosted a tasting" -> CONSULT, "released a white paper" -> RETREAT).
SOFT_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "SANCTION", "MOBILIZE", "AID"}

VERBAL_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONSULT"}
