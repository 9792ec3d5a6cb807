package de.tenor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Reads one decision of NeuRIS, the federal case-law API ({@code GET /v1/case-law/{documentNumber}}
 * as JSON): metadata fields ({@code courtName}/{@code courtType}, {@code documentType},
 * {@code decisionDate}, {@code fileNumbers}, {@code ecli}) win over the text; the text sections
 * ({@code guidingPrinciple}, {@code headnote}, {@code tenor}, {@code caseFacts},
 * {@code decisionGrounds}, {@code grounds}, {@code dissentingOpinion}; HTML fragments) are laid out
 * under their German headings and read like any plain-text ruling. Stateless and thread-safe.
 */
final class NeurisJsonReader {

    /** JSON field → the heading a German decision prints above it, in the decision's order. */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"guidingPrinciple", "Leitsatz"},
            new String[] {"headnote", "Orientierungssatz"},
            new String[] {"tenor", "Tenor"},
            new String[] {"caseFacts", "Tatbestand"},
            new String[] {"decisionGrounds", "Entscheidungsgründe"},
            new String[] {"grounds", "Gründe"},
            new String[] {"dissentingOpinion", "Abweichende Meinung"});

    private final PlainTextRulingReader plainText = new PlainTextRulingReader();

    /** Whether the JSON looks like a NeuRIS decision (it has a {@code documentNumber}). */
    static boolean accepts(JsonNode c) {
        return c.isObject() && c.hasNonNull("documentNumber");
    }

    RulingParts read(byte[] content, String fileName) throws ExtractionException {
        JsonNode c = OldpJsonReader.parse(content, fileName);
        if (!accepts(c)) {
            throw new ExtractionException(fileName, "JSON is not a NeuRIS decision (expected the field documentNumber)");
        }
        List<String> lines = new ArrayList<>();
        String court = first(c.path("courtName").asText(""), c.path("courtType").asText(""));
        String docket = c.path("fileNumbers").path(0).asText("");
        // A rubrum as printed, so the plain-text reader finds court and docket where it expects them.
        lines.add(court);
        lines.add(c.path("documentType").asText("") + " vom " + c.path("decisionDate").asText("")
                + (docket.isEmpty() ? "" : " – " + docket));
        for (String[] section : SECTIONS) {
            String html = c.path(section[0]).asText("");
            if (!html.isBlank()) {
                lines.add(section[1]);
                lines.addAll(HtmlText.lines(Jsoup.parseBodyFragment(html).body()));
            }
        }
        RulingParts parts = plainText.read(String.join("\n\n", lines), c.path("headline").asText(""));
        return parts.override(court, c.path("documentType").asText(""), c.path("decisionDate").asText(""), docket,
                c.path("ecli").asText(""), "");
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }
}
