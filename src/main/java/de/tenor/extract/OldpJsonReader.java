package de.tenor.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one case of Open Legal Data (de.openlegaldata.io) as its API and bulk dump give it:
 * {@code court {name, …}}, {@code file_number}, {@code date} (ISO), {@code type}, {@code ecli} and
 * {@code content}, the decision as HTML with a "Tenor" heading and, for NRW courts, NRWE's
 * numbered paragraphs. The metadata fields win over what the text says; the text gives tenor,
 * paragraphs, city and citations.
 *
 * <p>The dump's metadata has real errors (future dates; an ECLI repeating the wrong year), which
 * the assembler's plausibility checks catch. A file with several cases (a JSONL dump) is refused
 * here: {@code tenor import} splits dumps into one file per case. Stateless and thread-safe.
 */
final class OldpJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REASONS = Pattern.compile(
            "^(?:Gründe|Tatbestand|Entscheidungsgründe|Sachverhalt)\\s*:?$", Pattern.CASE_INSENSITIVE);

    private final PlainTextRulingReader plainText = new PlainTextRulingReader();

    RulingParts read(byte[] content, String fileName) throws ExtractionException {
        JsonNode c = parse(content, fileName);
        return read(c, fileName);
    }

    RulingParts read(JsonNode c, String fileName) throws ExtractionException {
        if (!c.isObject() || !c.hasNonNull("content") || !(c.has("file_number") || c.has("court"))) {
            throw new ExtractionException(fileName,
                    "JSON is not an Open Legal Data case (expected the fields court, file_number and content)");
        }
        JsonNode courtNode = c.path("court");
        String court = courtNode.isObject() ? courtNode.path("name").asText("") : courtNode.asText("");
        Element html = Jsoup.parseBodyFragment(c.path("content").asText("")).body();

        RulingParts parts;
        if (!html.select(".absatzLinks").isEmpty()) {
            // NRWE layout: numbered paragraphs as on the court's own pages; the rest is tenor and headings.
            List<Paragraph> body = NrweHtmlReader.body(html);
            Element rest = html.clone();
            rest.select(".absatzRechts, .absatzLinks").remove();
            List<String> tenor = afterHeading(HtmlText.lines(rest), "Tenor");
            List<String> text = new ArrayList<>(HtmlText.lines(rest));
            body.forEach(p -> text.add(p.text()));
            parts = new RulingParts("", "", "", "", "", "", "", "", "", tenor, body, String.join("\n\n", text), "");
        } else {
            // Issue 16: Bavarian decisions mark each margin number as an empty <rd nr="1"/> before the text;
            // jsoup does not know the tag and lets it wrap the paragraph's text, so unwrap it.
            for (Element rd : html.select("rd[nr]")) {
                rd.before(new TextNode("\nRandnummer " + rd.attr("nr") + "\n"));
                rd.unwrap();
            }
            parts = plainText.read(String.join("\n\n", HtmlText.lines(html)), "");
        }
        return parts.override(court, c.path("type").asText(""), c.path("date").asText(""),
                c.path("file_number").asText(""), c.path("ecli").asText(""), "");
    }

    /** The single case in {@code content}; a dump with several cases is refused with a hint. */
    static JsonNode parse(byte[] content, String fileName) throws ExtractionException {
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(content)) {
            if (!it.hasNext()) {
                throw new ExtractionException(fileName, "empty JSON");
            }
            JsonNode first = it.next();
            if (it.hasNext()) {
                throw new ExtractionException(fileName, "holds several cases (a JSON Lines dump): add it with "
                        + "\"tenor import\", which stores one file per case");
            }
            return first;
        } catch (JsonProcessingException e) {
            throw new ExtractionException(fileName, "invalid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (RuntimeException e) {
            // The iterator wraps parse errors in an unchecked exception.
            if (e.getCause() instanceof JsonProcessingException j) {
                throw new ExtractionException(fileName, "invalid JSON (" + j.getOriginalMessage() + ")", e);
            }
            throw new ExtractionException(fileName, "cannot read JSON (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ExtractionException(fileName, "cannot read JSON (" + e.getMessage() + ")", e);
        }
    }

    /** Lines after a heading line up to the next section heading. */
    private static List<String> afterHeading(List<String> lines, String heading) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (!in) {
                in = line.replaceAll("\\s*:$", "").equalsIgnoreCase(heading);
            } else if (REASONS.matcher(line).matches() || line.matches("^(?:Leitsätze?|Rechtsmittelbelehrung)\\s*:?$")) {
                break;
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
