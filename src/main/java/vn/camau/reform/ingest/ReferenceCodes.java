package vn.camau.reform.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.camau.reform.dossier.OnlineLevel;

/**
 * The codes a batch or a file refers to, resolved to what is stored: procedures and officers by
 * their codes, units by code and date (a code is reused across the July 2025 reorganisation, so a
 * 2024 dossier's "32002" is the unit that carried that code then).
 */
public record ReferenceCodes(Map<String, ProcedureRef> procedures, Map<String, List<UnitVersion>> units,
                             Map<String, OfficerRef> officers) {

    /**
     * A catalogue procedure and whether the catalogue offers it fully online (toàn trình): the online
     * level a dossier of it takes when its sender does not say one.
     */
    public record ProcedureRef(long id, boolean fullyOnline) {

        public OnlineLevel onlineLevel() {
            return fullyOnline ? OnlineLevel.FULL : OnlineLevel.PARTIAL;
        }
    }

    /** One unit that carried a code from {@code validFrom} (inclusive) to {@code validTo} (exclusive). */
    public record UnitVersion(long id, String path, LocalDate validFrom, LocalDate validTo) {

        boolean covers(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
        }
    }

    /** An officer and the path of their unit: whose scope they are in. */
    public record OfficerRef(long id, long unitId, String unitPath, boolean active) {
    }

    /** A dossier already stored: its handling unit's path (whose scope it is in) and when it was received. */
    public record StoredDossier(String path, LocalDateTime receivedAt) {
    }

    public Optional<ProcedureRef> procedure(String code) {
        return Optional.ofNullable(procedures.get(code));
    }

    /** The unit with this code on that day; without a day, the current one. */
    public Optional<UnitVersion> unit(String code, LocalDate on) {
        return units.getOrDefault(code, List.of()).stream()
                .filter(u -> on == null ? u.validTo() == null : u.covers(on))
                .findFirst();
    }

    public Optional<OfficerRef> officer(String code) {
        return Optional.ofNullable(officers.get(code));
    }
}
