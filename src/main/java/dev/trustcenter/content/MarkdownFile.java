package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Source;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown file with YAML front matter between two "---" lines. Only the delimiters are found here;
 * the front matter itself is parsed by {@link YamlTree}, with its line numbers kept true to the file.
 */
public record MarkdownFile(Optional<YamlNode> frontMatter, String body, Source source, Source bodySource) {

    public static Optional<MarkdownFile> parse(String text, String file, YamlTree yaml, Diagnostics diagnostics) {
        Source start = new Source(file, 1, 1);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            diagnostics.error("no-front-matter", start, "The file does not start with front matter.",
                    "Begin it with a line \"---\", then \"title: …\" and the other keys, then another \"---\".");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.error("unclosed-front-matter", start, "The front matter that starts on line 1 is never closed.",
                    "Add a line \"---\" after the last front-matter key, before the text.");
            return Optional.empty();
        }
        String front = String.join("\n", lines.subList(1, close));
        int bodyStart = close + 1;
        while (bodyStart < lines.size() && lines.get(bodyStart).isBlank()) {
            bodyStart++;
        }
        String body = String.join("\n", lines.subList(bodyStart, lines.size())).strip();
        Source bodySource = new Source(file, bodyStart + 1, 1);
        YamlTree.Result result = yaml.parse(front, file, 1);
        if (result.error().isPresent()) {
            YamlTree.ContentError e = result.error().get();
            diagnostics.error("yaml-syntax", e.source(), e.message(), e.hint());
            return Optional.empty();
        }
        return Optional.of(new MarkdownFile(result.root(), body, start, bodySource));
    }
}
