/** picocli commands; the one place where the stages are wired together. */
package de.tenor.cli;
