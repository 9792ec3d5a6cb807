package de.tenor.corpus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/** Turns an {@link HttpExchange} into WARC records. Pure functions; thread-safe. */
final class ExchangeRecords {

    /**
     * The JDK client hands over the body already de-chunked and without its framing, so these
     * headers would describe bytes the record does not hold; jwarc writes a true Content-Length.
     */
    private static final Set<String> FRAMING_HEADERS = Set.of("transfer-encoding", "content-length", "connection");

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private ExchangeRecords() {
    }

    /** A response record followed by its request record (Heritrix' order), linked by WARC-Concurrent-To. */
    static List<WarcRecord> responseAndRequest(HttpExchange ex) throws IOException {
        return responseAndRequest(ex, Map.of());
    }

    /** The same, with extra fields on the response record (which topic source fetched it, and in which role). */
    static List<WarcRecord> responseAndRequest(HttpExchange ex, Map<String, String> warcFields) throws IOException {
        WarcResponse.Builder response = new WarcResponse.Builder(ex.uri())
                .date(ex.fetchedAt())
                .body(httpResponse(ex, ex.body()))
                .identifiedPayloadType(ex.identifiedType())
                .payloadDigest(digest(ex.sha256()));
        if (ex.truncated()) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        warcFields.forEach(response::addHeader);
        Optional<InetAddress> ip = address(ex.ipAddress());
        ip.ifPresent(response::ipAddress);
        WarcResponse built = response.build();
        WarcRequest.Builder request = new WarcRequest.Builder(ex.uri())
                .date(ex.fetchedAt())
                .body(httpRequest(ex))
                .concurrentTo(built.id());
        ip.ifPresent(request::ipAddress);
        return List.of(built, request.build());
    }

    /** A revisit record: this URL answered with the same payload that {@code firstUrl} answered with. */
    static WarcRecord duplicate(HttpExchange ex, String firstUrl, Instant firstFetchedAt) throws IOException {
        return new WarcRevisit.Builder(ex.uri(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .date(ex.fetchedAt())
                .body(httpResponse(ex, new byte[0]))
                .payloadDigest(digest(ex.sha256()))
                .addHeader("WARC-Refers-To-Target-URI", firstUrl)
                .addHeader("WARC-Refers-To-Date", firstFetchedAt.toString())
                .build();
    }

    private static HttpResponse httpResponse(HttpExchange ex, byte[] body) {
        HttpResponse.Builder b = new HttpResponse.Builder(ex.status(), REASONS.getOrDefault(ex.status(), "Status"));
        ex.responseHeaders().forEach((name, values) -> {
            if (!name.startsWith(":") && !FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> b.addHeader(name, v));
            }
        });
        String type = ex.header("Content-Type").orElse("application/octet-stream");
        return b.body(MediaType.parseLeniently(type), body).build();
    }

    private static HttpRequest httpRequest(HttpExchange ex) {
        URI uri = ex.uri();
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        HttpRequest.Builder b = new HttpRequest.Builder(ex.method(), target);
        b.addHeader("Host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        ex.requestHeaders().forEach((name, values) -> values.forEach(v -> b.addHeader(name, v)));
        if (ex.requestBody().length > 0) {
            // A search form's fields are part of what was asked: without them the answer cannot be replayed.
            String type = ex.requestHeaders().getOrDefault("Content-Type", List.of("application/x-www-form-urlencoded")).getFirst();
            b.body(MediaType.parseLeniently(type), ex.requestBody());
        }
        return b.build();
    }

    private static WarcDigest digest(String sha256Hex) {
        return new WarcDigest("sha256", HexFormat.of().parseHex(sha256Hex));
    }

    private static Optional<InetAddress> address(Optional<String> literal) {
        try {
            // A literal IP address is parsed, not looked up: no DNS traffic here.
            return literal.isEmpty() ? Optional.empty() : Optional.of(InetAddress.getByName(literal.get()));
        } catch (java.net.UnknownHostException e) {
            return Optional.empty();
        }
    }
}
