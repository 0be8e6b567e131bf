package org.totmon.store;

/**
 * A PostgreSQL database to keep the store in instead of the H2 file of the data directory: a JDBC URL
 * ({@code jdbc:postgresql://HOST[:PORT]/DATABASE}), user and password (either may be null: the driver's defaults).
 */
public record DatabaseServer(String url, String user, String password) {
    static final String PREFIX = "jdbc:postgresql:";

    public DatabaseServer {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new StoreException("not a PostgreSQL JDBC URL: '" + (url == null ? "" : withoutParameters(url))
                    + "' (give jdbc:postgresql://HOST[:PORT]/DATABASE)", null);
        }
    }

    /** The URL to name in messages: without its parameters, which may hold a password. */
    public String displayUrl() {
        return withoutParameters(url);
    }

    private static String withoutParameters(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return displayUrl() + (user == null ? "" : " as " + user);
    }
}
