package dev.trustcenter.render.file;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;

import dev.trustcenter.model.SiteConfig;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import dev.trustcenter.model.Blob;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The files hosts and crawlers read: .well-known/security.txt (RFC 9116), sitemap.xml, robots.txt, and _headers
 * (Netlify and Cloudflare Pages) with a strict Content-Security-Policy that every page works under.
 */
public final class PublishingFiles {

    private PublishingFiles() {}

    /** security.txt: Contact and Expires are required; readers ignore the file after Expires. */
    public static final class SecurityTxt implements PageSet {
        @Override
        public List<OutputFile> render(RenderContext context) {
            SiteConfig config = context.config();
            if (config.securityTxt().isEmpty()) {
                return List.of();
            }
            var txt = config.securityTxt().get();
            StringBuilder out = new StringBuilder();
            out.append("Contact: mailto:").append(config.contacts().security()).append('\n');
            out.append("Expires: ").append(txt.expires()).append("T23:59:59Z\n");
            if (txt.encryption() != null) {
                out.append("Encryption: ").append(txt.encryption()).append('\n');
            }
            if (txt.policy() != null) {
                out.append("Policy: ").append(txt.policy()).append('\n');
            }
            if (!txt.preferredLanguages().isEmpty()) {
                out.append("Preferred-Languages: ").append(String.join(", ", txt.preferredLanguages())).append('\n');
            }
            out.append("Canonical: ").append(config.site().baseUrl()).append(".well-known/security.txt\n");
            return List.of(new OutputFile(".well-known/security.txt", out.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Pages a search engine should list: every HTML page but the 404, the thank-you page and access links. */
    public static List<OutputFile> sitemapAndRobots(RenderContext context, Set<String> htmlPages) {
        String base = context.config().site().baseUrl().toString();
        List<String> languages = context.config().site().languages();
        List<String> folders = context.config().site().translations().stream().map(l -> l + "/").toList();
        // One entry per page of every language, each naming the page in all languages (Google's sitemap hreflang).
        Set<String> pages = new TreeSet<>(htmlPages);
        pages.removeIf(page -> page.endsWith("404.html") || page.endsWith("request-access/thanks/index.html"));
        pages.removeIf(page -> page.startsWith("access/"));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            if (languages.size() > 1) {
                xml.writeNamespace("xhtml", "http://www.w3.org/1999/xhtml");
            }
            for (String page : pages) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(context.canonical(page));
                xml.writeEndElement();
                if (languages.size() > 1) {
                    String source = folders.stream().filter(page::startsWith).findFirst()
                            .map(f -> page.substring(f.length())).orElse(page);
                    for (String language : languages) {
                        String folder = language.equals(languages.get(0)) ? "" : language + "/";
                        xml.writeEmptyElement("xhtml", "link", "http://www.w3.org/1999/xhtml");
                        xml.writeAttribute("rel", "alternate");
                        xml.writeAttribute("hreflang", language);
                        xml.writeAttribute("href", context.canonical(folder + source));
                    }
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory does not fail", e);
        }
        String robots = "User-agent: *\nAllow: /\n# Access links are personal; keep them out of search engines.\n"
                + "Disallow: " + URI.create(base).getPath() + "access/\n\nSitemap: " + base + "sitemap.xml\n";
        return List.of(new OutputFile("sitemap.xml", (out + "\n").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("robots.txt", robots.getBytes(StandardCharsets.UTF_8)));
    }

    /** _headers: a Content-Security-Policy without 'unsafe-inline', HSTS, and the other hardening headers. */
    public static final class Headers implements PageSet {
        @Override
        public List<OutputFile> render(RenderContext context) {
            String headers = "/*\n"
                    + "  Content-Security-Policy: " + contentSecurityPolicy(context.config(), context.inlineStyle()) + "\n"
                    + "  Strict-Transport-Security: max-age=31536000; includeSubDomains\n"
                    + "  X-Content-Type-Options: nosniff\n"
                    + "  X-Frame-Options: DENY\n"
                    + "  Referrer-Policy: no-referrer\n"
                    + "  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                    + "interest-cohort=()\n"
                    + "  Cross-Origin-Opener-Policy: same-origin\n"
                    + "/access/*\n"
                    + "  Cache-Control: no-store\n";
            return List.of(new OutputFile("_headers", headers.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * The same policy for a {@code <meta http-equiv>} in every page, for hosts that ignore _headers (GitHub Pages):
     * without frame-ancestors, which a meta element cannot carry (nor report-uri or sandbox, which we never use).
     */
    public static String metaContentSecurityPolicy(SiteConfig config, String inlineStyle) {
        return contentSecurityPolicy(config, inlineStyle).replace("; frame-ancestors 'none'", "");
    }

    /**
     * Nothing inline but 404.html's stylesheet, allowed by its SHA-256 alone; nothing third-party; the request
     * endpoint, if any, is the only other origin.
     */
    static String contentSecurityPolicy(SiteConfig config, String inlineStyle) {
        List<String> connect = new ArrayList<>(List.of("'self'"));
        List<String> forms = new ArrayList<>(List.of("'self'", "mailto:"));
        URI endpoint = config.accessRequests().endpoint();
        if (endpoint != null && config.accessRequests().delivery() == SiteConfig.AccessRequests.Delivery.ENDPOINT) {
            String origin = endpoint.getScheme() + "://" + endpoint.getAuthority();
            connect.add(origin);
            forms.add(origin);
        }
        String styleHash = "'sha256-" + Base64.getEncoder().encodeToString(
                Blob.sha256().digest(inlineStyle.getBytes(StandardCharsets.UTF_8))) + "'";
        return "default-src 'self'; script-src 'self'; style-src 'self' " + styleHash
                + "; img-src 'self' data:; font-src 'self'; "
                + "connect-src " + String.join(" ", connect) + "; form-action " + String.join(" ", forms) + "; "
                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    }
}
