package dev.trustcenter.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code {% keep row %}…{% endkeep %}}: a block whose output depends on nothing but the value it names (a view record,
 * which compares by value) and the page's language, kept from one build of a session to the next, as Hugo's
 * {@code partialCached}. The policies index keeps each row by its policy's view, so renaming one policy renders one
 * row again, not a thousand. A block that reads anything else (a loop counter, a page variable) must not be kept.
 *
 * <p>Kept for the next build as {@link LastBuild} keeps things. A theme, and so its kept blocks, lives as long as a
 * session's theme, or one build.
 */
final class KeepTag extends AbstractExtension {

    /** A kept block's output: which block, the value it was kept by, and the language. */
    private record Key(Node block, Object value, Locale language) {}

    private final LastBuild<Key, String> kept = new LastBuild<>();

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new Parser());
    }

    /** After a session's build: keeps only the blocks it used. */
    void keepOnlyLastBuild() {
        kept.keepOnlyLastBuild();
    }

    private final class Parser implements TokenParser {
        @Override
        public String getTag() {
            return "keep";
        }

        @Override
        public RenderableNode parse(Token token, io.pebbletemplates.pebble.parser.Parser parser) {
            TokenStream stream = parser.getStream();
            int line = token.getLineNumber();
            stream.next();
            Expression<?> value = parser.getExpressionParser().parseExpression();
            stream.expect(Token.Type.EXECUTE_END);
            BodyNode body = parser.subparse(t -> t.test(Token.Type.NAME, "endkeep"));
            stream.next();
            stream.expect(Token.Type.EXECUTE_END);
            return new Node(line, value, body);
        }
    }

    private final class Node extends AbstractRenderableNode {
        private final Expression<?> value;
        private final BodyNode body;

        Node(int line, Expression<?> value, BodyNode body) {
            super(line);
            this.value = value;
            this.body = body;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            Object by = value.evaluate(self, context);
            if (by == null) {
                body.render(self, writer, context);
                return;
            }
            writer.write(kept.get(new Key(this, by, context.getLocale()), () -> {
                StringWriter out = new StringWriter();
                try {
                    body.render(self, out, context);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toString();
            }));
        }

        /**
         * The visitors go into the block: autoescaping is a visitor, and a visitor's fallback for a node it does not
         * know is to do nothing, which would leave the block's output unescaped.
         */
        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
            body.accept(visitor);
        }
    }
}
