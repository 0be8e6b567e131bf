package org.totmon.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.totmon.store.Account;
import org.totmon.store.Account.Role;
import org.totmon.store.Store;

/**
 * Who is writing: the account whose token the request's {@code Authorization: Bearer} header carries, if its role
 * allows the write. The server's TOTMON_TOKEN, when set, stays an admin's token and is recorded as
 * {@value #SERVER_TOKEN_AUTHOR} (a name no account can have).
 */
final class Writers {
    static final String SERVER_TOKEN_AUTHOR = "env:TOTMON_TOKEN";

    private final Store store;
    private final WebConfig config;

    Writers(Store store, WebConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The author's name, or an ApiError: 401 without a token, 403 for a wrong or revoked one or a role too low. */
    String author(Context ctx, Role needed) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "this write needs an account's token: Authorization: Bearer <token> (totmon accounts add NAME --role "
                    + needed.label() + ")");
        }
        String token = header.substring(7).strip();
        if (config.token() != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
            return SERVER_TOKEN_AUTHOR;
        }
        Optional<Account> account = store.accounts().authenticate(token);
        if (account.isEmpty()) throw new ApiError(403, "wrong or revoked token");
        if (!account.get().role().covers(needed)) {
            throw new ApiError(403, "the account " + account.get().name() + " is a " + account.get().role().label()
                    + "; this write needs a " + needed.label() + " or more");
        }
        return account.get().name();
    }
}
