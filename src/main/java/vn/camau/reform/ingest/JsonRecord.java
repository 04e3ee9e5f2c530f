package vn.camau.reform.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;
import vn.camau.reform.base.TimeConfiguration;

/**
 * An object of an API batch. Machines are held to the contract: text is a JSON string, a flag a
 * JSON boolean, a number a JSON integer, a time ISO-8601 ({@code 2026-11-20T08:15:00+07:00}, or
 * without offset meaning Vietnam's time) and a date {@code 2026-11-25}. A value of another type or
 * format is an error naming what was expected; nothing is coerced.
 */
public final class JsonRecord extends RawRecord {

    private final JsonNode node;

    public JsonRecord(IntakeErrors errors, RecordKind record, int index, JsonNode node) {
        super(errors, record, index);
        this.node = node;
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    @Override
    public boolean has(String field) {
        return node.has(field);
    }

    @Override
    protected String raw(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            failed(field, "intake.error.notText", v.getNodeType().name().toLowerCase());
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    @Override
    public String peek(String field) {
        JsonNode v = value(field);
        return v != null && v.isString() && !v.asString().isBlank() ? v.asString().strip() : null;
    }

    @Override
    public Boolean bool(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            failed(field, "intake.error.notJsonBoolean", v.toString());
            return null;
        }
        return v.asBoolean();
    }

    @Override
    public Long number(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            failed(field, "intake.error.notJsonInteger", v.toString());
            return null;
        }
        return v.asLong();
    }

    @Override
    public LocalDateTime dateTime(String field) {
        String s = typedText(field, "intake.error.notIsoDateTime");
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(TimeConfiguration.PROVINCE_ZONE)
                    .toLocalDateTime().withNano(0);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(s).withNano(0);
            } catch (DateTimeParseException e) {
                failed(field, "intake.error.notIsoDateTime", s);
                return null;
            }
        }
    }

    @Override
    public LocalDate date(String field) {
        String s = typedText(field, "intake.error.notIsoDate");
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            failed(field, "intake.error.notIsoDate", s);
            return null;
        }
    }

    /** A date or time must be a string; a number (epoch seconds) is refused with the format expected. */
    private String typedText(String field, String formatKey) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            failed(field, formatKey, v.toString());
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The names of the object's fields, to refuse those the contract does not know. */
    public Iterable<String> fieldNames() {
        return node.propertyNames();
    }
}
