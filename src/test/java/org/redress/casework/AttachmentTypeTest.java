package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files are recognised by their first bytes, whatever they are called. */
class AttachmentTypeTest {

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PDF                           | 255044462d312e370a25e2e3cfd30a    | PDF
            JPEG (JFIF)                   | ffd8ffe000104a46494600010100      | JPEG
            JPEG (Exif, from a phone)     | ffd8ffe1001845786966000049492a00  | JPEG
            PNG                           | 89504e470d0a1a0a0000000d49484452  | PNG
            GIF 89a                       | 474946383961010001008000          | GIF
            GIF 87a                       | 474946383761010001008000          | GIF
            HEIC from an iPhone           | 0000001866747970686569630000000068656963 | HEIC
            HEIF (mif1 brand)             | 00000018667479706d696631000000006d696631 | HEIC
            plain text                    | 506f74686f6c65206f6e204d696c6c204c616e650d0a | TEXT
            UTF-8 text with a BOM and £   | efbbbf c2a3313530206f7765640a     | TEXT
            Windows executable named .pdf | 4d5a90000300000004000000ffff0000  | none
            Linux executable              | 7f454c46020101000000000000000000  | none
            HTML page                     | 3c21444f43545950452068746d6c3e3c68746d6c3e | none
            HTML with a script, no doctype| 48656c6c6f3c7363726970743e616c6572742831293c2f7363726970743e | none
            SVG image                     | 3c73766720786d6c6e733d22687474703a2f2f7777772e77332e6f72672f323030302f737667223e | none
            XML declaration               | 3c3f786d6c2076657273696f6e3d22312e30223f3e | none
            truncated PNG header          | 89504e47                          | none
            truncated JPEG header         | ffd8ff                            | none
            truncated zip header          | 504b03                            | none
            zip with no Office parts      | 504b0304140000000000              | none
            52-byte zip: directory at 2^31-16 | 504b0304 0000000000000000000000000000000000000000000000000000 504b0506000000000100010000000000f0ffff7f0000 | none
            Latin-1 text (not UTF-8)      | 436166e9                          | none
            text with a NUL byte          | 616200630a                        | none
            """)
    void recognisesAFileByItsFirstBytes(String what, String hex, String expected) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        assertThat(AttachmentType.sniff(bytes).map(Enum::name).orElse("none")).as(what).isEqualTo(expected);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(AttachmentType.sniff(new byte[0])).isEmpty();
        assertThat(AttachmentType.sniff(null)).isEmpty();
    }

    @Test
    void recognisesAWordDocumentAndAnExcelWorkbookMadeByOfficeLibraries() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Letter about the pothole");
            document.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "Redress", "1.0");
        Worksheet sheet = workbook.newWorksheet("Costs");
        sheet.value(0, 0, "Tyre");
        sheet.value(0, 1, 150);
        workbook.finish();

        assertThat(AttachmentType.sniff(docx.toByteArray())).contains(AttachmentType.DOCX);
        assertThat(AttachmentType.sniff(xlsx.toByteArray())).contains(AttachmentType.XLSX);
    }

    @Test
    void refusesAZipThatOnlyPretendsToBeADocumentAndAJarRenamedDocx() throws IOException {
        assertThat(AttachmentType.sniff(zip("word/document.xml"))).as("no [Content_Types].xml").isEmpty();
        assertThat(AttachmentType.sniff(zip("[Content_Types].xml", "ppt/presentation.xml"))).as("PowerPoint").isEmpty();
        assertThat(AttachmentType.sniff(zip("META-INF/MANIFEST.MF", "Main.class"))).as("a jar").isEmpty();
        assertThat(AttachmentType.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(AttachmentType.DOCX);
    }

    @Test
    void aTruncatedOfficeFileIsRefused() throws IOException {
        byte[] whole = zip("[Content_Types].xml", "word/document.xml");
        assertThat(AttachmentType.sniff(Arrays.copyOf(whole, whole.length - 30))).isEmpty();
    }

    @Test
    void downloadsEndAsTheirRealTypeDoes() {
        Attachment renamed = new Attachment(1, "invoice.exe", AttachmentType.PDF, 10, "x", "Officer", null);
        Attachment named = new Attachment(2, "Photo.JPEG", AttachmentType.JPEG, 10, "x", "Officer", null);
        assertThat(renamed.downloadName()).isEqualTo("invoice.exe.pdf");
        assertThat(named.downloadName()).isEqualTo("Photo.JPEG");
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            C:\\fakepath\\letter.pdf        | letter.pdf
            ../../etc/passwd                | passwd
            photo\u202Egpj.exe              | photogpj.exe
            <b>x</b>.txt                    | b .txt
            '   '                           | file
            ...hidden.txt                   | hidden.txt
            """)
    void cleansFileNamesForDisplay(String sent, String shown) {
        assertThat(Attachments.cleanName(sent)).isEqualTo(shown);
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
