package dev.trustcenter.render.i18n;

import dev.trustcenter.render.HtmlEscaper;
import dev.trustcenter.render.view.DateView;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * The templates' words: {@code {{ t("policy.owner") }}}, {@code {{ t("subprocessors.lead", count, countries) }}} and
 * {@code {{ when(date) }}}, each in the language the page is rendered in (the evaluation's locale, so macros see it
 * too). A message is escaped and its arguments are escaped unless they are dates or {@link Messages.Html}.
 */
public final class MessagesExtension extends AbstractExtension {

    private final Catalogues catalogues;

    public MessagesExtension(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate(), "when", new When(), "a", new Link(), "span", new Span(),
                "strong", new Strong(), "text", new Text(), "script", new Script());
    }

    private Messages messages(EvaluationContext context) {
        return catalogues.messages(context.getLocale().toLanguageTag());
    }

    /** t(key, arg0, arg1, …): positional arguments, so argument names are not declared. */
    private final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object key = args.get("0");
            if (!(key instanceof String k)) {
                throw new IllegalArgumentException("t() needs a message key as its first argument, at line " + line);
            }
            Object[] values = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                Object value = args.get(String.valueOf(i));
                values[i - 1] = value instanceof SafeString safe ? new Messages.Html(safe.toString()) : value;
            }
            return new SafeString(messages(context).html(k, values));
        }
    }

    /** a(href, text[, id]): a link to pass into a message, its address and text escaped, as in a sentence's middle. */
    private static final class Link implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("href", "text", "id");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String href = String.valueOf(args.get("href"));
            String id = args.get("id") == null ? "" : " id=\"" + HtmlEscaper.text(String.valueOf(args.get("id"))) + "\"";
            return new SafeString("<a" + id + " href=\"" + HtmlEscaper.text(href) + "\">" + html(args.get("text")) + "</a>");
        }
    }

    /** span(class, text): a styled word to pass into a message, such as a coverage level in its colour. */
    private static final class Span implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("class", "text");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String css = String.valueOf(args.get("class"));
            return new SafeString("<span class=\"" + HtmlEscaper.text(css) + "\">" + html(args.get("text")) + "</span>");
        }
    }

    /** strong(text): an emphasised name to pass into a message. */
    private static final class Strong implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("text");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return new SafeString("<strong>" + html(args.get("text")) + "</strong>");
        }
    }

    /**
     * text(key): a message's pattern as plain text, for a script to fill in ({0}, {1}); the page escapes it as an
     * attribute. Only patterns without plural or select syntax, since a script has no ICU.
     */
    private final class Text implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("key");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return messages(context).pattern(String.valueOf(args.get("key")));
        }
    }

    /** script(prefix): every message under a prefix, as JSON for a data attribute, keyed by the rest of its key. */
    private final class Script implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("prefix");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return messages(context).scriptJson(String.valueOf(args.get("prefix")));
        }
    }

    /** Text for HTML: escaped, unless it is already safe (a message from t()). */
    private static String html(Object text) {
        return text instanceof SafeString safe ? safe.toString() : HtmlEscaper.text(String.valueOf(text));
    }

    /** when(date): a date as a {@code <time>} element in the page's language; nothing for null. */
    private final class When implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("date");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object date = args.get("date");
            if (date == null) {
                return new SafeString("");
            }
            if (!(date instanceof DateView d)) {
                throw new IllegalArgumentException("when() needs a date, at line " + line);
            }
            return new SafeString(messages(context).html("date", d));
        }
    }
}
