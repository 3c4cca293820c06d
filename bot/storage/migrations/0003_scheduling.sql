-- Scheduling and delivery: digest watermarks, retry times, and reports of skipped posts.

-- The instant up to which the channel's last digest covered news ("what changed since").
ALTER TABLE channels ADD COLUMN last_digest_at TEXT;

-- The scheduled instant a delivery belongs to (a digest's period, a reminder's fire time),
-- when a failed send may be retried, and when a skipped one was mentioned in a digest.
ALTER TABLE deliveries ADD COLUMN due_at TEXT;
ALTER TABLE deliveries ADD COLUMN next_attempt_at TEXT;
ALTER TABLE deliveries ADD COLUMN reported_at TEXT;
CREATE INDEX deliveries_channel_status ON deliveries(channel_ref, status);

-- One pending offset reminder per channel, deadline and offset: re-planning cannot duplicate.
CREATE UNIQUE INDEX reminders_one_offset ON reminders(channel_id, deadline_id, offset_s)
    WHERE kind = 'offset' AND status = 'pending';
CREATE INDEX reminders_deadline ON reminders(deadline_id, status);
