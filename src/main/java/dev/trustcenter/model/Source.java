package dev.trustcenter.model;

/** Where a value came from: a file relative to the site root, with a 1-based line and column. */
public record Source(String file, int line, int column) {

    /** A problem with a file as a whole is reported at its first line. */
    public static Source file(String file) {
        return new Source(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
