package dev.trustcenter.model;

/** A file published as it is, such as a logo under content/assets/: its path under the output, and its bytes. */
public record StaticFile(String path, Blob content) {}
