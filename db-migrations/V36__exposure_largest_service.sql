-- The least number of people a place's loss takes from an operator: the daily users of its largest tier-1 service
-- lost there. `users` stays the sum over services, which counts a person once per service they use
-- (docs/people-counts.md). Null for exposures kept before this column existed: the sector view then shows the sum
-- alone, labelled as a sum.
alter table version_exposure add column largest_service_users bigint;
