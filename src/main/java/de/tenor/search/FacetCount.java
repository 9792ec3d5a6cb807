package de.tenor.search;

/** One value of a facet with the number of hits it would have; {@code selected} when it is an active filter. */
public record FacetCount(String value, int count, boolean selected) {
}
