package de.tenor.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlDecoderTest {

    private final HtmlDecoder decoder = new HtmlDecoder();

    @ParameterizedTest(name = "{0} bytes, meta ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8         | <meta charset="utf-8">                                             | UTF-8
            UTF-8         |                                                                    | UTF-8
            windows-1252  |                                                                    | windows-1252
            windows-1252  | <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"> | windows-1252
            windows-1252  | <meta charset="windows-1252">                                      | windows-1252
            ISO-8859-15   | <meta charset="ISO-8859-15">                                       | ISO-8859-15
            windows-1252  | <meta charset="kaputt-42">                                         | windows-1252
            """)
    void charset_comes_from_declaration_or_bytes(String written, String meta, String expected) {
        String html = "<html><head>" + (meta == null ? "" : meta) + "</head><body><p>Gründe: Verlustfeststellung "
                + "„sofort vollziehbar“ – 520 €</p></body></html>";
        if (written.equals("ISO-8859-15")) {
            html = html.replace("„", "\"").replace("“", "\"").replace("–", "-");
        }
        byte[] bytes = html.getBytes(Charset.forName(written));
        assertEquals(Charset.forName(expected), HtmlDecoder.charset(bytes));
        String text = decoder.parse(bytes, "").text();
        assertEquals(true, text.contains("Gründe: Verlustfeststellung"), text);
        assertEquals(true, text.contains("520 €"), text);
    }
}
