package dev.trustcenter.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The sanitizer's attribute rules applied while flexmark writes each element, so a Markdown text without raw HTML
 * needs no second parse: every attribute flexmark is about to write is checked with JSoup's own
 * {@link Safelist#isSafeAttribute} for the element it belongs to (which checks a URL's protocol after resolving
 * it, as the cleaner does), and dropped when the safelist would drop it. A {@code javascript:} link keeps its text
 * and loses its {@code href}, exactly as with the cleaner.
 */
final class SafeAttributes extends IndependentAttributeProviderFactory {

    /** Any URL is resolved against this before its protocol is checked; relative links stay relative. */
    static final String BASE = "https://trustcenter.invalid/";

    private final Safelist safelist;

    SafeAttributes(Safelist safelist) {
        this.safelist = safelist;
    }

    @Override
    public AttributeProvider apply(LinkResolverContext context) {
        return this::filter;
    }

    private void filter(Node node, AttributablePart part, MutableAttributes attributes) {
        String tag = tag(node, part);
        for (String name : List.copyOf(attributes.keySet())) {
            Element element = new Element(tag);
            element.setBaseUri(BASE);
            element.attr(name, attributes.getValue(name));
            Attribute attribute = element.attribute(name);
            if (attribute == null || !safelist.isSafeAttribute(tag, element, attribute)) {
                attributes.remove(name);
            }
        }
    }

    /** The element flexmark writes for a node; an unknown one is checked as {@code span}, which may carry nothing. */
    static String tag(Node node, AttributablePart part) {
        if (node instanceof Image || node instanceof ImageRef) {
            return "img";
        }
        if (node instanceof LinkNode || part == AttributablePart.LINK) {
            return "a";
        }
        if (node instanceof Heading heading) {
            return "h" + heading.getLevel();
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return part == CoreNodeRenderer.CODE_CONTENT ? "code" : "pre";
        }
        if (node instanceof TableCell cell) {
            return cell.isHeader() ? "th" : "td";
        }
        if (node instanceof Code) {
            return "code";
        }
        if (node instanceof TableBlock) {
            return "table";
        }
        if (node instanceof TableHead) {
            return "thead";
        }
        if (node instanceof TableBody) {
            return "tbody";
        }
        if (node instanceof TableRow) {
            return "tr";
        }
        if (node instanceof OrderedList) {
            return "ol";
        }
        if (node instanceof BulletList) {
            return "ul";
        }
        if (node instanceof ListItem) {
            return "li";
        }
        if (node instanceof BlockQuote) {
            return "blockquote";
        }
        if (node instanceof ThematicBreak) {
            return "hr";
        }
        if (node instanceof StrongEmphasis) {
            return "strong";
        }
        if (node instanceof Emphasis) {
            return "em";
        }
        if (node instanceof Strikethrough) {
            return "del";
        }
        return "span";
    }
}
