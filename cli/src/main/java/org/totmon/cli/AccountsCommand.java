package org.totmon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.totmon.store.Account;
import org.totmon.store.Account.Role;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Named accounts that write to the record: reviewers and admins, each with a token of its own. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = {"Makes, lists and revokes the accounts that may write to the record through the workbench and its API.",
                "Roles: reader (reads only), reviewer (accepts, rejects and corrects items), admin (also retracts and restores "
                        + "reports). Each account has its own token, shown once when the account is made; the store keeps only its "
                        + "SHA-256. Every review write records the account's name. The server's TOTMON_TOKEN still works, as an admin "
                        + "recorded as env:TOTMON_TOKEN."},
        subcommands = {AccountsCommand.Add.class, AccountsCommand.Revoke.class, AccountsCommand.ListAccounts.class})
public final class AccountsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Makes an account and prints its token (once: keep it).",
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:made", "2:wrong usage or the name is taken", "3:no store"})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "1 to 64 letters, digits, '.', '_' or '-'.") String name;
        @Option(names = "--role", paramLabel = "ROLE", required = true, converter = RoleConverter.class,
                description = "reader, reviewer or admin.") Role role;
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, "accounts add", storeOptions, true, store -> {
                String token = store.accounts().add(name, role);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Account %s (%s) made. Its token, shown this once:%n%s%n", name, role.label(), token);
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes an account: its token stops working at once; what it wrote keeps its name.",
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:revoked", "2:no such account, or revoked already", "3:no store"})
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, "accounts revoke", storeOptions, false, store -> {
                store.accounts().revoke(name);
                spec.commandLine().getOut().printf("Account %s revoked.%n", name);
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts: name, role, made, revoked.")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, "accounts list", storeOptions, false, store -> {
                PrintWriter out = spec.commandLine().getOut();
                List<Account> accounts = store.accounts().list();
                if (accounts.isEmpty()) out.println("No accounts.");
                for (Account a : accounts) {
                    out.printf("%-24s %-9s made %s%s%n", a.name(), a.role().label(), a.createdAt(),
                            a.revoked() ? ", revoked " + a.revokedAt() : "");
                }
            });
        }
    }

    private interface StoreAction {
        void run(Store store);
    }

    /** Opens the store (creating it only to add the first account), runs {@code action}, and turns failures into exit codes. */
    private static int run(CommandSpec spec, String command, StoreOptions where, boolean create, StoreAction action) {
        try (Store store = create ? where.open() : where.openExisting()) {
            action.run(store);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("totmon " + command + ": " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon " + command + ": " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }

    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
