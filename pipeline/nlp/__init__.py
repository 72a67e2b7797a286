"""spaCy code: model, quotes, cues, speakers, attribution, polarity, claim dates, entities."""
