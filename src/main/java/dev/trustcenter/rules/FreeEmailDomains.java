package dev.trustcenter.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The free and disposable email providers shipped as a resource, plus any a site adds. */
public final class FreeEmailDomains {

    private static final Set<String> BUILT_IN = load();

    private final Set<String> domains;

    private FreeEmailDomains(Set<String> domains) {
        this.domains = domains;
    }

    public static FreeEmailDomains builtIn() {
        return new FreeEmailDomains(BUILT_IN);
    }

    /** No domain refused, for sites that turn the built-in list off. */
    public static FreeEmailDomains none() {
        return new FreeEmailDomains(Set.of());
    }

    /** The built-in list plus a site's own {@code blocked_domains}. */
    public FreeEmailDomains plus(Collection<String> more) {
        Set<String> all = new TreeSet<>(domains);
        more.forEach(d -> all.add(d.toLowerCase(Locale.ROOT)));
        return new FreeEmailDomains(Set.copyOf(all));
    }

    /** Sorted, for publishing to the request page's script. */
    public Set<String> domains() {
        return new TreeSet<>(domains);
    }

    public boolean isFree(String email) {
        int at = email.lastIndexOf('@');
        return at >= 0 && domains.contains(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = FreeEmailDomains.class.getResourceAsStream("/free-email-domains.txt")) {
            return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
