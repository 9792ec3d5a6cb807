package de.tenor.corpus;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request and the response to it, as the fetcher saw them: what a WARC request/response
 * record pair stores. The body is the payload as received, cut at the size cap when
 * {@code truncated}.
 *
 * @param identifiedType media type found by sniffing the bytes (what the content is), which may
 *                       differ from the Content-Type header (what the server claimed)
 * @param ipAddress      the address the host resolved to, when known
 * @param requestBody    what the request sent (a search form's fields); empty for a GET
 */
public record HttpExchange(URI uri, String method, Map<String, List<String>> requestHeaders, int status,
                           Map<String, List<String>> responseHeaders, byte[] body, boolean truncated,
                           String identifiedType, Optional<String> ipAddress, Instant fetchedAt, byte[] requestBody) {

    /** A request without a body (GET). */
    public HttpExchange(URI uri, String method, Map<String, List<String>> requestHeaders, int status,
                        Map<String, List<String>> responseHeaders, byte[] body, boolean truncated,
                        String identifiedType, Optional<String> ipAddress, Instant fetchedAt) {
        this(uri, method, requestHeaders, status, responseHeaders, body, truncated, identifiedType, ipAddress, fetchedAt,
                new byte[0]);
    }

    public HttpExchange {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a 3-digit HTTP status, got " + status + " for " + uri);
        }
        requestHeaders = copy(requestHeaders);
        responseHeaders = copy(responseHeaders);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(identifiedType, "identifiedType");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(requestBody, "requestBody");
    }

    /** First value of a response header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().getFirst());
            }
        }
        return Optional.empty();
    }

    /** Hex SHA-256 of the body: the key that finds identical content under another URL. */
    public String sha256() {
        return Sha256.hex(body);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> m.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(m);
    }
}
