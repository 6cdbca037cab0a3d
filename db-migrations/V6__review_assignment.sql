-- The regulator's review queue: who a filing is assigned to (the lead assigns). The queue itself is a query over
-- filing, its latest version and its organisation; these indexes keep it fast at thousands of filings.
alter table filing add column assigned_to varchar(64);
alter table filing add column assigned_at timestamptz;
create index filing_queue on filing (status, latest_version) where latest_version > 0;
create index filing_assigned on filing (assigned_to) where assigned_to is not null;
