package org.totmon.pipeline.event;

/** The event types of the annotation guidelines (../shared/eval/GUIDELINES.md, "events"). */
public enum EventKind {
    PASSPORTIZATION, ELECTION, ATTACK, DETENTION, DEPORTATION, COMBAT, GOVERNANCE, INFORMATION_OP, CONDEMNATION,
    RESISTANCE, OTHER
}
