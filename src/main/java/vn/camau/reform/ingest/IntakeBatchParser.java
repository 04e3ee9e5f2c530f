package vn.camau.reform.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits a request body into its dossier and event records: {@code {"dossiers": [...], "events": [...]}}.
 * Broken JSON, a body of another shape, an element that is not an object and a field the contract
 * does not know (a misspelt {@code recievedAt} would otherwise be silently dropped) are errors.
 */
final class IntakeBatchParser {

    static final String DOSSIERS = RecordKind.DOSSIERS.code();
    static final String EVENTS = RecordKind.EVENTS.code();

    /** The records of a batch, in their lists. */
    record Parsed(List<JsonRecord> dossiers, List<JsonRecord> events) {
        int size() {
            return dossiers.size() + events.size();
        }
    }

    /** Jackson's words when a key appears twice in one object (strict duplicate detection is on). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    private static final Set<String> DOSSIER_FIELDS = Set.copyOf(DossierFields.DOSSIER);
    private static final Set<String> EVENT_FIELDS = Set.copyOf(DossierFields.EVENT);

    private IntakeBatchParser() {
    }

    /** The mapper for batches: a key twice in one object is an error, never "the last one wins". */
    static JsonMapper strict(JsonMapper json) {
        return json.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** Null when the body is not a batch at all (the error says why); {@code json} must be {@link #strict}. */
    static Parsed parse(JsonMapper json, byte[] body, IntakeErrors errors, int maxRecords) {
        if (!isUtf8(body)) {
            errors.add(RecordKind.BATCH, 0, null, "intake.error.notUtf8");
            return null;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.matches()) {
                // {"code": "A", "code": "B"} would otherwise keep B silently; "dossiers" twice would drop a list
                errors.add(RecordKind.BATCH, 0, duplicate.group(1), "intake.error.duplicateKey", duplicate.group(1),
                        at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
                return null;
            }
            errors.add(RecordKind.BATCH, 0, null, "intake.error.brokenJson",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
            return null;
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            errors.add(RecordKind.BATCH, 0, null, "intake.error.notBatch");
            return null;
        }
        for (String name : root.propertyNames()) {
            if (!name.equals(DOSSIERS) && !name.equals(EVENTS)) {
                errors.add(RecordKind.BATCH, 0, name, "intake.error.unknownField", name);
            }
        }
        List<JsonRecord> dossiers = records(root, RecordKind.DOSSIERS, DOSSIER_FIELDS, errors);
        List<JsonRecord> events = records(root, RecordKind.EVENTS, EVENT_FIELDS, errors);
        if (dossiers == null || events == null) {
            return null;
        }
        if (dossiers.isEmpty() && events.isEmpty() && errors.isEmpty()) {
            errors.add(RecordKind.BATCH, 0, null, "intake.error.emptyBatch");
        }
        if (dossiers.size() + events.size() > maxRecords) {
            throw new IntakeTooLarge(dossiers.size() + events.size(), maxRecords);
        }
        return new Parsed(dossiers, events);
    }

    /**
     * JSON between systems is UTF-8 (RFC 8259): a body in UTF-16 or UTF-32 (a byte-order mark, or a
     * zero byte among the first four) is refused rather than guessed, so that two senders' texts can
     * never be read two ways.
     */
    private static boolean isUtf8(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return false;
        }
        for (int i = 0; i < Math.min(4, body.length); i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonRecord> records(JsonNode root, RecordKind kind, Set<String> known, IntakeErrors errors) {
        String list = kind.code();
        JsonNode array = root.get(list);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            errors.add(RecordKind.BATCH, 0, list, "intake.error.notArray", list);
            return null;
        }
        List<JsonRecord> records = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                errors.add(kind, i, null, "intake.error.notObject");
                continue;
            }
            JsonRecord record = new JsonRecord(errors, kind, i, node);
            Set<String> reported = new HashSet<>();
            for (String name : node.propertyNames()) {
                if (!known.contains(name) && reported.add(name)) {
                    record.error(name, "intake.error.unknownField", name);
                }
            }
            records.add(record);
        }
        return records;
    }
}
