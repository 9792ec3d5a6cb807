package de.tenor.web;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the web app needs beyond the searcher, built and checked before it starts (the CLI builds
 * it from flags and the environment; tests build it directly).
 *
 * @param clock the time of "today" in exports and of an empty feed's {@code updated}
 * @param upload settings of the upload route; empty means uploads are off and
 *               {@code POST /api/documents} and {@code /hochladen} answer 404
 */
public record WebConfig(Clock clock, Optional<UploadConfig> upload) {

    public WebConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(upload, "upload");
    }

    /** System clock, uploads off. */
    public static WebConfig defaults() {
        return new WebConfig(Clock.systemUTC(), Optional.empty());
    }

    public WebConfig withUpload(UploadConfig config) {
        return new WebConfig(clock, Optional.of(config));
    }
}
