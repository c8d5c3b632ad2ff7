-- A compliance report reads a client's period in one query, its clocks by due time and id
-- (org.communityops.report.ClockScan); with the id in the index neither H2 nor PostgreSQL sorts the period's clocks,
-- and the rows stream. It replaces sla_clock_client_due (V4), which the clocks without a due time used too.
create index sla_clock_client_due_id on sla_clock (client, due_at, id);
drop index sla_clock_client_due;
