package org.totmon.pipeline;

import java.util.Set;

/**
 * One step of the pipeline: reads the layers it {@link #requires()} and adds the one it {@link #produces()}.
 * It never changes another annotator's layer. Implementations hold only immutable resources, so one instance serves
 * every thread.
 */
public interface Annotator {
    void annotate(Document doc);

    /** The layers this annotator reads; {@link Pipeline} checks that an earlier annotator produces each. */
    Set<Layer> requires();

    /** The one layer this annotator adds. */
    Layer produces();

    /** The name a pipeline's messages use for this annotator. */
    default String name() {
        return getClass().getSimpleName();
    }
}
