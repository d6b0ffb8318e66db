package dev.trustcenter.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.trustcenter.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with Jackson's streaming parser, which reports the line and
 * column of every token. Anchors and aliases are refused: they hide what a claim says and are the
 * vehicle of "billion laughs" expansion.
 */
public final class YamlTree {

    /** Deeper than any content file needs; deeper input is hostile or broken. */
    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private final YAMLFactory factory;

    public YamlTree() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        // Duplicate keys are found while building the tree, where the message can name the first one.
        options.setAllowDuplicateKeys(true);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
                .build();
    }

    /** The parse outcome: a root node (absent for an empty document) or a located error. */
    public record Result(Optional<YamlNode> root, Optional<ContentError> error) {}

    public record ContentError(Source source, String message, String hint) {}

    private static final class Failure extends RuntimeException {
        final transient ContentError error;

        Failure(ContentError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /**
     * @param file       the file name used in every Source
     * @param lineOffset added to every line, for YAML front matter that starts below line 1
     */
    public Result parse(String text, String file, int lineOffset) {
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(Optional.empty(), Optional.empty());
            }
            YamlNode root = read(parser, file, lineOffset, 0);
            if (parser.nextToken() != null) {
                Source at = at(parser.currentTokenLocation(), file, lineOffset);
                throw new Failure(new ContentError(at, "This file holds more than one YAML document.",
                        "Remove the second \"---\" line and merge the documents into one."));
            }
            return new Result(Optional.of(root), Optional.empty());
        } catch (Failure f) {
            return new Result(Optional.empty(), Optional.of(f.error));
        } catch (JsonProcessingException e) {
            return new Result(Optional.empty(), Optional.of(describe(e, file, lineOffset)));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some problems (size limits, bad characters) as runtime exceptions.
            return new Result(Optional.empty(), Optional.of(describeOther(e, file, lineOffset)));
        }
    }

    /**
     * JSON written by trustcenter itself (the built-in catalogue as data, {@link CatalogueData}) into the same tree:
     * the same readers then read it, with no YAML scanning.
     */
    public Result parseJson(String text, String file) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                return new Result(Optional.empty(), Optional.empty());
            }
            return new Result(Optional.of(read(parser, file, 0, 0)), Optional.empty());
        } catch (Failure f) {
            return new Result(Optional.empty(), Optional.of(f.error));
        } catch (IOException | RuntimeException e) {
            return new Result(Optional.empty(), Optional.of(describeOther(e, file, 0)));
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    private YamlNode read(JsonParser parser, String file, int lineOffset, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        Source at = at(parser.currentTokenLocation(), file, lineOffset);
        if (depth > MAX_DEPTH) {
            throw new Failure(new ContentError(at, "The YAML is nested more than " + MAX_DEPTH + " levels deep.",
                    "Content files need only a few levels; check the indentation."));
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new Failure(new ContentError(at, "YAML aliases (*name) are not supported.",
                    "Write the value out in full where it is used, so every claim can be read where it stands."));
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, file, lineOffset, depth, at);
            case START_ARRAY -> readSequence(parser, file, lineOffset, depth, at);
            case VALUE_STRING -> new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.STRING);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.BOOLEAN);
            case VALUE_NULL -> new YamlNode.Scalar(at, "", YamlNode.ScalarType.NULL);
            default -> throw new Failure(new ContentError(at, "Unexpected YAML content.", null));
        };
    }

    private YamlNode readMapping(JsonParser parser, String file, int lineOffset, int depth, Source at)
            throws IOException {
        Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Source keyAt = at(parser.currentTokenLocation(), file, lineOffset);
            parser.nextToken();
            YamlNode value = read(parser, file, lineOffset, depth + 1);
            YamlNode.Field previous = fields.putIfAbsent(key, new YamlNode.Field(key, keyAt, value));
            if (previous != null) {
                throw new Failure(new ContentError(keyAt,
                        "The key \"" + key + "\" appears twice; it was first set on line "
                                + previous.keySource().line() + ".",
                        "Keep one \"" + key + "\" and delete the other, so the file says one thing."));
            }
        }
        return new YamlNode.Mapping(at, fields);
    }

    private YamlNode readSequence(JsonParser parser, String file, int lineOffset, int depth, Source at)
            throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(read(parser, file, lineOffset, depth + 1));
        }
        return new YamlNode.Sequence(at, items);
    }

    private static Source at(JsonLocation location, String file, int lineOffset) {
        return new Source(file, location.getLineNr() + lineOffset, Math.max(location.getColumnNr(), 1));
    }

    private static ContentError describe(JsonProcessingException e, String file, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            Source at = new Source(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            return syntax(at, String.valueOf(marked.getProblem()));
        }
        JsonLocation location = e.getLocation();
        Source at = location == null ? new Source(file, 1 + lineOffset, 1) : at(location, file, lineOffset);
        String detail = String.valueOf(e.getOriginalMessage());
        if (detail.contains("nesting depth")) {
            return new ContentError(at, "The YAML is nested more than " + MAX_DEPTH + " levels deep.",
                    "Content files need only a few levels; check the indentation.");
        }
        return syntax(at, detail);
    }

    /** SnakeYAML's problem, in words a compliance manager can act on. */
    static ContentError syntax(Source at, String problem) {
        if (problem.contains("Expected a field name") || problem.contains("MappingStartEvent")
                || problem.contains("SequenceStartEvent")) {
            return new ContentError(at, "A key here is itself a list or a set of keys; YAML keys must be plain words.",
                    "Write keys as plain words followed by a colon, such as \"scope: …\", and put lists and "
                            + "braces only after the colon.");
        }
        if (problem.contains("TAB")) {
            return new ContentError(at, "This line is indented with a tab, which YAML does not allow.",
                    "Indent with spaces only; most editors can convert tabs to spaces.");
        }
        if (problem.contains("expected <block end>") || problem.contains("expected <document start>")) {
            return new ContentError(at, "This line is indented differently from the lines around it.",
                    "Line up keys of the same entry in the same column, using spaces.");
        }
        if (problem.contains("mapping values are not allowed")) {
            return new ContentError(at, "A colon followed by a space appears where YAML does not expect a new key.",
                    "Put text that contains \": \" in quotes, for example note: \"Scope: EU only\".");
        }
        if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
            return new ContentError(at, "A list in brackets or a set of keys in braces is not closed properly.",
                    "Check the closing ] or }, and put text that contains commas, colons or question marks "
                            + "in quotes.");
        }
        if (problem.contains("could not find expected ':'")) {
            return new ContentError(at, "A key is missing its colon.", "Write each key as \"key: value\".");
        }
        return new ContentError(at, "This is not valid YAML: " + plain(problem) + ".",
                "Check the indentation and that every \"key: value\" pair has a space after the colon.");
    }

    private static ContentError describeOther(Exception e, String file, int lineOffset) {
        String detail = String.valueOf(e.getMessage());
        Source at = new Source(file, 1 + lineOffset, 1);
        if (detail.contains("code points") || detail.contains("exceeds the limit")) {
            return new ContentError(at, "The file is larger than a content file should be (over "
                    + MAX_CODE_POINTS / (1024 * 1024) + " million characters).",
                    "Split it, or check that a binary file was not saved under a .yaml name.");
        }
        if (detail.contains("special characters are not allowed")) {
            return new ContentError(at, "The file contains control characters that YAML does not allow.",
                    "Save it as plain UTF-8 text.");
        }
        return new ContentError(at, "This is not valid YAML: " + plain(detail) + ".",
                "Check the indentation and that every \"key: value\" pair has a space after the colon.");
    }

    /** SnakeYAML messages span lines and quote the source; keep the first sentence, and never the parser's own names. */
    private static String plain(String detail) {
        if (detail == null || detail.isBlank() || detail.contains("org.yaml") || detail.contains("com.fasterxml")
                || detail.contains("Event(")) {
            return "the parser could not read it";
        }
        String line = detail.lines().findFirst().orElse(detail).trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
