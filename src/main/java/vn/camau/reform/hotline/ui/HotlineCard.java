package vn.camau.reform.hotline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.hotline.HotlineRow;

/**
 * A hotline report as a phone card: code and what is left of its deadline first, then category,
 * state, unit and who works it. Never the reporter: the row has none.
 */
final class HotlineCard {

    private HotlineCard() {
    }

    static LitRenderer<HotlineRow> renderer(Component i18n) {
        return LitRenderer.<HotlineRow>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.code}</span>
                            <span theme="badge ${item.tone}">${item.left}</span></div>
                          <div>${item.category} · ${item.state}</div>
                          <div class="phone-card-line">${item.unit}</div>
                          <div class="phone-card-line">${item.due}</div>
                        </div>""")
                .withProperty("code", HotlineRow::code)
                .withProperty("left", r -> HotlineBadges.daysLeftText(i18n, r.timing(), r.workingDaysLeft()))
                .withProperty("tone", r -> HotlineBadges.tone(r.timing()))
                .withProperty("category", r -> i18n.getTranslation(r.category().labelKey()))
                .withProperty("state", r -> i18n.getTranslation(r.state().labelKey()))
                .withProperty("unit", r -> join(r.unitName(), r.officerName()))
                .withProperty("due", r -> i18n.getTranslation("hotline.col.due") + ": " + VnFormats.date(r.dueDate())
                        + (r.assigneeName() == null ? "" : " · " + r.assigneeName()));
    }

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) {
            return a == null ? "" : a;
        }
        return (a == null ? "" : a + " · ") + b;
    }
}
