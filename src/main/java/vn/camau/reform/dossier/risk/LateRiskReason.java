package vn.camau.reform.dossier.risk;

import java.util.Locale;

import vn.camau.reform.base.text.Texts;

/**
 * The reason of a score in words, from its stored parts: "Bước Thẩm định thường mất 4 ngày làm việc;
 * còn 2 ngày (đã ở bước này 3 ngày; theo 57 hồ sơ của đơn vị này trong 12 tháng qua)".
 */
public final class LateRiskReason {

    private LateRiskReason() {
    }

    public static String words(LateRisk r, int minCases, Locale locale) {
        if (!r.enoughHistory()) {
            return Texts.of("risk.no-history", locale, r.step(), r.cases(), minCases);
        }
        return Texts.of("risk.reason", locale, r.step(), r.typicalDays(), r.daysLeft())
                + " (" + Texts.of("risk.reason.detail", locale, r.daysInStep(), r.cases(),
                Texts.of(r.basis().labelKey(), locale)) + ")";
    }
}
