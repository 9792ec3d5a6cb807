package de.tenor.crawl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code sources.yaml} (Jackson's YAML module) and checks it strictly: an unknown
 * {@code type}, an unknown or missing key, a value of the wrong kind or a malformed file is an
 * {@link InvalidSourcesException} naming the entry ({@code sources[2]}) and the key, so a typo
 * never silently drops a court from the harvest. The format is documented in the README.
 */
public final class SourcesFile {

    /** Used when an oldp entry names no {@code token_env}. */
    public static final String DEFAULT_OLDP_TOKEN_VARIABLE = "TENOR_OLDP_TOKEN";
    /**
     * Words of the topic that a news item about it names in its title, summary or tags. Wide on
     * purpose: the topic filter on the fetched article decides; this only spares fetching the
     * football and traffic news of a regional feed.
     */
    public static final List<String> DEFAULT_FEED_KEYWORDS = List.of("EU-Bürger", "Unionsbürger", "Freizügigkeit",
            "Freizügigkeitsrecht", "Arbeitnehmereigenschaft", "Verlustfeststellung", "Jobcenter", "Bürgergeld",
            "Hartz", "SGB II", "Sozialleistung", "Rumän", "Bulgar", "Südosteuropa", "Zuwander", "Ausländerbehörde",
            "Ausweisung", "Abschiebung", "Minijob", "Scheinarbeit", "Sozialgericht", "Verwaltungsgericht");

    private static final Map<String, Set<String>> KEYS = Map.of(
            "nrwe", Set.of("type", "search", "queries", "courts", "from"),
            "neuris", Set.of("type", "api", "queries", "courts", "from"),
            "oldp", Set.of("type", "api", "queries", "token_env", "from"),
            "feed", Set.of("type", "urls", "keywords"));

    private SourcesFile() {
    }

    /** Thrown for a file that cannot be used; the message names the file, the entry and the key. */
    public static final class InvalidSourcesException extends Exception {
        InvalidSourcesException(String message) {
            super(message);
        }
    }

    public static List<Source> read(Path file) throws InvalidSourcesException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidSourcesException("Sources file not found: " + file
                    + ". Pass --sources FILE (format: README, \"Topic sources\"), or --seeds FILE for the link crawl.");
        }
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidSourcesException(name + " is not valid YAML" + where + ": " + e.getOriginalMessage());
        }
        return parse(name, root);
    }

    static List<Source> parse(String name, JsonNode root) throws InvalidSourcesException {
        if (root == null || !root.isObject() || !root.has("sources")) {
            throw new InvalidSourcesException(name + ": expected a mapping with the key \"sources\" (a list of entries)");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("sources")) {
                throw new InvalidSourcesException(name + ": unknown top-level key \"" + key + "\" (only \"sources\")");
            }
        }
        JsonNode list = root.get("sources");
        if (!list.isArray() || list.isEmpty()) {
            throw new InvalidSourcesException(name + ": \"sources\" must be a non-empty list of entries");
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            sources.add(entry(new Entry(name, i, list.get(i))));
        }
        return List.copyOf(sources);
    }

    private static Source entry(Entry e) throws InvalidSourcesException {
        if (!e.node.isObject()) {
            throw e.problem(null, "must be a mapping with a \"type\" key");
        }
        String type = e.text("type");
        Set<String> allowed = KEYS.get(type);
        if (allowed == null) {
            throw e.problem("type", "unknown type \"" + type + "\" (known: nrwe, neuris, oldp, feed)");
        }
        for (Iterator<String> it = e.node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw e.problem(key, "unknown key for type " + type + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return switch (type) {
            case "nrwe" -> new Source.Nrwe(e.index, e.url("search"), e.texts("queries", true), e.courts(), e.date("from"));
            case "neuris" -> new Source.Neuris(e.index, e.url("api"), e.texts("queries", true),
                    e.node.has("courts") ? e.texts("courts", true) : List.of(), e.date("from"));
            case "oldp" -> new Source.Oldp(e.index, e.url("api"), e.texts("queries", true),
                    e.node.has("token_env") ? e.text("token_env") : DEFAULT_OLDP_TOKEN_VARIABLE, e.date("from"));
            default -> new Source.Feed(e.index, e.urls("urls"),
                    e.node.has("keywords") ? e.texts("keywords", true) : DEFAULT_FEED_KEYWORDS);
        };
    }

    /** One entry while it is read: knows how to name itself in a message. */
    private record Entry(String file, int index, JsonNode node) {

        InvalidSourcesException problem(String key, String what) {
            String t = node.isObject() ? node.path("type").asText("") : "";
            String type = KEYS.containsKey(t) ? " (" + t + ")" : "";
            return new InvalidSourcesException(file + ": sources[" + index + "]" + type
                    + (key == null ? "" : ", key \"" + key + "\"") + ": " + what);
        }

        JsonNode required(String key) throws InvalidSourcesException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw problem(key, "missing required key");
            }
            return v;
        }

        String text(String key) throws InvalidSourcesException {
            JsonNode v = required(key);
            if (!v.isValueNode() || v.asText().isBlank()) {
                throw problem(key, "must be a non-empty text");
            }
            return v.asText().strip();
        }

        List<String> texts(String key, boolean nonEmpty) throws InvalidSourcesException {
            JsonNode v = required(key);
            if (!v.isArray() || (nonEmpty && v.isEmpty())) {
                throw problem(key, "must be a non-empty list, e.g. [Verlustfeststellung, Arbeitnehmereigenschaft]");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isValueNode() || item.asText().isBlank()) {
                    throw problem(key, "list item " + out.size() + " must be a non-empty text");
                }
                out.add(item.asText().strip());
            }
            return out;
        }

        URI url(String key) throws InvalidSourcesException {
            return parseUrl(key, text(key));
        }

        List<URI> urls(String key) throws InvalidSourcesException {
            List<URI> out = new ArrayList<>();
            for (String s : texts(key, true)) {
                out.add(parseUrl(key, s));
            }
            return out;
        }

        private URI parseUrl(String key, String s) throws InvalidSourcesException {
            try {
                URI u = new URI(s);
                if (u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                    throw problem(key, "must be an absolute http(s) URL, got " + s);
                }
                return u;
            } catch (URISyntaxException ex) {
                throw problem(key, "not a URL: " + s);
            }
        }

        Optional<LocalDate> date(String key) throws InvalidSourcesException {
            if (!node.has(key)) {
                return Optional.empty();
            }
            String s = text(key);
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException ex) {
                throw problem(key, "must be a date YYYY-MM-DD, got " + s);
            }
        }

        List<Source.NrweCourt> courts() throws InvalidSourcesException {
            if (!node.has("courts")) {
                return List.of();
            }
            JsonNode v = node.get("courts");
            if (!v.isArray()) {
                throw problem("courts", "must be a list of {type: Sozialgericht, place: Gelsenkirchen}");
            }
            List<Source.NrweCourt> out = new ArrayList<>();
            for (JsonNode c : v) {
                if (!c.isObject() || !c.path("type").isValueNode() || c.path("type").asText().isBlank()) {
                    throw problem("courts", "item " + out.size() + " needs a \"type\" (gerichtstyp, e.g. Sozialgericht)");
                }
                for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!k.equals("type") && !k.equals("place")) {
                        throw problem("courts", "item " + out.size() + " has the unknown key \"" + k + "\" (type, place)");
                    }
                }
                out.add(new Source.NrweCourt(c.get("type").asText().strip(), c.path("place").asText("").strip()));
            }
            return out;
        }
    }
}
