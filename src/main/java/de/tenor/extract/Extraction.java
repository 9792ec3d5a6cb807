package de.tenor.extract;

import java.util.List;
import java.util.Objects;

/**
 * A document and what the extractor wants the caller to know about it, such as a text that was
 * cut at {@link ExtractionLimits#maxTextChars()}. Import and extract print the notes.
 *
 * @param notes human-readable remarks, e.g. {@code "text truncated at 2000000 characters"}; empty when all went well
 */
public record Extraction(Document document, List<String> notes, boolean truncated) {

    public Extraction {
        Objects.requireNonNull(document, "document");
        notes = List.copyOf(notes);
    }
}
