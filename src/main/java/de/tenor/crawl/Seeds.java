package de.tenor.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a seeds file: one http(s) URL per line; {@code #} at the start of a line or after a space
 * starts a comment; blank lines are ignored. Duplicates (after normalisation) are kept once.
 *
 * <pre>
 * # NRW courts' database
 * https://nrwe.justiz.nrw.de/   # start page
 * </pre>
 */
public final class Seeds {

    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*$");

    private Seeds() {
    }

    /**
     * @throws IllegalArgumentException listing every bad line with its number
     */
    public static List<URI> parse(String text, String sourceName) {
        UrlNormalizer normalizer = new UrlNormalizer();
        Set<URI> seeds = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = COMMENT.matcher(lines[i]).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<URI> uri = normalizer.normalize(line);
            if (uri.isPresent()) {
                seeds.add(uri.get());
            } else {
                problems.add(sourceName + " line " + (i + 1) + ": not an http(s) URL: " + line);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return List.copyOf(seeds);
    }

    public static List<URI> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }
}
