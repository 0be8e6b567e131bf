package org.totmon.pipeline.entity;

import org.totmon.model.EntityType;

/** A stretch of tokens [from, to) found to name something: a type, or none for a lone word kept only if it joins a name found elsewhere; the actor when the registry knows it. */
record Found(int from, int to, EntityType type, Actor actor) {}
