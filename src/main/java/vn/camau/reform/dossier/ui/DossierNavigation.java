package vn.camau.reform.dossier.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierStatus;
import vn.camau.reform.adminunit.ui.DrillState;

/** Links into the dossier screens, for other features' views (the overview, later the apologies). */
public final class DossierNavigation {

    public static final String LIST = "dossiers";
    public static final String ALERTS = "alerts";

    private DossierNavigation() {
    }

    /** The dossier list under the drill state's unit and period, narrowed as given (nulls ignored). */
    public static QueryParameters list(DrillState state, DossierStatus status, Long procedureId, Long fieldId,
                                       Long officerId, Channel channel) {
        Map<String, String> map = new LinkedHashMap<>(state.toMap());
        if (status != null) {
            map.put("status", status.name());
        }
        if (procedureId != null) {
            map.put("procedure", String.valueOf(procedureId));
        }
        if (fieldId != null) {
            map.put("field", String.valueOf(fieldId));
        }
        if (officerId != null) {
            map.put("officer", String.valueOf(officerId));
        }
        if (channel != null) {
            map.put("channel", channel.name());
        }
        return QueryParameters.simple(map);
    }

    public static String dossier(String code) {
        return LIST + "/" + code;
    }

    public static QueryParameters alerts(Long unitId) {
        return unitId == null ? QueryParameters.empty() : QueryParameters.simple(Map.of("unit", String.valueOf(unitId)));
    }
}
