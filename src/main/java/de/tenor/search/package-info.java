/** Query parsing, facet drill-sideways, highlighting; returns plain result records. */
package de.tenor.search;
