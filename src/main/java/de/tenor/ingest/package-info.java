/**
 * Issue 18: the one way documents enter Tenor. {@link de.tenor.ingest.Ingest} writes the corpus
 * (imports, uploads) and brings the index up to date with it (new, changed and removed sources);
 * {@code cli} constructs it for {@code index}, {@code import}, {@code crawl} and {@code serve}, and
 * hands it to {@code web} for uploads. Below {@code web} and {@code cli}, above {@code corpus},
 * {@code extract} and {@code index}.
 */
package de.tenor.ingest;
