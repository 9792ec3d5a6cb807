package de.tenor.crawl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses hosts that resolve to loopback, private, link-local or otherwise internal addresses, so
 * a link or redirect on a public site cannot make the crawler probe the local network (SSRF).
 * Tests and local mirrors pass {@code allowPrivate}. One lookup per host and run; thread-safe.
 *
 * <p>Limit: the HTTP client resolves the name again when it connects; a DNS server that changes
 * its answer in between (DNS rebinding) is not caught.
 */
final class AddressGuard {

    /** The check's result: the address to record in the WARC file, or why the host is refused. */
    record Verdict(Optional<InetAddress> address, Optional<String> refusal) {
    }

    private final boolean allowPrivate;
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    Verdict check(String host) {
        return verdicts.computeIfAbsent(host, this::lookUp);
    }

    private Verdict lookUp(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new Verdict(Optional.empty(), Optional.of("unknown host " + host));
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                Optional<String> kind = internalKind(a);
                if (kind.isPresent()) {
                    return new Verdict(Optional.of(a), Optional.of(host + " resolves to " + kind.get() + " address "
                            + a.getHostAddress() + "; crawling local or private addresses is refused"
                            + " (pass --allow-private for a local test site)"));
                }
            }
        }
        return new Verdict(Optional.of(addresses[0]), Optional.empty());
    }

    /** Which kind of internal address this is, or empty for a public one. */
    static Optional<String> internalKind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (a.isAnyLocalAddress()) {
            return Optional.of("wildcard");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC) {
            return Optional.of("private (unique local)");
        }
        if (b.length == 4 && ((b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 || (b[0] & 0xFF) == 0)) {
            return Optional.of("private (shared or unspecified)");
        }
        return Optional.empty();
    }
}
