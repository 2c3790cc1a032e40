-- An answer link is confirmed or only proposed. A link an importer infers is proposed
-- until an officer confirms it, or until the import itself does, for the score bands
-- whose measured precision is high enough; only a confirmed link answers its ask.
-- The link keeps its origin (recorded or inferred) and confidence once confirmed, so
-- the register still tells what a person entered from what an import read.
--
-- Links inferred before this migration counted as answers. Those whose confidence (the
-- measured precision of their band) reaches the 0.90 from which an import confirms stay
-- confirmed; the others become proposals, and the asks they alone answered go back to
-- open (or partly answered, when a confirmed partial answer remains) until an officer
-- reviews them.

ALTER TABLE answer ADD COLUMN state TEXT NOT NULL DEFAULT 'confirmed'
    CHECK (state IN ('proposed', 'confirmed'));

UPDATE answer SET state = 'proposed' WHERE origin = 'inferred' AND (confidence IS NULL OR confidence < 0.90);

CREATE INDEX answerByState ON answer(state, askId);

UPDATE ask SET status =
    CASE
        WHEN EXISTS (SELECT 1 FROM answer w WHERE w.askId = ask.id AND w.state = 'confirmed' AND w.extent = 'full')
            THEN 'answered'
        WHEN EXISTS (SELECT 1 FROM answer w WHERE w.askId = ask.id AND w.state = 'confirmed')
            THEN 'partiallyAnswered'
        ELSE 'open'
    END
WHERE status IN ('open', 'partiallyAnswered', 'answered');
