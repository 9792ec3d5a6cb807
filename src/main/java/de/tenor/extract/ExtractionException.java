package de.tenor.extract;

/**
 * A source file that cannot be turned into a {@link Document} (corrupt, encrypted, empty).
 *
 * <p>Checked on purpose: one bad file must become a recorded failure that the caller logs and
 * skips, never a crashed index run. The message names the file and the reason, e.g.
 * {@code "urteil.pdf: tika: encrypted document"}.
 */
public class ExtractionException extends Exception {

    private final String fileName;
    private final String reason;

    public ExtractionException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public ExtractionException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    /** The file name (or source URI) the extractor was given. */
    public String fileName() {
        return fileName;
    }

    /** Why extraction failed, without the file name, e.g. {@code "no text found"}. */
    public String reason() {
        return reason;
    }
}
