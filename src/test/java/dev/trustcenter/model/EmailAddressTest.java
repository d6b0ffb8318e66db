package dev.trustcenter.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 17 §B1: one definition of an email address, in Java, in the form's script and in the schema. */
class EmailAddressTest {

    static final List<String> VALID = List.of("security@company.example", "jane@acme.ai", "jane.doe+deal@acme-corp.com",
            "j@acme.technology", "security@xn--80ak6aa92e.com", "a".repeat(64) + "@acme.com");
    static final List<String> INVALID = List.of("jane@acme_corp.com", "jane@acme.com.", "jane@", "@acme.com",
            "jane acme.com", "jane@-acme.com", "jane@acme..com", "a".repeat(65) + "@acme.com",
            "jane@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com");

    @Test
    void acceptsEveryValidAddressAndRefusesEveryInvalidOneWithAReason() {
        VALID.forEach(a -> assertTrue(EmailAddress.isValid(a), a));
        VALID.forEach(a -> assertTrue(EmailAddress.problem(a).isEmpty(), a));
        INVALID.forEach(a -> assertFalse(EmailAddress.isValid(a), a));
        INVALID.forEach(a -> assertTrue(EmailAddress.problem(a).isPresent(), a));
        assertEquals("it ends with a dot", EmailAddress.problem("jane@acme.com.").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"security@company.example", "jane@acme.ai"})
    void aNewOrReservedTopLevelDomainIsNeverRefused(String address) {
        assertTrue(EmailAddress.isValid(address));
    }

    @Test
    void anUnknownTopLevelDomainIsOnlyFlagged() {
        assertTrue(EmailAddress.knownTopLevelDomain("jane@acme.com"));
        assertFalse(EmailAddress.knownTopLevelDomain("jane@acme.notarealtld"));
        assertTrue(EmailAddress.isValid("jane@acme.notarealtld"));
    }

    /** The published request schema agrees with Java on every address, valid and invalid. */
    @Test
    void theRequestSchemaAppliesTheSameDefinition() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(Files.readString(Path.of("schemas/request.schema.json")));
        String pattern = schema.get("properties").get("email").get("pattern").asText();
        assertEquals("^(?=[^@]{1,64}@)" + EmailAddress.PATTERN.substring(1), pattern);
        JsonNode emailOnly = json.readTree("{\"type\":\"string\",\"maxLength\":254,\"pattern\":" + json.writeValueAsString(pattern) + "}");
        var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(emailOnly);
        for (String address : VALID) {
            assertTrue(validator.validate(json.valueToTree(address)).isEmpty(), address);
        }
        for (String address : INVALID) {
            assertFalse(validator.validate(json.valueToTree(address)).isEmpty(), address);
        }
    }
}
