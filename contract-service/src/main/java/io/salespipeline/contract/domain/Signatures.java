package io.salespipeline.contract.domain;

import io.salespipeline.platform.privacy.EmailAddress;
import io.salespipeline.platform.privacy.Erased;
import java.time.Instant;
import java.util.List;

/**
 * A contract's signatures, kept as evidence. Only those given since the contract was last
 * revised count; each role counts once; the contract is signed when every role counts.
 */
public final class Signatures {

    private final List<Signature> all;

    Signatures(List<Signature> all) {
        this.all = all;
    }

    public List<Signature> counting() {
        return all.stream().filter(Signature::counts).toList();
    }

    public boolean signedBy(SignerRole role) {
        return counting().stream().anyMatch(signature -> signature.role() == role);
    }

    /** Both parties' signatures are in. */
    public boolean complete() {
        return counting().size() == SignerRole.values().length;
    }

    /** A revision: whoever signed must sign again; what they signed stays as evidence. */
    void supersedeAll(Instant now) {
        all.forEach(signature -> signature.supersede(now));
    }

    /**
     * Forgets the signers who are the person of an erasure request: by address, or by name when
     * the customer's contact is the person. Answers how many signatures changed.
     */
    int eraseSigners(String emailSha256, String contactName, boolean contactIsThePerson) {
        int changed = 0;
        for (Signature signature : all) {
            boolean signerIsThePerson = (emailSha256 != null
                    && emailSha256.equals(EmailAddress.sha256(signature.signerEmail())))
                    || (contactIsThePerson && Erased.sameName(signature.signerName(), contactName));
            if (signerIsThePerson && signature.eraseSigner()) {
                changed++;
            }
        }
        return changed;
    }
}
