-- The follow-up list as plain SQL, for scripts/bench to time in the sqlite3 shell
-- against `rapporteur followup --json`. It reads what the command reads (AppStore's
-- followUp and RecordReader): open asks with their meeting, item, speakers,
-- references and answers so far, then open commitments with their owner, due date,
-- origin item and references. The shell sets the parameters first:
--   :asOf (YYYY-MM-DD), :resSession and :resNumber (a resolution, or NULL), :state (ISO3, or NULL).
-- Agenda items are all top-level in the benchmark corpus, so an item's label is its position.

WITH filter AS (
    SELECT :asOf AS asOf,
           (SELECT id FROM resolution WHERE session = :resSession AND number = :resNumber) AS resolutionId,
           (SELECT id FROM state WHERE iso3 = :state) AS stateId
), openAsk AS (
    SELECT a.id AS askId, a.position, a.text, a.status, i.id AS interventionId, i.kind, i.named, i.sequence,
           i.agendaItemId, m.handle, m.startDate, m.bodyId
    FROM ask a JOIN intervention i ON i.id = a.interventionId JOIN meeting m ON m.id = i.meetingId, filter f
    WHERE m.startDate <= f.asOf AND a.status IN ('open', 'partiallyAnswered')
      AND (f.resolutionId IS NULL OR EXISTS (
            SELECT 1 FROM recordReference x WHERE x.interventionId = i.id AND x.resolutionId = f.resolutionId))
      AND (f.stateId IS NULL OR EXISTS (
            SELECT 1 FROM interventionSpeaker s JOIN party p ON p.id = s.partyId
            WHERE s.interventionId = i.id AND p.stateId = f.stateId))
)
SELECT o.askId, o.interventionId, o.handle, b.code, o.startDate, g.position, o.kind, o.named, o.text, o.status,
       CAST(julianday(f.asOf) - julianday(o.startDate) AS INTEGER) AS ageDays,
       (SELECT group_concat(coalesce(st.name, p.name), '; ')
        FROM interventionSpeaker s JOIN party p ON p.id = s.partyId LEFT JOIN state st ON st.id = p.stateId
        WHERE s.interventionId = o.interventionId ORDER BY s.position) AS speakers,
       (SELECT group_concat(r.session || '/' || r.number || ' ' || x.paragraph, '; ')
        FROM recordReference x LEFT JOIN resolution r ON r.id = x.resolutionId
        WHERE x.interventionId = o.interventionId) AS resolutions,
       (SELECT group_concat(w.extent || ' R' || w.responseId || ' at ' || rm.handle, '; ')
        FROM answer w JOIN response rr ON rr.id = w.responseId JOIN meeting rm ON rm.id = rr.meetingId
        WHERE w.askId = o.askId) AS answers
FROM openAsk o JOIN body b ON b.id = o.bodyId JOIN agendaItem g ON g.id = o.agendaItemId, filter f
ORDER BY o.startDate, o.handle, o.sequence, o.position;

WITH filter AS (
    SELECT :asOf AS asOf,
           (SELECT id FROM resolution WHERE session = :resSession AND number = :resNumber) AS resolutionId,
           (SELECT id FROM state WHERE iso3 = :state) AS stateId
)
SELECT c.id, m.handle, b.code, m.startDate, g.position AS item, c.responseId, c.interventionId,
       CASE c.ownerKind WHEN 'state' THEN st.name WHEN 'unit' THEN c.ownerName ELSE 'the Secretariat' END AS owner,
       c.text, c.dueKind, c.dueDate,
       -- A due meeting not recorded yet is named by the handle its body's numbering gives it.
       coalesce(dm.handle, CASE dueBody.meetingNumbering
           WHEN 'number' THEN dueBody.code || '-' || c.dueNumber
           WHEN 'yearSession' THEN dueBody.code || '-' || c.dueYear || '-' || c.dueSession
           WHEN 'session' THEN dueBody.code || '-' || c.dueSession
           WHEN 'year' THEN dueBody.code || '-' || c.dueYear END) AS dueMeeting,
       c.status, c.doneOn, c.statusNote,
       (c.dueKind = 'date' AND c.dueDate < f.asOf) OR (c.dueKind = 'meeting' AND ifnull(dm.endDate < f.asOf, 0))
           AS overdue,
       CAST(julianday(f.asOf) - julianday(m.startDate) AS INTEGER) AS ageDays,
       (SELECT group_concat(r.session || '/' || r.number || ' ' || x.paragraph, '; ')
        FROM recordReference x LEFT JOIN resolution r ON r.id = x.resolutionId
        WHERE x.commitmentId = c.id) AS resolutions
FROM commitment c JOIN meeting m ON m.id = c.meetingId JOIN body b ON b.id = m.bodyId
LEFT JOIN response r ON r.id = c.responseId LEFT JOIN intervention i ON i.id = c.interventionId
LEFT JOIN agendaItem g ON g.id = coalesce(r.agendaItemId, i.agendaItemId)
LEFT JOIN state st ON st.id = c.ownerStateId LEFT JOIN meeting dm ON dm.id = c.dueMeetingId
LEFT JOIN body dueBody ON dueBody.id = c.dueBodyId, filter f
WHERE m.startDate <= f.asOf AND c.status = 'open'
  AND (f.resolutionId IS NULL OR EXISTS (
        SELECT 1 FROM recordReference x WHERE x.commitmentId = c.id AND x.resolutionId = f.resolutionId))
  AND (f.stateId IS NULL OR c.ownerStateId = f.stateId
       OR EXISTS (SELECT 1 FROM interventionSpeaker s JOIN party p ON p.id = s.partyId
                  WHERE s.interventionId = c.interventionId AND p.stateId = f.stateId)
       OR EXISTS (SELECT 1 FROM answer w JOIN ask q ON q.id = w.askId
                  JOIN interventionSpeaker s ON s.interventionId = q.interventionId JOIN party p ON p.id = s.partyId
                  WHERE w.responseId = c.responseId AND p.stateId = f.stateId))
ORDER BY m.startDate, m.handle, c.id;
