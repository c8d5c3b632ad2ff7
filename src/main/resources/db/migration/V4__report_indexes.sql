-- Compliance reports read a client's clocks by the period they are due in (org.communityops.report), a range
-- scan per quarter of an hour of the period; clocks without a due time (paused, or stopped while paused) by the same index.
create index sla_clock_client_due on sla_clock (client, due_at);
