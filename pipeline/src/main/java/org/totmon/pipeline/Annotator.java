package org.totmon.pipeline;

/**
 * One step of the pipeline: reads the layers before it and adds its own.
 * Implementations hold only immutable resources, so one instance serves every thread.
 */
public interface Annotator {
    void annotate(Document doc);
}
