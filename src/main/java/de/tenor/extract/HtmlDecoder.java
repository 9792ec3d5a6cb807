package de.tenor.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses HTML bytes with jsoup in the right character set.
 *
 * <p>Older court pages are ISO-8859-1 or windows-1252, some without declaring it. The order is:
 * byte order mark, then a {@code <meta charset>} / {@code http-equiv} declaration, then UTF-8 if
 * the bytes are valid UTF-8, else windows-1252. A declared ISO-8859-1 is read as windows-1252, as
 * browsers do (WHATWG Encoding), because such pages contain „quotes“ and € from the 0x80–0x9F range.
 * A declaration the bytes contradict loses: valid multi-byte UTF-8 declared as Latin-1 is read as
 * UTF-8, invalid UTF-8 declared as UTF-8 as windows-1252. Stateless and thread-safe.
 */
final class HtmlDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    Document parse(byte[] content, String baseUri) {
        Charset charset = charset(content);
        int bomLength = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(content) ? 3 : 0;
        String html = new String(content, bomLength, content.length - bomLength, charset);
        return Jsoup.parse(html, baseUri == null ? "" : baseUri);
    }

    static Charset charset(byte[] content) {
        if (hasUtf8Bom(content)) {
            return StandardCharsets.UTF_8;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        Optional<Charset> declared = declared(content);
        boolean utf8 = isUtf8(content);
        if (declared.isPresent()) {
            Charset d = declared.get();
            // Servers and templates often declare a charset the bytes do not have. Valid multi-byte
            // UTF-8 is never an accident in Latin-1 text, and invalid UTF-8 cannot be UTF-8.
            if (d.equals(StandardCharsets.UTF_8) && !utf8) {
                return WINDOWS_1252;
            }
            if (!d.equals(StandardCharsets.UTF_8) && isSingleByte(d) && utf8 && hasNonAscii(content)) {
                return StandardCharsets.UTF_8;
            }
            return d;
        }
        return utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static Optional<Charset> declared(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("iso8859-1")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty(); // a typo in the page's meta tag: fall back to sniffing
        }
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isSingleByte(Charset c) {
        String n = c.name().toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
    }

    private static boolean hasNonAscii(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf8Bom(byte[] c) {
        return c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF;
    }
}
