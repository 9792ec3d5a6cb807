package de.tenor.web;

import de.tenor.search.Facet;
import de.tenor.search.SearchRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 16: the comparison and threshold views count rulings about the practice only. A soldier's
 * or an airline's case lost in Leipzig says nothing about how Ruhr cities fare against EU citizens,
 * so these views add {@code topic=true} unless the URL chooses a topic itself (then the numbers
 * link to exactly what they count, as before).
 */
final class OnTopic {

    private OnTopic() {
    }

    static SearchRequest only(SearchRequest request) {
        if (!request.selected(Facet.TOPIC).isEmpty()) {
            return request;
        }
        Map<Facet, List<String>> filters = new LinkedHashMap<>(request.filters());
        filters.put(Facet.TOPIC, List.of("true"));
        return new SearchRequest(request.query(), filters, request.from(), request.to(), request.sort(), request.page(),
                request.pageSize(), request.facts());
    }
}
