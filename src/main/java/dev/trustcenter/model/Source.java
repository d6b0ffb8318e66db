package dev.trustcenter.model;

/** Where a value came from: a file relative to the site root, with a 1-based line and column. */
public record Source(String file, int line, int column) {

    public static Source file(String file) {
        return new Source(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
