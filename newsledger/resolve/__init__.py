"""Resolution of mentions to things: canonical actors, and the name lists behind the entity rule layer."""
