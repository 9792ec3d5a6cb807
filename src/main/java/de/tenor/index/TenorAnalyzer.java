package de.tenor.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * The analyzer for Tenor's full-text fields, shared by indexing, query parsing and highlighting
 * so that all three tokenise alike. GermanAnalyzer folds umlauts and light-stems; compound
 * splitting and legal synonyms are a later step (issue 6).
 */
public final class TenorAnalyzer {

    private TenorAnalyzer() {
    }

    public static Analyzer create() {
        return new GermanAnalyzer();
    }
}
