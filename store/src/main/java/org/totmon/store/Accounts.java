package org.totmon.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.totmon.store.Account.Role;

/**
 * The accounts that may write. A token is 32 random bytes (base64url), shown once when the account is made; the
 * store keeps only its SHA-256, so a copy of the database gives no one a working token. Thread-safe.
 */
public final class Accounts {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NAME_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final Database db;

    Accounts(Database db) {
        this.db = db;
    }

    /** Makes an account; returns its token, which is not stored and cannot be shown again. */
    public String add(String name, Role role) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("an account name is 1 to 64 letters, digits, '.', '_' or '-', not '" + name + "'");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Connection c = db.connection()) {
            if (find(c, name).isPresent()) throw new IllegalArgumentException("there is already an account named " + name);
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO account (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, name);
                st.setString(2, role.label());
                st.setString(3, hash(token));
                st.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                st.executeUpdate();
            }
            db.afterWrite(c);
        } catch (SQLException e) {
            throw new StoreException("cannot add the account " + name + " " + db.where() + ": " + e.getMessage(), e);
        }
        return token;
    }

    /** Revokes the account: its token no longer works; its name stays on what it wrote. */
    public void revoke(String name) {
        try (Connection c = db.connection(); PreparedStatement st = c.prepareStatement(
                "UPDATE account SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
            st.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            st.setString(2, name);
            if (st.executeUpdate() == 0) {
                throw new IllegalArgumentException(find(c, name).isPresent() ? "the account " + name + " is revoked already"
                        : "there is no account named " + name);
            }
            db.afterWrite(c);
        } catch (SQLException e) {
            throw new StoreException("cannot revoke the account " + name + " " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /** Every account, revoked ones too, by name. */
    public List<Account> list() {
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement(
                "SELECT name, role, created_at, revoked_at FROM account ORDER BY name")) {
            List<Account> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the accounts " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /** The account whose token this is, unless there is none or it is revoked. */
    public Optional<Account> authenticate(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement(
                "SELECT name, role, created_at, revoked_at FROM account WHERE token_hash = ? AND revoked_at IS NULL")) {
            st.setString(1, hash(token.strip()));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the accounts " + db.where() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Account> find(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT name, role, created_at, revoked_at FROM account WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Account row(ResultSet rs) throws SQLException {
        OffsetDateTime revoked = rs.getObject(4, OffsetDateTime.class);
        return new Account(rs.getString(1), Role.of(rs.getString(2)), rs.getObject(3, OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    /** The SHA-256 of a token, in hex: a token is random, so no salt or slow hash is needed. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
