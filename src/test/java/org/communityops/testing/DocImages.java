package org.communityops.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The screenshots the docs show (docs/images), made by the tests that check what they
 * show, so that they stay as a user sees the product.
 */
public final class DocImages {

	private static final Path FOLDER = Path.of("docs", "images");

	private DocImages() {
	}

	/** Writes the bytes of a PNG as {@code docs/images/<name>.png}. */
	public static void write(String name, byte[] png) throws IOException {
		Files.createDirectories(FOLDER);
		Files.write(FOLDER.resolve(name + ".png"), png);
	}

	/**
	 * Renders a page of a PDF (1 is the first) at 60 dpi as
	 * {@code docs/images/<name>.png}.
	 */
	public static void page(PDDocument pdf, int page, String name) throws IOException {
		BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, 60);
		Files.createDirectories(FOLDER);
		ImageIO.write(image, "png", FOLDER.resolve(name + ".png").toFile());
	}

}
