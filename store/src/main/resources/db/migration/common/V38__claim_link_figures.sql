-- A claim group's figures read from claim_link alone (LinkTables.readFigures: the first time a process meets a group,
-- every figure of it, a tenth of the storing thread at 30,000 reports), not each joined to its claim row (with its
-- sentence) and its report row: the linked report's seq and the claim's figure as annotated, written when it is linked.
ALTER TABLE claim_link ADD COLUMN report_seq BIGINT;
ALTER TABLE claim_link ADD COLUMN amount DOUBLE PRECISION;
ALTER TABLE claim_link ADD COLUMN amount_max DOUBLE PRECISION;
ALTER TABLE claim_link ADD COLUMN qualifier VARCHAR;
ALTER TABLE claim_link ADD COLUMN claimant VARCHAR;
ALTER TABLE claim_link ADD COLUMN claimant_side VARCHAR(16);
ALTER TABLE claim_link ADD COLUMN start_offset INT;
ALTER TABLE claim_link ADD COLUMN end_offset INT;
UPDATE claim_link l SET (report_seq, amount, amount_max, qualifier, claimant, claimant_side, start_offset, end_offset) =
    (SELECT r.seq, k.amount, k.amount_max, k.qualifier, k.claimant, k.claimant_side, k.start_offset, k.end_offset
     FROM claim k JOIN report r ON r.id = k.report_id WHERE k.report_id = l.report_id AND k.ord = l.claim_ord);
