package vn.camau.reform.hotline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineAction;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineQueue;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.HotlineTiming;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;

/** Every value of the hotline's enums has a label in both languages: a new value cannot show as "!key". */
class HotlineLabelsTest {

    @Test
    void everyEnumValueHasAVietnameseAndAnEnglishLabel() {
        List<String> keys = new ArrayList<>();
        for (HotlineChannel v : HotlineChannel.values()) {
            keys.add(v.labelKey());
        }
        for (HotlineCategory v : HotlineCategory.values()) {
            keys.add(v.labelKey());
        }
        for (HotlineState v : HotlineState.values()) {
            keys.add(v.labelKey());
        }
        for (Satisfaction v : Satisfaction.values()) {
            keys.add(v.labelKey());
        }
        for (Conclusion v : Conclusion.values()) {
            keys.add(v.labelKey());
        }
        for (OfficerAction v : OfficerAction.values()) {
            keys.add(v.labelKey());
        }
        for (HotlineAction v : HotlineAction.values()) {
            keys.add(v.labelKey());
        }
        for (HotlineQueue v : HotlineQueue.values()) {
            keys.add(v.labelKey());
        }
        for (HotlineTiming v : HotlineTiming.values()) {
            keys.add(v.labelKey());
        }
        for (Locale locale : List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(keys).allSatisfy(k -> assertThat(bundle.containsKey(k)).as(k + " in " + locale).isTrue());
        }
    }
}
