"""Pure text logic: decoding, normalising, HTML, dates, parsing, cleaning, language, dedupe."""
