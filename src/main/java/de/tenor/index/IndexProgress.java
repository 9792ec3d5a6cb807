package de.tenor.index;

/** Receives a call after each corpus file so long runs can show progress. */
@FunctionalInterface
public interface IndexProgress {

    void fileDone(int done, int total, String relativePath);

    IndexProgress NONE = (done, total, path) -> { };
}
