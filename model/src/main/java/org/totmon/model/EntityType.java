package org.totmon.model;

public enum EntityType { PERSON, ORGANIZATION }
