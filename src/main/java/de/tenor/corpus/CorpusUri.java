package de.tenor.corpus;

import java.util.Optional;

/**
 * The source URI of a file in the corpus folder: {@code corpus:} and its path below the corpus
 * root with forward slashes ({@code corpus:demo/x.html}). Crawled pages use their http(s) URL
 * instead. The one place that spells the scheme (issue 19). Pure.
 */
public final class CorpusUri {

    public static final String SCHEME = "corpus:";

    private CorpusUri() {
    }

    /** {@code corpus:<relativePath>}. */
    public static String of(String relativePath) {
        return SCHEME + relativePath;
    }

    /** The path below the corpus root, when {@code sourceUri} names a corpus file. */
    public static Optional<String> relativePath(String sourceUri) {
        return sourceUri != null && sourceUri.startsWith(SCHEME) ? Optional.of(sourceUri.substring(SCHEME.length()))
                : Optional.empty();
    }
}
