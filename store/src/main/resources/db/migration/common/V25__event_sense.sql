-- What an event's trigger tells within a type that gathers unlike happenings (OTHER: aid delivered, villages flooded;
-- GOVERNANCE: a currency, a decree): the linker keeps mentions of two senses apart (org.totmon.linker.EventClustering).
-- Null for other types, for triggers without a sense, and for events stored before.
ALTER TABLE event ADD COLUMN sense VARCHAR(64);
