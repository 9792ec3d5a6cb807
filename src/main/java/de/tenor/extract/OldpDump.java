package de.tenor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits an Open Legal Data case dump (JSON Lines, one case per line, as in {@code cases.jsonl.gz})
 * into single cases, each with a stable file name, so that {@code tenor import} can store one
 * corpus file per case. Streams the input: a dump of any size needs memory for one case only,
 * and a line longer than the cap is skipped without being held. Not thread-safe (one per dump).
 *
 * <pre>{@code
 * try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
 *     OldpDump cases = new OldpDump(in, limits.maxInputBytes());
 *     for (OldpDump.Item item; (item = cases.next().orElse(null)) != null; ) { … }
 * }
 * }</pre>
 */
public final class OldpDump {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One line of the dump: a case ({@code fileName} and {@code json} set) or a problem
     * ({@code problem} set, e.g. "not JSON").
     *
     * @param fileName e.g. {@code 325566-lg-koln-2029-11-13-84-o-24918.json}: the OLDP id keeps it unique and stable
     */
    public record Item(int line, String fileName, byte[] json, String problem) {
        public boolean isCase() {
            return problem == null;
        }
    }

    private final InputStream in;
    private final long maxCaseBytes;
    private int line;
    private boolean eof;

    public OldpDump(InputStream in, long maxCaseBytes) {
        this.in = in instanceof java.io.BufferedInputStream ? in : new java.io.BufferedInputStream(in);
        this.maxCaseBytes = maxCaseBytes;
    }

    /** The next non-blank line as a case or a problem; empty at the end of the dump. */
    public Optional<Item> next() throws IOException {
        while (!eof) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            boolean tooLong = false;
            long length = 0;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                length++;
                if (length > maxCaseBytes) {
                    tooLong = true; // keep reading to the line end, but stop holding the bytes
                } else {
                    buf.write(b);
                }
            }
            eof = b == -1;
            line++;
            if (tooLong) {
                return Optional.of(new Item(line, null, null, "case larger than " + maxCaseBytes + " bytes; skipped"));
            }
            byte[] bytes = buf.toByteArray();
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                continue;
            }
            return Optional.of(item(line, text));
        }
        return Optional.empty();
    }

    private static Item item(int line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            return new Item(line, null, null, "not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (node == null || !node.isObject() || !node.hasNonNull("content")) {
            return new Item(line, null, null, "not an Open Legal Data case (no \"content\" field)");
        }
        String id = safe(node.path("id").asText(""));
        String slug = safe(node.path("slug").asText(""));
        String stem = id.isEmpty() && slug.isEmpty() ? "line-" + line : id.isEmpty() ? slug : slug.isEmpty() ? id : id + "-" + slug;
        return new Item(line, stem + ".json", text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Lower-case letters, digits and hyphens only, at most 120 characters: safe on every file system. */
    private static String safe(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return t.length() > 120 ? t.substring(0, 120) : t;
    }
}
