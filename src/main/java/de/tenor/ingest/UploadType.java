package de.tenor.ingest;

import de.tenor.corpus.MagicBytes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which uploads are accepted, and as what: PDF, DOCX, HTML and plain text, by their declared
 * Content-Type (or, for {@code application/octet-stream}, by file name), checked against the
 * bytes, so a renamed executable is not taken for a PDF. Stateless.
 */
public final class UploadType {

    /** What the 415 answer lists. */
    public static final String ACCEPTED = "PDF (application/pdf), DOCX (application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document), HTML (text/html) oder Text (text/plain, UTF-8)";

    private static final Map<String, String> BY_TYPE = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "text/html", "html",
            "application/xhtml+xml", "html",
            "text/plain", "txt");
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "pdf", "docx", "docx", "html", "html", "htm", "html", "txt", "txt");
    private static final int SNIFF_BYTES = 8192;

    private UploadType() {
    }

    /** The corpus file extension for an accepted upload; empty for anything else. */
    public static Optional<String> of(String contentType, String fileName, byte[] bytes) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        String ext = BY_TYPE.get(type);
        if (ext == null && (type.isEmpty() || type.equals("application/octet-stream"))) {
            ext = BY_EXTENSION.get(extension(fileName));
        }
        if (ext == null || !contentFits(ext, bytes)) {
            return Optional.empty();
        }
        return Optional.of(ext);
    }

    private static boolean contentFits(String ext, byte[] bytes) {
        return switch (ext) {
            case "pdf" -> MagicBytes.startsWith(bytes, "%PDF-");
            case "docx" -> MagicBytes.zip(bytes);
            default -> isText(bytes);
        };
    }

    /** Text and HTML carry no NUL bytes and are not a PDF or a ZIP in disguise. */
    private static boolean isText(byte[] bytes) {
        if (MagicBytes.pdf(bytes) || MagicBytes.zip(bytes)) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
