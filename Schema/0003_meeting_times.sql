-- When a meeting was called to order and adjourned, as the summary reports them
-- ("called to order at 10:05 EAT", "adjourned at 13:05").
ALTER TABLE meeting ADD COLUMN openedAt TEXT CHECK (openedAt IS NULL OR openedAt GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE meeting ADD COLUMN adjournedAt TEXT CHECK (adjournedAt IS NULL OR adjournedAt GLOB '[0-2][0-9]:[0-5][0-9]');
