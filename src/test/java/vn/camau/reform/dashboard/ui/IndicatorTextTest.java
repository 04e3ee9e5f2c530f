package vn.camau.reform.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Words written into a cell template must reach the page as written and never run as code. */
class IndicatorTextTest {

    @Test
    void wordsInATemplateAreEscapedForBothTheLiteralAndTheHtml() {
        String words = "a \"quoted\" <b>tag</b> & `tick` ${alert(1)} back\\slash ÷ 100%";
        String escaped = IndicatorText.inTemplate(words);
        // nothing that ends the JavaScript template literal or opens an expression in it
        assertThat(escaped).doesNotContain("`", "${", "\\");
        // nothing that ends the attribute or opens an element
        assertThat(escaped).doesNotContain("\"", "<", ">");
        // and the browser's HTML parser gives the words back
        String title = Jsoup.parse("<span title=\"" + escaped + "\"></span>").selectFirst("span").attr("title");
        assertThat(title).isEqualTo(words);
    }
}
