package de.tenor.search;

import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The legal synonyms of {@code src/main/resources/search/synonyms.txt} (Solr format: one group of
 * equivalent words per line, "a => b" for one-way rules). Applied at query time only.
 */
public final class LegalSynonyms {

    static final String RESOURCE = "/search/synonyms.txt";

    private LegalSynonyms() {
    }

    /** The shipped file. Throws if it is missing or broken: a build that ships a bad file must not start. */
    public static SynonymMap standard() {
        try (InputStream in = LegalSynonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Synonym file " + RESOURCE + " is missing from the classpath; rebuild the jar.");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses rules in Solr format, tokenised like queries (lower case, umlauts folded). */
    public static SynonymMap parse(Reader rules) throws IOException {
        try (Analyzer analyzer = TenorAnalyzer.forSynonymRules()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(rules);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Synonym rules are broken near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }
}
