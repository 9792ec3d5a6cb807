/** JMH micro-benchmarks of the hot parts (analysis, facets, highlighting, mapping, extraction); run by hand, see BENCHMARKS.md. */
package de.tenor.bench.jmh;
