package de.tenor.extract;

import de.tenor.corpus.MagicBytes;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which text reader a file needs: jsoup for HTML (we read its structure), the federal court XML
 * of rechtsprechung-im-internet.de, an Open Legal Data case as JSON, and Tika for everything else
 * (PDF, DOCX, DOC, RTF, ODT, TXT, other XML).
 *
 * <p>Magic bytes beat the file name: crawled captures are often saved as ".html" although the
 * server sent a PDF, and a PDF parsed as HTML yields garbage instead of an error.
 */
enum SourceFormat {
    HTML, DOCUMENT, RII_XML, OLDP_JSON, NEURIS_JSON;

    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml", "php", "asp", "aspx");
    private static final int SNIFF_BYTES = 1024;

    static SourceFormat detect(String fileName, byte[] content) {
        if (MagicBytes.binaryDocument(content)) {
            return DOCUMENT;
        }
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        String start = head.replaceFirst("^(?:\u00ef\u00bb\u00bf)?\\s*", "");
        // NeuRIS (federal case-law API): a decision object names its "documentNumber".
        if (start.startsWith("{") && head.contains("\"documentnumber\"") && !head.contains("\"file_number\"")) {
            return NEURIS_JSON;
        }
        if (start.startsWith("{") && (extension(fileName).startsWith("json") || head.contains("\"file_number\""))) {
            return OLDP_JSON;
        }
        // rii-dok.dtd: <dokument> with <doknr>, <gertyp>, … (one decision per file).
        if ((start.startsWith("<?xml") || start.startsWith("<!doctype dokument") || start.startsWith("<dokument"))
                && head.contains("<dokument") && (head.contains("rii-dok") || head.contains("<doknr") || head.contains("<gertyp"))) {
            return RII_XML;
        }
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body")) {
            return HTML;
        }
        return HTML_EXTENSIONS.contains(extension(fileName)) ? HTML : DOCUMENT;
    }

    /** DOCX, ODT and other ZIP containers. */
    static boolean isZip(byte[] content) {
        return MagicBytes.zip(content);
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
