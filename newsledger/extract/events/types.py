"""PLOVER event types grouped by how the event rules treat them (issue 16)."""
from __future__ import annotations

CONFLICT = {"ASSAULT", "COERCE"}

ADVERSARY_TYPES = {"ASSAULT", "COERCE", "REJECT"}

JUDGED_ACT_TYPES = {"ACCUSE", "REJECT"}  # acts whose object may be another actor's act

# Cooperative and de-escalating types: the ones everyday verbs are most often misread as (event-annotation.md's
# "hosted a tasting" -> CONSULT, "released a white paper" -> RETREAT).
SOFT_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "SANCTION", "MOBILIZE", "AID"}

VERBAL_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONSULT"}
