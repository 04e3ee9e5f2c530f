package vn.camau.reform.dashboard.report;

import java.util.List;

/**
 * A report as an administrative document (Decree 30/2020): the header with the issuing body, number,
 * national motto, place and date; the title; the body as blocks; the recipients and the signature. Both
 * writers (PDF, DOCX) lay out this one model, so the two files cannot say different things.
 */
record ReportDocument(String parentBody, String body, String number, String placeAndDate, String title,
                      String subtitle, List<Block> blocks, List<String> recipients, String signerTitle) {

    static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

    ReportDocument {
        blocks = List.copyOf(blocks);
        recipients = List.copyOf(recipients);
    }

    sealed interface Block permits Heading, Paragraph, Table, Chart {
    }

    /** A numbered section heading ("I. TÌNH HÌNH TIẾP NHẬN ..."), bold. */
    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /**
     * @param shares  each column's share of the text width (they add up to 1)
     * @param numeric which columns hold numbers (right-aligned)
     */
    record Table(List<String> header, List<List<String>> rows, float[] shares, boolean[] numeric) implements Block {

        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A chart image (PNG) with its printed size in points. */
    record Chart(byte[] png, int width, int height) implements Block {
    }
}
