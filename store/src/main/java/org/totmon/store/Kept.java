package org.totmon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results of a read over the whole record (the timeline's counts, the ledger's first cards), kept while what they were
 * read from is unchanged: the links' progress and epoch (every change of a group or cluster comes with one of them,
 * in its transaction; a re-annotation is followed by forgetting the links, which moves the epoch), the audit log's
 * last entry (every review and retraction writes one) and the entity names in force. Each is one look-up at a request, in this process or another's store, where the read itself grows with the
 * store. At most {@code capacity} keys; emptied when full. A read that can start from its value at an earlier links'
 * progress ({@link Update}) is given it when only the progress moved: linking a report adds links, it changes none.
 */
final class Kept<K, V> {
    interface Read<V> {
        V read() throws SQLException;
    }

    /** A read given the value kept for an earlier links' progress of the same links and reviews (null: none). */
    interface Update<V> {
        V read(V before, long linkedSeq) throws SQLException;
    }

    /** The links' progress and epoch and the audit log's last entry. */
    record State(long linkedSeq, String epoch, long audit) {}

    private record Entry<V>(State state, EntityNames names, V value) {}

    private final int capacity;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** What a key's readers wait on while one of them reads it. */
    private final ConcurrentHashMap<K, Object> readers = new ConcurrentHashMap<>();

    Kept(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The value kept for {@code key} if the store is as it was when it was read, else {@code read}'s, kept. Requests
     * that find a key out of date wait for the one reading it (after a write, eight clients would each read it again).
     */
    V get(Connection c, K key, EntityNames names, Read<V> read) throws SQLException {
        return get(c, key, names, (before, linkedSeq) -> read.read());
    }

    /**
     * As {@link #get(Connection, Object, EntityNames, Read)}, but a value kept for fewer linked reports of the same
     * links, reviews and names is given to {@code read}, to add what was linked since up to the progress it is given.
     */
    V get(Connection c, K key, EntityNames names, Update<V> read) throws SQLException {
        State state = state(c);
        Entry<V> e = entries.get(key);
        if (fresh(e, state, names)) return e.value();
        synchronized (readers.computeIfAbsent(key, k -> new Object())) {
            e = entries.get(key);
            if (fresh(e, state, names)) return e.value();
            boolean extending = e != null && e.names() == names && e.state().epoch().equals(state.epoch())
                    && e.state().audit() == state.audit() && e.state().linkedSeq() < state.linkedSeq();
            // Read after the state: a write in between makes the value newer than its state, so it is read again, never
            // stale (an update reads up to the state's progress only).
            V value = read.read(extending ? e.value() : null, state.linkedSeq());
            if (entries.size() >= capacity) {
                entries.clear();
                readers.clear();
            }
            entries.put(key, new Entry<>(state, names, value));
            return value;
        }
    }

    private static boolean fresh(Entry<?> e, State state, EntityNames names) {
        return e != null && e.state().equals(state) && e.names() == names;
    }

    static State state(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT MAX(id) FROM review_audit"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return new State(LinkTables.linkedSeq(c), String.valueOf(LinkTables.linkEpoch(c)), rs.getLong(1));
        }
    }
}
