-- 006: who is sending an outbox row, and until when (PostgreSQL twin of ../006_outbox_claims.sql). Workers claim due rows
-- with FOR UPDATE SKIP LOCKED, so two claiming at once get different rows; a dead worker's rows are free once the claim ends.
ALTER TABLE outbox ADD COLUMN claimed_by text NULL;
ALTER TABLE outbox ADD COLUMN claimed_until text NULL;     -- UTC (StoredTime); free once it is past
