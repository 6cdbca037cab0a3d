-- Which parts of the demo data (README "Demo accounts") were made, so that neither a restart nor a second replica
-- starting at the same time makes them again. The demo seeding holds a transaction-level advisory lock while it
-- reads and writes this table; real deployments (DRR_DEMO_ENABLED=false) never touch it.
create table demo_seed (
    part text primary key,
    seeded_at timestamp with time zone not null default now()
);
