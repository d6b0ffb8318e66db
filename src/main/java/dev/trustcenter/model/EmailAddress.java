package dev.trustcenter.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * The one definition of an email address, used by the loader, `grant`, the request form's script (which receives
 * {@link #PATTERN} from the build) and request.schema.json (whose pattern a test keeps equal to it): the HTML
 * living standard's "valid e-mail address" (the definition browsers use for input type=email), plus the length
 * limits of RFC 5321 §4.5.3.1 (local part 64 octets, address 254). The top-level domain is not checked against a
 * list, so new domains such as .example or .ai work; an unknown one is only worth a warning.
 */
public final class EmailAddress {

    /** WHATWG HTML, §4.10.5.1.5 "valid e-mail address", verbatim. */
    public static final String PATTERN = "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
            + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$";

    public static final int MAX_LOCAL = 64;
    public static final int MAX_LENGTH = 254;

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private EmailAddress() {}

    public static boolean isValid(String address) {
        int at = address.lastIndexOf('@');
        return VALID.matcher(address).matches() && at <= MAX_LOCAL && address.length() <= MAX_LENGTH;
    }

    /** What is wrong with an address, in words, or empty when it is valid. */
    public static Optional<String> problem(String address) {
        if (address.length() > MAX_LENGTH) {
            return Optional.of("it is longer than " + MAX_LENGTH + " characters");
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.of("it has no @");
        }
        if (at > MAX_LOCAL) {
            return Optional.of("the part before the @ is longer than " + MAX_LOCAL + " characters");
        }
        if (!VALID.matcher(address).matches()) {
            String local = address.substring(0, at);
            String domain = address.substring(at + 1);
            if (local.isEmpty()) {
                return Optional.of("there is nothing before the @");
            }
            if (domain.isEmpty()) {
                return Optional.of("there is nothing after the @");
            }
            if (domain.endsWith(".")) {
                return Optional.of("it ends with a dot");
            }
            if (!VALID.matcher(local + "@example.com").matches()) {
                return Optional.of("the part before the @ has a character an address cannot have");
            }
            return Optional.of("\"" + domain + "\" is not a domain name: letters, digits and hyphens, separated by dots");
        }
        return Optional.empty();
    }

    /** True when the address's top-level domain is one IANA had delegated when this version was released. */
    public static boolean knownTopLevelDomain(String address) {
        int dot = address.lastIndexOf('.');
        if (dot < address.lastIndexOf('@')) {
            return false;
        }
        return DomainValidator.getInstance().isValidTld(address.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
