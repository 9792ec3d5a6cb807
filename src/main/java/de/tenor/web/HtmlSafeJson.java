package de.tenor.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON whose strings never contain a literal {@code <}, {@code >}, {@code &} or {@code '}: text
 * from crawled pages and user queries is echoed in the API, and a browser that ignored the
 * content type must still find no markup in it. Parsers read the escapes back unchanged.
 */
final class HtmlSafeJson {

    private HtmlSafeJson() {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new Escapes());
        return mapper;
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] table = standardAsciiEscapesForJSON();

        Escapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                table[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
