package dev.trustcenter.render;

/** One file of the built site: its path below the output folder (forward slashes) and its bytes. */
public record OutputFile(String path, byte[] bytes) {

    public OutputFile {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a safe output path: " + path);
        }
    }
}
