-- The keys a record file gives a meeting's records (I1, Q1, R1, A1), kept so that an
-- export writes them back and other meetings can refer to them ("PBA-56/Q3").
-- Records made at the command line have none; an export numbers them after the rest.
ALTER TABLE intervention ADD COLUMN recordKey TEXT;
ALTER TABLE ask ADD COLUMN recordKey TEXT;
ALTER TABLE response ADD COLUMN recordKey TEXT;
ALTER TABLE commitment ADD COLUMN recordKey TEXT;
