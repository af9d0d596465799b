package io.simadmin.payment.invoices;

import io.simadmin.payment.transactions.TransactionResponse;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * An A4 invoice for a completed payment, drawn with Apache PDFBox: the company's branding, the order, what was paid
 * and how, and any refunds. Text uses the standard Helvetica fonts (no font files to ship); characters they cannot
 * show are replaced rather than failing the document.
 */
final class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;

    private final BrandingProperties branding;

    InvoicePdf(BrandingProperties branding) {
        this.branding = branding;
    }

    /** @param refunds the payment's completed refunds, oldest first */
    byte[] render(TransactionResponse payment, String planName, List<TransactionResponse> refunds) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight();
            float[] brand = rgb(branding.color());
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.setNonStrokingColor(brand[0], brand[1], brand[2]);
                cs.addRect(0, top - 90, width, 90);
                cs.fill();
                cs.setNonStrokingColor(1f, 1f, 1f);
                text(cs, bold, 22, MARGIN, top - 52, branding.companyName());
                text(cs, regular, 11, width - MARGIN - 120, top - 52, "INVOICE");

                cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                float y = top - 120;
                for (String line : branding.address()) {
                    text(cs, regular, 10, MARGIN, y, line);
                    y -= 13;
                }
                if (present(branding.taxId())) {
                    text(cs, regular, 10, MARGIN, y, "Tax ID: " + branding.taxId());
                    y -= 13;
                }
                if (present(branding.email())) {
                    text(cs, regular, 10, MARGIN, y, branding.email());
                    y -= 13;
                }
                if (present(branding.website())) {
                    text(cs, regular, 10, MARGIN, y, branding.website());
                }

                float right = width - MARGIN - 200;
                float ry = top - 120;
                ry = pair(cs, regular, bold, right, ry, "Invoice no.", payment.transactionNumber());
                ry = pair(cs, regular, bold, right, ry, "Date", payment.completedAt() == null ? ""
                        : DATE.format(payment.completedAt()));
                ry = pair(cs, regular, bold, right, ry, "Order", payment.orderNumber() == null ? ""
                        : payment.orderNumber());
                if (payment.userId() != null) {
                    pair(cs, regular, bold, right, ry, "Customer", payment.userId().toString().substring(0, 8));
                }

                y = top - 230;
                cs.setNonStrokingColor(brand[0], brand[1], brand[2]);
                cs.addRect(MARGIN, y - 4, width - 2 * MARGIN, 18);
                cs.fill();
                cs.setNonStrokingColor(1f, 1f, 1f);
                text(cs, bold, 10, MARGIN + 6, y + 1, "Description");
                text(cs, bold, 10, width - MARGIN - 110, y + 1, "Amount");
                cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                y -= 22;
                String description = "SIM order " + (payment.orderNumber() == null ? "" : payment.orderNumber())
                        + (present(planName) ? " - " + planName : "");
                text(cs, regular, 10, MARGIN + 6, y, description);
                text(cs, regular, 10, width - MARGIN - 110, y, money(payment.amount(), payment.currency()));
                y -= 18;
                BigDecimal refunded = BigDecimal.ZERO;
                for (TransactionResponse refund : refunds) {
                    text(cs, regular, 10, MARGIN + 6, y, "Refund " + refund.transactionNumber()
                            + (refund.completedAt() == null ? "" : " (" + DATE.format(refund.completedAt()) + ")"));
                    text(cs, regular, 10, width - MARGIN - 110, y, "-" + money(refund.amount(), refund.currency()));
                    refunded = refunded.add(refund.amount());
                    y -= 18;
                }
                cs.setStrokingColor(0.6f, 0.6f, 0.6f);
                cs.moveTo(MARGIN, y + 8);
                cs.lineTo(width - MARGIN, y + 8);
                cs.stroke();
                y -= 8;
                text(cs, bold, 11, MARGIN + 6, y, refunds.isEmpty() ? "Total paid" : "Net paid");
                text(cs, bold, 11, width - MARGIN - 110, y, money(payment.amount().subtract(refunded),
                        payment.currency()));
                y -= 30;
                text(cs, regular, 9, MARGIN + 6, y, "Paid by " + (payment.paymentMethod() == null ? "card"
                        : payment.paymentMethod().replace('_', ' ')) + " via " + payment.gateway()
                        + (payment.gatewayTransactionId() == null ? "" : ", reference "
                        + payment.gatewayTransactionId()) + ".");
                text(cs, regular, 9, MARGIN, 50, branding.footer());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Invoice " + payment.transactionNumber());
            info.setAuthor(safe(branding.companyName()));
            info.setSubject("Order " + payment.orderNumber());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            if (payment.completedAt() != null) {
                created.setTimeInMillis(payment.completedAt().toEpochMilli());
            }
            info.setCreationDate(created);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the invoice of " + payment.transactionNumber(), e);
        }
    }

    private static float pair(PDPageContentStream cs, PDType1Font regular, PDType1Font bold, float x, float y,
                              String label, String value) throws IOException {
        text(cs, regular, 10, x, y, label);
        text(cs, bold, 10, x + 80, y, value);
        return y - 14;
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String value)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(safe(value));
        cs.endText();
    }

    /** The standard fonts speak WinAnsi (Latin-1 roughly); anything else becomes '?' instead of an exception. */
    static String safe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            out.append((c >= 32 && c <= 126) || (c >= 160 && c <= 255) ? c : '?');
        }
        return out.toString();
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString() + " " + currency;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** {@code #RRGGBB} as PDF colour components; a malformed value falls back to a dark blue. */
    static float[] rgb(String hex) {
        String value = hex == null ? "" : hex.trim().replaceFirst("^#", "");
        if (!value.matches("[0-9A-Fa-f]{6}")) {
            value = "1E40AF";
        }
        int rgb = Integer.parseInt(value, 16);
        return new float[]{((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f};
    }
}
