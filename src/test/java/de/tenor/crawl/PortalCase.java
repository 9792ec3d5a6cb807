package de.tenor.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hand-written case of {@code src/test/resources/crawl/portals/cases.txt}: a ruling or an
 * article with the truth the topic-source tests measure against (on topic or not, in which round
 * it appears, whether the client must fetch it).
 */
record PortalCase(String id, String portal, String court, String docket, LocalDate date, String type, boolean topic,
                  int round, String list, List<String> lines) {

    boolean article() {
        return type.equals("article");
    }

    /** Must be fetched (not skipped from the list, not forbidden by robots.txt, not behind a quota answer). */
    boolean fetchable() {
        return list.equals("fetch");
    }

    String tenor() {
        return lines.getFirst();
    }

    List<String> paragraphs() {
        return lines.subList(1, lines.size());
    }

    static List<PortalCase> load() {
        try (InputStream in = PortalCase.class.getResourceAsStream("/crawl/portals/cases.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<PortalCase> cases = new ArrayList<>();
            Map<String, String> header = null;
            List<String> lines = new ArrayList<>();
            for (String line : (text + "\n=== end").split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("=== ")) {
                    if (header != null) {
                        cases.add(of(header, lines));
                    }
                    header = new LinkedHashMap<>();
                    for (String kv : line.substring(4).split("\\|")) {
                        String[] p = kv.strip().split("=", 2);
                        if (p.length == 2) {
                            header.put(p[0].strip(), p[1].strip());
                        }
                    }
                    lines = new ArrayList<>();
                } else {
                    lines.add(line.strip());
                }
            }
            return List.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PortalCase of(Map<String, String> h, List<String> lines) {
        return new PortalCase(h.get("id"), h.get("portal"), h.get("court"), h.get("docket"), LocalDate.parse(h.get("date")),
                h.get("type"), h.get("topic").equals("yes"), Integer.parseInt(h.get("round")), h.get("list"), List.copyOf(lines));
    }
}
