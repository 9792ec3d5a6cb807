/** Turns Documents into a Lucene index: analyzers, field schema, facets, atomic generation swap. */
package de.tenor.index;
