package de.tenor.crawl;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a fetched page points to.
 *
 * @param links     normalised outgoing links, in page order, without duplicates
 * @param canonical the page's {@code rel=canonical} URL when it names one
 */
record PageLinks(List<URI> links, Optional<URI> canonical) {

    PageLinks {
        links = List.copyOf(links);
    }

    static PageLinks none() {
        return new PageLinks(List.of(), Optional.empty());
    }
}
