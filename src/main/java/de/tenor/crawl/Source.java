package de.tenor.crawl;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code sources.yaml}: a portal search, API or feed list that {@code tenor crawl}
 * asks for the rulings and news on the topic. {@link SourcesFile} reads and validates them.
 */
public sealed interface Source {

    /** The {@code type} key: {@code nrwe}, {@code neuris}, {@code oldp} or {@code feed}. */
    String type();

    /** Position in the {@code sources} list, from 0: how messages and the summary name the entry. */
    int index();

    /** The base URLs this source asks (for the address check before the run). */
    List<URI> endpoints();

    default String label() {
        return "sources[" + index() + "] " + type();
    }

    /** A court filter of the NRWE form: {@code gerichtstyp} and {@code gerichtsort} (empty = all places). */
    record NrweCourt(String type, String place) {
        public NrweCourt {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(place, "place");
        }
    }

    /** NRWE's search form ({@code POST …/index.php}); no courts = all courts. */
    record Nrwe(int index, URI search, List<String> queries, List<NrweCourt> courts, Optional<LocalDate> from)
            implements Source {
        public Nrwe {
            queries = List.copyOf(queries);
            courts = List.copyOf(courts);
        }

        public String type() {
            return "nrwe";
        }

        public List<URI> endpoints() {
            return List.of(search);
        }
    }

    /** NeuRIS, the federal case-law API ({@code GET /v1/case-law}); no courts = all federal courts. */
    record Neuris(int index, URI api, List<String> queries, List<String> courts, Optional<LocalDate> from)
            implements Source {
        public Neuris {
            queries = List.copyOf(queries);
            courts = List.copyOf(courts);
        }

        public String type() {
            return "neuris";
        }

        public List<URI> endpoints() {
            return List.of(api);
        }
    }

    /**
     * Open Legal Data's API; the token (optional) is read from the environment variable
     * {@code tokenVariable}, never from the file.
     */
    record Oldp(int index, URI api, List<String> queries, String tokenVariable, Optional<LocalDate> from)
            implements Source {
        public Oldp {
            queries = List.copyOf(queries);
        }

        public String type() {
            return "oldp";
        }

        public List<URI> endpoints() {
            return List.of(api);
        }
    }

    /**
     * RSS 2.0 or Atom feeds of news outlets. An entry is fetched only when its title, summary or
     * tags name one of the {@code keywords} (a regional feed carries mostly other news).
     */
    record Feed(int index, List<URI> urls, List<String> keywords) implements Source {
        public Feed {
            urls = List.copyOf(urls);
            keywords = List.copyOf(keywords);
        }

        public String type() {
            return "feed";
        }

        public List<URI> endpoints() {
            return urls;
        }
    }
}
