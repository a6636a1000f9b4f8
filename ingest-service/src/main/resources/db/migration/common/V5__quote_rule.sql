-- Quotes record the engine's fine provenance next to its sieve: the rule that found the quote and decided its speaker
-- (trailing-cue, clausal-complement, …; quotation-marks when the marks alone found it). Quotes stored before engine
-- 1.3.0 have none.

ALTER TABLE quote ADD COLUMN rule VARCHAR(64);
