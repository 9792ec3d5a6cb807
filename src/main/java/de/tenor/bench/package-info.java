/**
 * All measurement, kept out of the stage packages: performance at scale (a seeded synthetic corpus, bulk
 * loading, Tenor-versus-raw-Lucene benchmarks), extraction accuracy against labelled sets and relevance
 * against judged queries.
 */
package de.tenor.bench;
