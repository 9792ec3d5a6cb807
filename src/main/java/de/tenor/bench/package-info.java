/** Performance at scale: a seeded synthetic corpus, bulk loading, and Tenor-versus-raw-Lucene benchmarks. */
package de.tenor.bench;
