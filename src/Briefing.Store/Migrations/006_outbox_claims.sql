-- 006: who is sending an outbox row, and until when. A worker claims due rows before sending them and renews the claim
-- while it sends; when it dies the claim runs out and another worker resumes the rows after their last recorded message.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE outbox ADD COLUMN claimed_until TEXT NULL;     -- UTC (StoredTime); free once it is past
