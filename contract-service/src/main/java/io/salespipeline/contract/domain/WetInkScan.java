package io.salespipeline.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The scan of a contract the customer signed on paper, uploaded by the seller. It is stored as
 * uploaded (a PDF, bounded in size) and counts as the customer's signature of the document sent
 * only once a sales manager other than the uploader has confirmed it.
 */
@Entity
@Table(name = "wet_ink_scan")
public class WetInkScan extends PanacheEntityBase {

    /** The largest scan accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    enum State { UNCONFIRMED, CONFIRMED }

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID contractId;
    private String signerName;
    private String signerEmail;
    private String documentSha256;
    private String scanSha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;
    private String uploadedBy;
    /** The uploader's subject: the person who may not confirm it. */
    private String uploader;
    private Instant uploadedAt;
    private String confirmedBy;
    private Instant confirmedAt;

    protected WetInkScan() {
        // for JPA
    }

    /** A scan of the document sent for signature ({@code documentSha256}): a non-empty PDF up to {@link #MAX_BYTES}. */
    public static WetInkScan upload(UUID contractId, String documentSha256, String signerName, String signerEmail,
            byte[] pdf, String uploadedBy, String uploader, Instant now) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("scan", "must be the signed contract as a PDF");
        }
        if (pdf.length > MAX_BYTES) {
            throw new InvalidInputException("scan", "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new InvalidInputException("scan", "must be a PDF (it does not start with %PDF-)");
        }
        WetInkScan scan = new WetInkScan();
        scan.id = Ids.newId();
        scan.contractId = contractId;
        scan.documentSha256 = DocumentHash.rendered(documentSha256);
        scan.signerName = Require.text("signerName", signerName, 200);
        scan.signerEmail = Require.text("signerEmail", signerEmail, 320);
        scan.pdf = pdf.clone();
        scan.scanSha256 = sha256(pdf);
        scan.uploadedBy = uploadedBy;
        scan.uploader = uploader;
        scan.uploadedAt = now;
        return scan;
    }

    /** Four eyes: the uploader cannot confirm their own scan; a scan is confirmed once. */
    void confirm(String manager, String managerSubject, Instant now) {
        if (confirmedAt != null) {
            throw new IllegalTransitionException("wet-ink scan", State.CONFIRMED, "confirmation",
                    "This scan was already confirmed by " + confirmedBy + ".");
        }
        if (manager.equals(uploadedBy) || (managerSubject != null && managerSubject.equals(uploader))) {
            throw new IllegalTransitionException("wet-ink scan", State.UNCONFIRMED, "confirmation",
                    "The scan must be confirmed by a sales manager other than the person who uploaded it.");
        }
        confirmedBy = manager;
        confirmedAt = now;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID id() { return id; }
    public UUID contractId() { return contractId; }
    public String signerName() { return signerName; }
    public String signerEmail() { return signerEmail; }
    public String documentSha256() { return documentSha256; }
    public String scanSha256() { return scanSha256; }
    public byte[] pdf() { return pdf; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
    public String confirmedBy() { return confirmedBy; }
    public Instant confirmedAt() { return confirmedAt; }
    public boolean confirmed() { return confirmedAt != null; }
}
