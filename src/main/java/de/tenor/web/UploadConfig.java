package de.tenor.web;

import de.tenor.ingest.Ingest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the upload route ({@code POST /api/documents} and the form at {@code /hochladen}).
 *
 * @param token the shared secret a client sends as {@code Authorization: Bearer <token>}
 * @param maxBodyBytes largest accepted upload; larger ones get 413 before anything is stored
 * @param ingest checks an accepted file, stores it in the corpus and updates the index (issue 18)
 */
public record UploadConfig(String token, long maxBodyBytes, Ingest ingest) {

    /** Environment variable with the upload token; unset or empty means uploads are off. */
    public static final String TOKEN_VARIABLE = "TENOR_UPLOAD_TOKEN";
    /** 10 MiB: a long decision as PDF is well below 2 MiB; anything larger is likely not a decision. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** Shorter tokens can be guessed; 16 characters of {@code openssl rand -hex 24} are far from that. */
    public static final int MIN_TOKEN_CHARS = 16;

    public UploadConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(ingest, "ingest");
        List<String> problems = problems(token);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
    }

    /**
     * The token from {@value #TOKEN_VARIABLE}, read once at start; empty when unset or blank.
     *
     * @throws IllegalArgumentException if it is set but too weak, with what to do instead
     */
    public static Optional<String> tokenFrom(Map<String, String> environment) {
        String value = environment.get(TOKEN_VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<String> problems = problems(value.strip());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(TOKEN_VARIABLE + ": " + String.join(" ", problems));
        }
        return Optional.of(value.strip());
    }

    private static List<String> problems(String token) {
        List<String> problems = new ArrayList<>();
        if (token.length() < MIN_TOKEN_CHARS) {
            problems.add("The upload token has " + token.length() + " characters; use at least " + MIN_TOKEN_CHARS
                    + ", e.g. from \"openssl rand -hex 24\".");
        }
        if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            problems.add("The upload token must be printable ASCII without spaces (it travels in an HTTP header).");
        }
        return problems;
    }
}
