package vn.camau.reform.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void keepsTheFamilyNameAndInitialsOnly() {
        assertThat(PersonalData.maskName("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
        assertThat(PersonalData.maskName("  Lê   Thị Ánh  Tuyết ")).isEqualTo("Lê T. Á. T.");
        assertThat(PersonalData.maskName("Trần")).isEqualTo("Trần");
        assertThat(PersonalData.maskName(null)).isEmpty();
    }

    @Test
    void keepsTheAccentOfAnInitialWrittenDecomposed() {
        String decomposed = Normalizer.normalize("Phạm Ánh", Normalizer.Form.NFD);
        assertThat(PersonalData.maskName(decomposed)).isEqualTo("Phạm Á.");
    }

    @Test
    void aReporterKeepsOnlyTheGivenNamesInitial() {
        assertThat(PersonalData.maskReporterName("Nguyễn Văn An")).isEqualTo("*** A.");
        assertThat(PersonalData.maskReporterName(Normalizer.normalize(" Lê Thị Ánh ", Normalizer.Form.NFD)))
                .isEqualTo("*** Á.");
        assertThat(PersonalData.maskReporterName("")).isEmpty();
    }

    @Test
    void masksAllButTheLastThreeDigitsOfAPhoneNumber() {
        assertThat(PersonalData.maskPhone("0912345678")).isEqualTo("*******678");
        assertThat(PersonalData.maskPhone("12345")).isEqualTo("*****");
    }
}
