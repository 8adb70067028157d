package de.lenkrunde.meetings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the first page of the sample invitation (members' and public version) to
 * {@code target/invitation-members.png} and {@code target/invitation-public.png}, to look at.
 */
class InvitationPdfPreviewTest {

    private final InvitationPdf pdf = new InvitationPdf();

    @Test
    void the_first_pages_render_to_png() throws IOException {
        write(pdf.render(InvitationSamples.meeting(), true), "invitation-members");
        write(pdf.render(InvitationSamples.meeting(), false), "invitation-public");
        write(pdf.render(InvitationSamples.meeting(true, 1, InvitationSamples.items()), true), "invitation-amended");
        write(pdf.render(InvitationSamples.onlineOnlyWithAwkwardText(), true), "invitation-edge");
    }

    private static void write(byte[] bytes, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target"));
        Files.write(dir.resolve(name + ".pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110, ImageType.RGB);
                String suffix = page == 0 ? "" : "-" + (page + 1);
                ImageIO.write(image, "png", dir.resolve(name + suffix + ".png").toFile());
                if (page == 0) {
                    assertThat(image.getWidth()).isGreaterThan(800);
                }
            }
        }
    }
}
