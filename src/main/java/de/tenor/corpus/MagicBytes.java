package de.tenor.corpus;

/**
 * The project's one magic-byte check (issue 19): what the first bytes of a file or response say
 * it is, whatever its name or declared type. The crawler, the extractor and the upload check ask
 * here. Pure; thread-safe.
 */
public final class MagicBytes {

    private MagicBytes() {
    }

    public static boolean pdf(byte[] content) {
        return startsWith(content, "%PDF");
    }

    /** DOCX, ODT and other ZIP containers. */
    public static boolean zip(byte[] content) {
        return startsWith(content, "PK\u0003\u0004");
    }

    public static boolean gzip(byte[] content) {
        return startsWith(content, "\u001F\u008B");
    }

    public static boolean rtf(byte[] content) {
        return startsWith(content, "{\\rtf");
    }

    /** An OLE2 compound file: a Word 97–2003 DOC (or another old Office file). */
    public static boolean ole(byte[] content) {
        return startsWith(content, "\u00D0\u00CF\u0011\u00E0");
    }

    /** A binary office or PDF document, not text: what only Tika reads. */
    public static boolean binaryDocument(byte[] content) {
        return pdf(content) || zip(content) || rtf(content) || ole(content);
    }

    /** Compares raw bytes with a signature written as Latin-1 characters (one char per byte). */
    public static boolean startsWith(byte[] content, String signature) {
        if (content.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((content[i] & 0xFF) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
