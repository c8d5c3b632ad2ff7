-- One index on state and client instead of two, (client, state) from V2 and (state) from V5: the open-clock counts
-- of all clients (state in ...) and of one (state in ... and client = ?) both read it
-- (org.communityops.sla.clock.OpenClockCounts). Every clock changes state at least once, and on H2 each index a
-- commit changes costs that commit the pages it rewrites; one fewer makes a task's clock cheaper
-- (docs/performance.md, "A long-running node").
create index sla_clock_state_client on sla_clock (state, client);
drop index sla_clock_client_state;
drop index sla_clock_state;
