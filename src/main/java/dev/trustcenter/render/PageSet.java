package dev.trustcenter.render;

import java.util.List;

/** One kind of output (JBake's renderer-per-kind): given the build's context, the files it produces. */
public interface PageSet {

    List<OutputFile> render(RenderContext context);
}
