-- Where a report came from, beyond its file and place (report.origin): the input format it was read from
-- (text, html, jsonl, telegram, feed, pdf, docx, odt, warc) and, for a forwarded Telegram post, whom it was
-- forwarded from. Reports stored before are left without them.
ALTER TABLE report ADD COLUMN source_format VARCHAR(16);
ALTER TABLE report ADD COLUMN forwarded_from VARCHAR;
