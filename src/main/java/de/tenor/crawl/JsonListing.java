package de.tenor.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Small helpers the two JSON API connectors share. Pure; thread-safe. */
final class JsonListing {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonListing() {
    }

    static JsonNode parse(byte[] body, String what) throws SourceRun.PortalChangedException {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) {
                throw new SourceRun.PortalChangedException(what + " is not a JSON object: the API changed its format");
            }
            return n;
        } catch (IOException e) {
            throw new SourceRun.PortalChangedException(what + " is not JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "): the API changed its format");
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The base URL without a trailing slash, so paths can be appended. */
    static String base(URI api) {
        String s = api.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A next-page link, absolute or relative to the API. */
    static Optional<URI> next(URI api, JsonNode link) {
        if (link == null || !link.isTextual() || link.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(api.resolve(link.asText().strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(JsonNode n) {
        if (n == null || !n.isTextual() || n.asText().length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(n.asText().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
