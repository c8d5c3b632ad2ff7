-- The open clocks (RUNNING, PAUSED) are a small share of all the clocks ever kept; the dashboard counts them for
-- every poll and the clock gauges every refresh (org.communityops.sla.clock.OpenClockCounts). Without this index
-- that count reads the whole table, which only grows (docs/performance.md, "Dashboard poll").
create index sla_clock_state on sla_clock (state);
