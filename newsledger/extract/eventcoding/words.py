"""Word classes shared by several steps of the sentence coder (speech, intent and threat heads, light verbs, target
prepositions); a class used by one step lives in that step's module."""
from __future__ import annotations

SUBJ = {"nsubj", "nsubjpass", "csubj"}

TARGET_PREPS = {"against", "on", "upon", "into", "at", "with", "to", "for", "toward", "towards"}

FUTURE_AUX = {"will", "shall", "'ll", "wo"}

COND_AUX = {"would"}

INTENT_HEADS = {"plan", "intend", "promise", "pledge", "vow", "offer", "agree", "prepare", "want", "hope",
                "decide", "aim", "expect", "schedule", "set", "propose", "seek_to_future", "wish", "consider",
                "willing", "prepared", "ready", "committed", "determined", "eager", "swear"}

THREAT_HEADS = {"threaten"}

ATTEMPT_HEADS = {"try", "seek", "attempt", "strive"}

PLACE_NOUNS = {"province", "provinces", "city", "cities", "town", "towns", "district", "districts", "village",
               "villages", "territory", "territories", "area", "areas", "region", "capital", "valley",
               "base", "bases", "airport", "border", "positions", "position", "stronghold", "pocket", "post"}

YIELD_VERBS = {"give", "surrender", "concede", "quit", "retreat", "withdraw", "abandon", "yield", "resign"}

PURE_SPEECH = {"say", "tell", "add", "state", "note", "explain", "write", "tweet", "post", "report", "announce",
               "admit", "confirm", "acknowledge", "claim", "argue", "cite", "describe", "quote", "reply", "respond",
               "comment", "declare", "stress", "emphasize", "emphasise", "speak", "told"}

SPEECH_EVENTS = {"warn", "deny", "threaten", "accuse", "urge", "appeal", "call", "criticize", "criticise",
                 "condemn", "reject", "promise", "pledge", "vow", "assure", "demand", "ask", "request", "blame",
                 "praise", "welcome", "refuse", "protest", "insist", "offer", "agree", "apologize", "thank",
                 "allege", "charge", "denounce", "order", "propose", "suggest", "invite"}

ACCUSE_VERBS = {"allege", "accuse", "claim_responsibility", "charge", "blame"}

# "commit" and "perpetrate" (WordNet perpetrate.v.01 "perform an act, usually with a negative connotation": commit,
# perpetrate, pull): the CAMEO dictionary's own "commit" patterns code the noun ("commit raids" 195, "commit
# operation against" 190); the crime nouns of nominals.tsv ("the murders X committed") are their objects.
LIGHT_VERBS = {"stage", "hold", "launch", "begin", "start", "continue", "mount", "lodge", "conduct", "organize",
               "organise", "announce", "issue", "open", "reiterate", "renew", "resume", "carry_out", "make",
               "impose", "declare", "step_up", "end", "call", "file", "undertake", "go_on", "initiate", "commit",
               "perpetrate"}

FORCE_NOUNS = {"force", "troop", "soldier", "unit", "fighter", "personnel", "contingent", "presence"}

PROMISE_HEADS = {"vow", "pledge", "promise", "swear"}

# Verbs of fighting from the CAMEO verb dictionary's "attack" block (CAMEO root 19 "Fight"; core_verbs.tsv): an act
# of force only against an opponent who is an actor. Class: battle and crime reports ("are fighting to clear Isis
# near the town", "after fighting with Walmart employees and police"); "fought cancer", "fight for rights",
# "fight the charges" (news of every topic) fight no one.
OPPONENT_VERBS = {"fight", "battle", "clash", "combat", "skirmish"}

NOMINAL_SOURCE_ENTS = {"GPE", "ORG", "NORP", "PERSON"}
