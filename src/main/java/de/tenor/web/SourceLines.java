package de.tenor.web;

import de.tenor.ingest.RedactionCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Issue 16: the line of the uploaded file a redaction finding stands on. The check reads the
 * extracted text, whose lines are paragraphs (wrapped lines joined, HTML blocks flattened), so its
 * line numbers meant nothing to the person who has to fix the file. For text and HTML uploads the
 * finding is looked up in the file itself (its n-th occurrence for the n-th finding of the same
 * words, line breaks allowed between words); PDF and DOCX keep the line of the extracted text.
 * Pure and thread-safe.
 */
final class SourceLines {

    private SourceLines() {
    }

    static List<RedactionCheck.Finding> inFile(List<RedactionCheck.Finding> findings, byte[] bytes, String ext) {
        if (!ext.equals("txt") && !ext.equals("html")) {
            return findings;
        }
        String source = new String(bytes, StandardCharsets.UTF_8);
        if (ext.equals("html")) {
            source = Parser.unescapeEntities(source, false); // entities hold no line breaks, so lines stay
        }
        Map<String, Integer> seen = new HashMap<>();
        List<RedactionCheck.Finding> out = new ArrayList<>(findings.size());
        for (RedactionCheck.Finding f : findings) {
            if (f.line() == 0) {
                out.add(f); // found in the title
                continue;
            }
            int nth = seen.merge(f.text(), 1, Integer::sum);
            int line = lineOf(source, f.text(), nth);
            out.add(line > 0 ? new RedactionCheck.Finding(f.kind(), f.text(), f.offset(), line, f.context()) : f);
        }
        return List.copyOf(out);
    }

    /** 1-based line of the {@code nth} occurrence of {@code words} in {@code source}, or 0 when absent. */
    private static int lineOf(String source, String words, int nth) {
        String[] tokens = words.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String t : tokens) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(t));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(source);
        for (int i = 0; i < nth; i++) {
            if (!m.find()) {
                return 0;
            }
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
