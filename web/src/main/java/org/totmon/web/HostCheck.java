package org.totmon.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests whose Host header names this server. A page on another site whose own name the attacker
 * points at 127.0.0.1 (DNS rebinding) sends its own name as Host, and is refused instead of reading the workbench.
 * The names taken are those configured ({@code --allowed-host}); else the bound address, with {@code localhost},
 * {@code 127.0.0.1} and {@code ::1} when it is a loopback address; a server bound to every interface (0.0.0.0, ::)
 * without configured names takes any.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    /** Lower-case host names without port; null: any. */
    private final Set<String> allowed;

    private HostCheck(Set<String> allowed) {
        this.allowed = allowed;
    }

    static HostCheck of(WebConfig config) {
        if (!config.allowedHosts().isEmpty()) return new HostCheck(Set.copyOf(config.allowedHosts()));
        String bound = config.host().strip().toLowerCase(Locale.ROOT);
        if (List.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0").contains(bound)) return new HostCheck(null);
        Set<String> names = new HashSet<>(Set.of(bound));
        if (LOOPBACK.contains(bound) || bound.startsWith("127.")) names.addAll(LOOPBACK);
        return new HostCheck(Set.copyOf(names));
    }

    boolean allows(String hostHeader) {
        if (allowed == null) return true;
        return hostHeader != null && allowed.contains(name(hostHeader));
    }

    /** The names taken, for the refusal's message. */
    String names() {
        return allowed == null ? "any" : String.join(", ", allowed.stream().sorted().toList());
    }

    /** The host of a Host header, without its port or an IPv6 address's brackets. */
    static String name(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && colon == h.lastIndexOf(':') ? h.substring(0, colon) : h;
    }
}
