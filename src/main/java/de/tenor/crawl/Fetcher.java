package de.tenor.crawl;

import de.tenor.corpus.HttpExchange;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one class that talks HTTP: a GET with our User-Agent, optional conditional headers, a size
 * cap and a deadline for the whole response. Redirects are not followed here (the client is built
 * with {@link HttpClient.Redirect#NEVER}): the crawler records each hop and decides whether the
 * target is in scope. Refuses private addresses through {@link AddressGuard}. Thread-safe.
 */
final class Fetcher {

    /** What we read best first; anything else is still accepted and sniffed. */
    static final String ACCEPT = "text/html,application/xhtml+xml,application/pdf,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient client;
    private final AddressGuard guard;
    private final ContentSniffer sniffer = new ContentSniffer();
    private final Clock clock;
    private final String userAgent;
    private final Duration timeout;
    private final long maxBodyBytes;

    Fetcher(HttpClient client, AddressGuard guard, Clock clock, CrawlConfig config) {
        this.client = client;
        this.guard = guard;
        this.clock = clock;
        this.userAgent = config.userAgent();
        this.timeout = config.requestTimeout();
        this.maxBodyBytes = config.maxBodyBytes();
    }

    /** The client the crawler needs: never follows redirects, HTTP/1.1 so WARC records show what was on the wire. */
    static HttpClient newClient(CrawlConfig config) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    FetchOutcome get(URI uri, Optional<String> etag, Optional<String> lastModified) {
        Map<String, String> extra = new LinkedHashMap<>();
        etag.ifPresent(v -> extra.put("If-None-Match", v));
        lastModified.ifPresent(v -> extra.put("If-Modified-Since", v));
        return send(uri, "GET", extra, Optional.empty());
    }

    /**
     * Any request the topic sources need: a GET with other headers (an API's {@code Accept}, a
     * token) or a form POST. {@code extraHeaders} replace the defaults of the same name.
     */
    FetchOutcome send(URI uri, String method, Map<String, String> extraHeaders, Optional<FormBody> form) {
        AddressGuard.Verdict verdict = guard.check(uri.getHost());
        if (verdict.refusal().isPresent()) {
            return new FetchOutcome.Failure(verdict.refusal().get());
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("User-Agent", List.of(userAgent));
        headers.put("Accept", List.of(ACCEPT));
        headers.put("Accept-Language", List.of("de,en;q=0.5"));
        extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
        byte[] requestBody = new byte[0];
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        if (form.isPresent()) {
            requestBody = form.get().encoded();
            headers.put("Content-Type", List.of(FormBody.CONTENT_TYPE));
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(requestBody));
        } else if (method.equals("GET")) {
            request.GET();
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        headers.forEach((name, values) -> values.forEach(v -> request.header(name, v)));

        Instant started = clock.instant();
        CompletableFuture<HttpResponse<CappedBody>> future = client.sendAsync(request.build(), CappedBody.handler(maxBodyBytes));
        try {
            // The request timeout covers the headers only; this deadline covers a body that trickles in.
            HttpResponse<CappedBody> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            CappedBody body = response.body();
            String identified = sniffer.identify(response.headers().firstValue("Content-Type"), body.bytes());
            return new FetchOutcome.Response(new HttpExchange(uri, method, headers, response.statusCode(),
                    response.headers().map(), body.bytes(), body.truncated(), identified,
                    verdict.address().map(a -> a.getHostAddress()), started, requestBody));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new FetchOutcome.Failure("timeout after " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new FetchOutcome.Failure(describe(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new FetchOutcome.Failure("interrupted");
        }
    }

    private String describe(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return "timeout after " + timeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof IOException) {
            return "network error: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        return "fetch failed: " + cause;
    }
}
