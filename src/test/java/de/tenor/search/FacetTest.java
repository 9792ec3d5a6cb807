package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.tenor.index.IndexFields;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetTest {

    @Test
    void facets_are_the_index_dimensions_in_the_same_order() {
        // The index writes IndexFields.FACETS; a dimension missing here could never be filtered or counted.
        assertEquals(IndexFields.FACETS, Arrays.stream(Facet.values()).map(Facet::field).toList());
    }

    @Test
    void url_parameters_stay_as_they_were() {
        assertEquals(List.of("city", "outcome", "workerStatus", "court", "type", "topic", "year", "courtBranch",
                "decisionType", "procedure", "norm", "euCase"), Arrays.stream(Facet.values()).map(Facet::param).toList());
        assertEquals("dim.euCase", Facet.EU_CASE.messageKey());
        assertEquals("value.outcome.won", Facet.OUTCOME.valueKey("won"));
    }

    @Test
    void request_filters_drop_blank_values_and_keep_facet_order() {
        SearchRequest r = new SearchRequest("", Map.of(Facet.YEAR, List.of("2024", " ", "2024"), Facet.CITY, List.of("Hagen"),
                Facet.NORM, List.of("")), null, null, null, 1, 10);
        assertEquals(List.of(Facet.CITY, Facet.YEAR), List.copyOf(r.filters().keySet()));
        assertEquals(List.of("2024"), r.selected(Facet.YEAR));
        assertEquals(List.of(), r.selected(Facet.NORM));
    }
}
