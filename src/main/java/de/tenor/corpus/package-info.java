/** Raw sources on disk under corpus/: which files exist, their stable ids and change times. */
package de.tenor.corpus;
