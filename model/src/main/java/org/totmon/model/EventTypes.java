package org.totmon.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each event type is like ({@code event-types.tsv}: whether it is routine, crosses borders, goes on for months, befalls one person, gathers unlike happenings),
 * for the annotator that merges one report's mentions and the linker that clusters reports' alike.
 */
public final class EventTypes {
    private EventTypes() {}

    private static final List<String[]> ROWS = rows();
    private static final Set<String> ROUTINE = column(1);
    private static final Set<String> CROSSING = column(2);
    private static final Set<String> ONGOING = column(3);
    private static final Set<String> PERSONAL = column(4);
    private static final Set<String> BY_SENSE = column(5);

    /** Many events of the type happen in one place within days (a city shelled daily). */
    public static boolean routine(String type) {
        return ROUTINE.contains(type);
    }

    /** The type moves people across a state border: the state left and the state reached are both its place. */
    public static boolean crossesBorders(String type) {
        return CROSSING.contains(type);
    }

    /** The type is also told as one movement going on for months or years, dated by when a report tells it. */
    public static boolean ongoing(String type) {
        return ONGOING.contains(type);
    }

    /** The type befalls one named person, who identifies the happening better than its place does. */
    public static boolean personal(String type) {
        return PERSONAL.contains(type);
    }

    /** The type gathers unlike happenings, told apart by their triggers' senses. */
    public static boolean bySense(String type) {
        return BY_SENSE.contains(type);
    }

    private static Set<String> column(int column) {
        Set<String> out = new TreeSet<>();
        for (String[] f : ROWS) if (f[column].equals("yes")) out.add(f[0]);
        return Set.copyOf(out);
    }

    private static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (Tsv.Row row : Tsv.resource(EventTypes.class, "/org/totmon/model/event-types.tsv")) {
            String[] f = Arrays.stream(row.fields()).map(String::strip).toArray(String[]::new);
            if (f.length != 6 || !Set.of("yes", "no").containsAll(Arrays.asList(f).subList(1, 6))) {
                throw row.error("expected type and five columns of yes|no");
            }
            out.add(f);
        }
        return List.copyOf(out);
    }
}
