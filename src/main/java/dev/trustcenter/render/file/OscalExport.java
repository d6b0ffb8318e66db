package dev.trustcenter.render.file;

import dev.trustcenter.render.i18n.Messages;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.trustcenter.model.Control;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.ControlViews;
import dev.trustcenter.rules.ControlStatus;
import dev.trustcenter.rules.Crosswalk;
import dev.trustcenter.rules.Evidence;
import dev.trustcenter.rules.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * oscal/component-definition.json: an OSCAL 1.1.2 component definition with one component, the service, and per
 * framework the requirements its controls address, each with its implementation status and the evidence as links.
 * GRC tools and FedRAMP reviewers read OSCAL. Every UUID is a name-based (version 5) UUID of the site's address
 * and the item, so the same input gives the same bytes.
 */
public final class OscalExport implements PageSet {

    public static final String PATH = "oscal/component-definition.json";
    static final String OSCAL_VERSION = "1.1.2";
    /** The namespace of trustcenter's own properties, as OSCAL asks of properties it does not define. */
    static final String NS = "urn:trustcenter:oscal";
    /** RFC 4122's namespace for names that are URLs. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    static final RecordJson.Style OSCAL_JSON = new RecordJson.Style(RecordJson.Naming.KEBAB_CASE,
            RecordJson.Inclusion.NON_EMPTY, true);

    record Document(@JsonProperty("component-definition") ComponentDefinition componentDefinition) {}

    record ComponentDefinition(String uuid, Metadata metadata, List<Component> components) {}

    record Metadata(String title, String lastModified, String version, String oscalVersion, List<Party> parties) {}

    record Party(String uuid, String type, String name, List<Link> links) {}

    record Component(String uuid, String type, String title, String description, String purpose,
                     List<ControlImplementation> controlImplementations) {}

    record ControlImplementation(String uuid, String source, String description,
                                 List<ImplementedRequirement> implementedRequirements) {}

    record ImplementedRequirement(String uuid, String controlId, String description, List<Prop> props,
                                  List<Link> links, String remarks) {}

    record Prop(String name, String ns, String value) {}

    record Link(String href, String rel, String text) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.CONTROLS)) {
            return List.of();
        }
        String base = context.config().site().baseUrl().toString();
        String company = context.config().company().name();
        Map<String, ControlStatus> statuses = new LinkedHashMap<>();
        context.posture().controls().forEach(s -> statuses.put(s.control().id(), s));
        List<ControlImplementation> implementations = new ArrayList<>();
        Map<String, List<Control>> index = Crosswalk.index(context.site().controls());
        for (String framework : Crosswalk.mappedFrameworks(context.site().controls(), context.site().frameworks())) {
            var f = context.site().frameworks().get(framework);
            Map<String, List<Control>> byRequirement = new LinkedHashMap<>();
            for (String requirement : f.controls()) {
                List<Control> addressing = index.getOrDefault(framework + ":" + requirement, List.of());
                if (!addressing.isEmpty()) {
                    byRequirement.put(requirement, addressing);
                }
            }
            List<ImplementedRequirement> requirements = new ArrayList<>();
            byRequirement.forEach((requirement, controls) -> requirements.add(new ImplementedRequirement(
                    uuid(base, "requirement/" + framework + "/" + requirement), controlId(requirement),
                    controls.stream().map(c -> sentence(statuses.get(c.id()), context.messages())).collect(Collectors.joining("\n\n")),
                    List.of(new Prop("implementation-status", NS, Crosswalk.best(controls).id()),
                            new Prop("requirement", NS, requirement)),
                    links(controls, statuses, context, base), f.controlName(requirement).orElse(null))));
            implementations.add(new ControlImplementation(uuid(base, "framework/" + framework),
                    base + "controls/" + framework + "/", f.name() + ": requirements addressed by the controls of "
                    + company + ", as the company maps them itself (a self-assessment, not an auditor's statement).",
                    requirements));
        }
        Component service = new Component(uuid(base, "component"), "service", context.config().site().title(),
                "The service of " + company + " described by its trust center at " + base + ".",
                "The security, privacy and AI controls of the service, with their status as of "
                        + Words.date(context.posture().asOf()) + ".", implementations);
        String modified = context.buildDate() + "T00:00:00Z";
        String legalName = context.config().company().legalName();
        Party party = new Party(uuid(base, "party"), "organization", legalName == null ? company : legalName,
                context.config().company().website() == null ? List.of()
                        : List.of(new Link(context.config().company().website().toString(), "homepage", null)));
        Document document = new Document(new ComponentDefinition(uuid(base, "component-definition"),
                new Metadata(company + " controls", modified, context.posture().asOf().toString(), OSCAL_VERSION,
                        List.of(party)), List.of(service)));
        return List.of(new OutputFile(PATH, (context.json(document, OSCAL_JSON) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** What one control says about the requirement: its title, its status in words, and its description. */
    static String sentence(ControlStatus status, Messages m) {
        Control c = status.control();
        String description = c.description().isBlank() ? "" : " " + c.description().strip();
        String label = ControlViews.status(status, m).label();
        // "Planned for 30 June 2027" reads "(planned for 30 June 2027)": only the first letter goes down, never a
        // month's name.
        int first = label.isEmpty() ? 0 : label.offsetByCodePoints(0, 1);
        return c.title() + " (" + label.substring(0, first).toLowerCase(m.locale()) + label.substring(first) + ")."
                + description;
    }

    private static List<Link> links(List<Control> controls, Map<String, ControlStatus> statuses, RenderContext context,
                                    String base) {
        List<Link> links = new ArrayList<>();
        for (Control c : controls) {
            links.add(new Link(base + "controls/#" + c.id(), "reference", c.title()));
            for (Evidence e : statuses.get(c.id()).evidence()) {
                var link = context.controlViews().link(e, "");
                String href = base + link.href().replace("index.html", "");
                if (links.stream().noneMatch(l -> l.href().equals(href))) {
                    links.add(new Link(href, "reference", "Evidence: " + link.label()
                            + (link.tag() == null ? "" : " (" + link.tag() + ")")));
                }
            }
        }
        return links;
    }

    /**
     * An OSCAL control id is a token (an XML NCName): a requirement that starts with a digit, such as the ISO
     * clause 6.1.2, gets the prefix "clause-"; the requirement as written is kept in a property.
     */
    static String controlId(String requirement) {
        return Character.isLetter(requirement.charAt(0)) ? requirement : "clause-" + requirement;
    }

    /** A version 5 (SHA-1, name-based) UUID, RFC 4122 §4.3, of the site's address and a path within it. */
    static String uuid(String base, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(URL_NAMESPACE));
            byte[] hash = sha1.digest((base + "#oscal/" + name).getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return bytes;
    }
}
