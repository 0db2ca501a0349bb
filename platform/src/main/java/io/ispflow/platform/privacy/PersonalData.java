package io.ispflow.platform.privacy;

import io.ispflow.contracts.IntegrationEvent;
import io.ispflow.contracts.Personal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Crypto-shredding of the personal data in events. {@link #seal} writes an event as JSON with each
 * {@link Personal} value replaced by {@code "ispflow:pii:v1:<leadId>:<base64url(nonce || AES-GCM ciphertext)>"},
 * encrypted with the person's own key ({@link PersonKeys}) over the value's JSON text, the lead id as
 * associated data; {@link #open} turns such strings back into their values wherever they are. Once the person's
 * key is destroyed, sealing writes null and opening reads null: every copy on every topic is erased at once.
 */
public class PersonalData {

    /** The start of every sealed value. */
    public static final String PREFIX = "ispflow:pii:v1:";

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final int LEAD_ID_LENGTH = 36;

    private final PersonKeys keys;
    private final JsonMapper json;
    /** Trees keep decimals exact (BigDecimal): an opened event is written back without changing its amounts. */
    private final ObjectReader trees;

    private final Map<Class<?>, PersonalFields> fieldsByType = new ConcurrentHashMap<>();

    public PersonalData(PersonKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
        this.trees = json.reader().with(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Whether a value is in the sealed form (whatever its key's state). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /**
     * The event as JSON with its personal values sealed (null stays null; a destroyed person's values become
     * null). An event without personal fields is written exactly as the JSON mapper writes it.
     *
     * @throws IllegalStateException when a personal field has no leadId in scope, or a non-null personal value
     *     has a null leadId (programming errors)
     */
    public String seal(IntegrationEvent event) {
        PersonalFields fields = fieldsOf(event.getClass());
        if (fields.isEmpty()) {
            return json.writeValueAsString(event);
        }
        JsonNode tree = json.valueToTree(event);
        Map<String, Optional<SecretKey>> keysOfEvent = new HashMap<>();
        fields.seal(tree, (leadId, value) -> sealValue(leadId, value, keysOfEvent));
        return json.writeValueAsString(tree);
    }

    /**
     * Checks that every personal field of the event type has a leadId in scope (a test or a startup check can
     * call it for every type a service publishes).
     *
     * @throws IllegalStateException when one has not
     */
    public void check(Class<? extends IntegrationEvent> eventType) {
        fieldsOf(eventType);
    }

    /** The JSON with every sealed value opened (null when its key is gone or it is not authentic). */
    public byte[] open(byte[] data) {
        if (data == null || indexOf(data, PREFIX_BYTES) < 0) {
            return data; // nothing sealed: the bytes as they came
        }
        return json.writeValueAsBytes(open(trees.readTree(data)));
    }

    /** The JSON with every sealed value opened (null when its key is gone or it is not authentic). */
    public String open(String data) {
        if (data == null || !data.contains(PREFIX)) {
            return data;
        }
        return json.writeValueAsString(open(trees.readTree(data)));
    }

    /**
     * Opens every sealed value of the tree, in place (the tree itself is returned, or the opened value when the
     * tree is a sealed string itself). Plain values pass through untouched.
     */
    public JsonNode open(JsonNode tree) {
        Map<String, Optional<SecretKey>> keysOfEvent = new HashMap<>();
        return openNode(tree, keysOfEvent);
    }

    private PersonalFields fieldsOf(Class<?> type) {
        return fieldsByType.computeIfAbsent(type, PersonalFields::of);
    }

    private JsonNode sealValue(String leadId, JsonNode value, Map<String, Optional<SecretKey>> keysOfEvent) {
        UUID person;
        try {
            person = UUID.fromString(leadId);
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalStateException("The leadId of a personal value is not a UUID: " + leadId);
        }
        String id = person.toString();
        Optional<SecretKey> key = keysOfEvent.computeIfAbsent(id, ignored -> keys.keyFor(person));
        if (key.isEmpty()) {
            return NullNode.getInstance(); // erased: the value is never written again
        }
        byte[] sealed = AesGcm.encrypt(key.get(), json.writeValueAsBytes(value), aad(id));
        return StringNode.valueOf(
                PREFIX + id + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed));
    }

    private JsonNode openNode(JsonNode node, Map<String, Optional<SecretKey>> keysOfEvent) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                JsonNode opened = openNode(value, keysOfEvent);
                if (opened != value) {
                    object.set(name, opened);
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                JsonNode opened = openNode(value, keysOfEvent);
                if (opened != value) {
                    array.set(i, opened);
                }
            }
            return array;
        }
        if (node != null && node.isString() && isSealed(node.stringValue())) {
            return openValue(node.stringValue(), keysOfEvent);
        }
        return node;
    }

    private JsonNode openValue(String sealed, Map<String, Optional<SecretKey>> keysOfEvent) {
        String rest = sealed.substring(PREFIX.length());
        if (rest.length() <= LEAD_ID_LENGTH + 1 || rest.charAt(LEAD_ID_LENGTH) != ':') {
            log.debug("Malformed sealed value read as null");
            return NullNode.getInstance();
        }
        String id = rest.substring(0, LEAD_ID_LENGTH);
        UUID person;
        byte[] ciphertext;
        try {
            person = UUID.fromString(id);
            ciphertext = Base64.getUrlDecoder().decode(rest.substring(LEAD_ID_LENGTH + 1));
        } catch (IllegalArgumentException malformed) {
            log.debug("Malformed sealed value of {} read as null", id);
            return NullNode.getInstance();
        }
        Optional<SecretKey> key = keysOfEvent.computeIfAbsent(id, ignored -> keys.existingKey(person));
        if (key.isEmpty()) {
            log.debug("No key for person {} (erased): the value reads as null", id);
            return NullNode.getInstance();
        }
        try {
            return trees.readTree(AesGcm.decrypt(key.get(), ciphertext, aad(id)));
        } catch (GeneralSecurityException | JacksonException notAuthentic) {
            log.debug(
                    "A sealed value of person {} is not authentic and reads as null: {}", id, notAuthentic.toString());
            return NullNode.getInstance();
        }
    }

    private static byte[] aad(String leadId) {
        return leadId.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
