"""The claim trail: topics, references, stance, statement groups, positions, contradictions."""
