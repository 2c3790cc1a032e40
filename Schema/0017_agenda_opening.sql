-- What an annotated provisional agenda says before its first item, under a heading of
-- its own ("Opening of the session", over "1. The twentieth session … will be opened at
-- 10 a.m. …"): the annotation of the opening, which is no numbered item of the agenda.
-- The heading as the document writes it, and its paragraphs separated by a blank line
-- as an item's annotation is (0008). A meeting whose agenda says nothing of its opening
-- keeps both NULL; one is never given without the other.
ALTER TABLE meeting ADD COLUMN openingTitle TEXT
    CHECK (openingTitle IS NULL OR length(trim(openingTitle)) > 0);
ALTER TABLE meeting ADD COLUMN openingAnnotation TEXT
    CHECK ((openingAnnotation IS NULL) = (openingTitle IS NULL)
        AND (openingAnnotation IS NULL OR length(trim(openingAnnotation)) > 0));
