-- Why a claim's claimant has its side: an actor or outlet registry row, a role phrase, the outlet's own voice
-- (org.totmon.model.Claim#sideReason). Null for claims stored before reasons were kept and for unknown sides.
ALTER TABLE claim ADD COLUMN side_reason VARCHAR(500);
