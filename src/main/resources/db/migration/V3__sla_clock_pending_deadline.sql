-- A clock's next deadline, while no engine job is scheduled for it yet. A far-off deadline waits here instead of as
-- a job, so that the many items done in time never create and delete a job; the deadline sweep hands each one to
-- the job executor shortly before it is due (docs/sla-clocks.md, "Deadlines").
alter table sla_clock add column pending_deadline_at timestamp with time zone;
create index sla_clock_pending_deadline on sla_clock (pending_deadline_at);
