-- The review queue (issue 14) kept in the order it is read (org.totmon.store.ReviewQueue): one row per unreviewed
-- claim or event, its need ranked when it is queued and again when linking changes its group or cluster, so that a
-- page of the queue is a range of one index, never a sort of every item of the store. Derived: rebuilt from the
-- extraction, link and review tables whenever the links are forgotten (relink, reannotate).
CREATE TABLE review_queue (
    kind         VARCHAR(16) NOT NULL,                    -- claim, event
    report_id    VARCHAR(64) NOT NULL,
    ord          INT NOT NULL,                            -- the item's ord in its layer
    start_offset INT NOT NULL,
    end_offset   INT NOT NULL,
    low          BOOLEAN NOT NULL,                        -- of low confidence (ReviewQueue.CLAIM_LOW, EVENT_LOW)
    link_id      BIGINT,                                  -- its claim group or event cluster; null while not linked
    need         INT NOT NULL,                            -- 0 first: disputed, then low confidence, then told by most
    text         VARCHAR,                                 -- the item's evidence and its report's title, as shown: a page
    title        VARCHAR,                                 -- reads this table alone
    PRIMARY KEY (report_id, kind, ord)
);
CREATE INDEX review_queue_order ON review_queue (need, report_id, start_offset, end_offset, kind);
CREATE INDEX review_queue_link ON review_queue (kind, link_id);

-- How far the queue has caught up: the last report seq queued, the last linked seq whose links it has counted, the
-- last audit entry whose item it has taken out, and the link epoch (org.totmon.store.LinkTables) they belong to. Its
-- row is also the lock that puts catch-ups in turn.
INSERT INTO store_meta (name, content) VALUES ('review_queue', '0 0 0 -');

-- Who or what stored each report: the API's account (or env:TOTMON_TOKEN), the command line's user (cli:NAME);
-- null for reports stored before this column.
ALTER TABLE report ADD COLUMN ingested_by VARCHAR(128);
