package de.tenor.extract;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Plain text of PDF, DOCX, DOC, RTF, ODT and TXT files via Apache Tika.
 *
 * <p>Holds one {@link AutoDetectParser}, which is thread-safe and expensive to build (it loads
 * every parser), so one instance serves all files. Every failure becomes an
 * {@link ExtractionException} naming the file, because a corrupt upload must not stop an index run.
 */
final class TikaText {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;

    /** @param maxChars text beyond this is cut off (a safeguard against huge scans and zip bombs) */
    TikaText(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * Text of one file.
     *
     * @param linesAreParagraphs true for word-processor formats (DOCX, DOC, ODT, RTF), where Tika writes
     *                           one line per paragraph; PDF and TXT lines are wrapped inside paragraphs
     */
    record Result(String text, boolean linesAreParagraphs, boolean truncated) {
    }

    Result text(byte[] content, String fileName) throws ExtractionException {
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        boolean truncated = false;
        // The name helps detection when the magic bytes are ambiguous (plain text, old Word files).
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(fileName, "tika: encrypted " + kind(metadata), e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException(fileName, "tika: " + reason(e), e);
            }
            truncated = true; // the extractor reports it, once, with the file name
        } catch (TikaException | IOException e) {
            throw new ExtractionException(fileName, "tika: " + reason(e), e);
        } catch (RuntimeException e) {
            // Parsers of broken files throw anything (ClassCast, IndexOutOfBounds); it is still one bad file.
            throw new ExtractionException(fileName, "tika: cannot parse " + kind(metadata) + " (" + reason(e) + ")", e);
        }
        String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
        boolean wordProcessor = type.contains("word") || type.contains("officedocument") || type.contains("opendocument")
                || type.contains("rtf");
        return new Result(handler.toString(), wordProcessor, truncated);
    }

    private static String kind(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return "document";
        }
        if (type.contains("pdf")) {
            return "PDF";
        }
        return type.contains("word") || type.contains("officedocument") ? "Word document" : type;
    }

    /** The innermost message, which names the actual problem ("Header doesn't contain versioninfo"). */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (msg.contains("Zip bomb")) {
            // POI's own message is a page of advice on raising limits; say what it is instead.
            return "zip bomb: an entry expands far beyond its compressed size";
        }
        return t == e ? msg : e.getMessage() + ": " + msg;
    }
}
