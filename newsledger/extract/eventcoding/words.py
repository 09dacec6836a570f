"""Word classes shared by several steps of the sentence coder (speech, intent and threat heads, light verbs, target
prepositions); a class used by one step lives in that step's module. The word classes are data
(newsledger/data/events/word_classes.json, each with its provenance); the grammar classes (dependency and entity
labels) stay here."""
from __future__ import annotations

from newsledger.extract.eventcoding import dictionary as D

SUBJ = {"nsubj", "nsubjpass", "csubj"}

NOMINAL_SOURCE_ENTS = {"GPE", "ORG", "NORP", "PERSON"}

TARGET_PREPS = D.word_class("target_preps")
FUTURE_AUX = D.word_class("future_aux")
COND_AUX = D.word_class("cond_aux")
INTENT_HEADS = D.word_class("intent_heads")
THREAT_HEADS = D.word_class("threat_heads")
ATTEMPT_HEADS = D.word_class("attempt_heads")
PLACE_NOUNS = D.word_class("place_nouns")
YIELD_VERBS = D.word_class("yield_verbs")
PURE_SPEECH = D.word_class("pure_speech")
SPEECH_EVENTS = D.word_class("speech_events")
ACCUSE_VERBS = D.word_class("accuse_verbs")
LIGHT_VERBS = D.word_class("light_verbs")
FORCE_NOUNS = D.word_class("force_nouns")
PROMISE_HEADS = D.word_class("promise_heads")
OPPONENT_VERBS = D.word_class("opponent_verbs")
