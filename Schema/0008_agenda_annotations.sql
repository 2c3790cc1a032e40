-- An agenda item's annotation: what the annotated provisional agenda says under the
-- item (the background, the documents before the meeting, the action expected of it).
-- Its paragraphs are separated by a blank line ("\n\n"); within a paragraph the text
-- runs on one line. An item without an annotation keeps NULL, never an empty text.
ALTER TABLE agendaItem ADD COLUMN annotation TEXT CHECK (annotation IS NULL OR length(trim(annotation)) > 0);
