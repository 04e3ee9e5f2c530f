package vn.camau.reform.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.camau.reform.base.BusinessRuleException;

class AttachmentRulesTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String refusal(AttachmentUpload file) {
        try {
            AttachmentRules.check(file);
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        return "accepted";
    }

    @Test
    void eachAcceptedTypeIsRecognisedByItsFirstBytes() {
        assertThat(AttachmentRules.check(new AttachmentUpload("a.pdf", ascii("%PDF-1.4 x"))).mediaType())
                .isEqualTo("application/pdf");
        assertThat(AttachmentRules.check(new AttachmentUpload("a.JPG", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}))
                .mediaType()).isEqualTo("image/jpeg");
        assertThat(AttachmentRules.check(new AttachmentUpload("ghi-am.m4a", ascii("\0\0\0\u0020ftypM4A "))).mediaType())
                .isEqualTo("audio/mp4");
        assertThat(AttachmentRules.check(new AttachmentUpload("cuoc-goi.wav", ascii("RIFF\u0024\0\0\0WAVEfmt "))).mediaType())
                .isEqualTo("audio/wav");
        assertThat(AttachmentRules.check(new AttachmentUpload("don.docx", ascii("PK\u0003\u0004rest"))).mediaType())
                .endsWith("wordprocessingml.document");
        assertThat(AttachmentRules.check(new AttachmentUpload("ghi-am.mp3", ascii("ID3\u0004"))).mediaType())
                .isEqualTo("audio/mpeg");
    }

    @Test
    void disguisedEmptyUnknownAndNamelessFilesAreRefused() {
        byte[] exe = ascii("MZ\u0090\0\u0003");
        assertThat(refusal(new AttachmentUpload("hoa-don.pdf", exe))).isEqualTo("hotline.attachment.disguised");
        assertThat(refusal(new AttachmentUpload("anh.png", ascii("%PDF-1.4")))).isEqualTo("hotline.attachment.disguised");
        assertThat(refusal(new AttachmentUpload("tool.exe", exe))).isEqualTo("hotline.attachment.type");
        assertThat(refusal(new AttachmentUpload("khong-duoi", exe))).isEqualTo("hotline.attachment.type");
        assertThat(refusal(new AttachmentUpload("a.pdf", new byte[0]))).isEqualTo("hotline.attachment.empty");
        assertThat(refusal(new AttachmentUpload("/tmp/ ", ascii("%PDF-")))).isEqualTo("hotline.attachment.no-name");
    }

    @Test
    void aPathInTheNameIsDroppedAndTheCountIsCapped() {
        assertThat(AttachmentRules.check(new AttachmentUpload("..\\..\\windows\\bien\u0007nhan.pdf", ascii("%PDF-")))
                .fileName()).isEqualTo("biennhan.pdf");
        List<AttachmentUpload> two = Collections.nCopies(2, new AttachmentUpload("a.pdf", ascii("%PDF-")));
        assertThat(AttachmentRules.check(two, AttachmentRules.MAX_FILES_PER_REPORT - 2)).hasSize(2);
        assertThatThrownBy(() -> AttachmentRules.check(two, AttachmentRules.MAX_FILES_PER_REPORT - 1))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("hotline.attachment.too-many");
    }
}
