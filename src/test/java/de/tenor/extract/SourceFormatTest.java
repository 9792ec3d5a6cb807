package de.tenor.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceFormatTest {

    @ParameterizedTest(name = "{0} starting with ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            urteil.html  | <!DOCTYPE html><html>          | HTML
            urteil.htm   | plain words                    | HTML
            capture.bin  | <html lang="de">               | HTML
            urteil.html  | %PDF-1.7                       | DOCUMENT
            urteil.pdf   | %PDF-1.4                       | DOCUMENT
            urteil.docx  | PK\u0003\u0004                 | DOCUMENT
            urteil.rtf   | {\\rtf1\\ansi                  | DOCUMENT
            notiz.txt    | Sozialgericht Duisburg         | DOCUMENT
            ohne-endung  | Sozialgericht Duisburg         | DOCUMENT
            """)
    void magic_bytes_win_over_the_file_name(String name, String head, SourceFormat expected) {
        assertEquals(expected, SourceFormat.detect(name, head.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
