package org.coderise.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coderise.identity.application.PartnerAdministration;
import org.coderise.identity.application.PartnerAdministration.CohortRow;
import org.coderise.identity.domain.Cohort;
import org.coderise.identity.domain.Partner;
import org.coderise.shared.domain.DomainException;

/** The admin page for partner organisations, their cohorts and invite codes. */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A partner as the page lists it. */
    public record PartnerRow(long id, String name, String countryCode) implements Serializable {
        static PartnerRow of(Partner partner) {
            return new PartnerRow(partner.id(), partner.name(), partner.countryCode().orElse(""));
        }
    }

    @Inject
    PartnerAdministration administration;
    @Inject
    PageMessages messages;

    private List<PartnerRow> partners;
    private List<CohortRow> cohorts;
    private String partnerName;
    private String partnerCountry;
    private Long cohortPartnerId;
    private String cohortName;
    private String cohortCode;
    private Long mentorCohortId;
    private String mentorEmail;
    private Long renamedPartnerId;
    private String partnerNewName;
    private Long renamedCohortId;
    private String cohortNewName;

    @PostConstruct
    void load() {
        partners = administration.partners().stream().map(PartnerRow::of).toList();
        cohorts = administration.cohorts();
    }

    public void addPartner() {
        attempt(() -> {
            Partner partner = administration.addPartner(partnerName, partnerCountry);
            partnerName = null;
            partnerCountry = null;
            messages.info("partners.added", partner.name());
        });
    }

    public void addCohort() {
        attempt(() -> {
            Cohort cohort = administration.addCohort(cohortPartnerId, cohortName, cohortCode);
            cohortName = null;
            cohortCode = null;
            messages.info("partners.cohortAdded", cohort.name(), cohort.inviteCode());
        });
    }

    public void assignMentor() {
        attempt(() -> {
            String name = administration.assignMentor(mentorCohortId, mentorEmail).displayName();
            mentorEmail = null;
            messages.info("partners.mentorAssigned", name);
        });
    }

    public void renamePartner() {
        attempt(() -> {
            String name = administration.renamePartner(renamedPartnerId, partnerNewName).name();
            partnerNewName = null;
            messages.info("partners.renamed", name);
        });
    }

    public void renameCohort() {
        attempt(() -> {
            String name = administration.renameCohort(renamedCohortId, cohortNewName).name();
            cohortNewName = null;
            messages.info("partners.renamed", name);
        });
    }

    public void unassignMentor(long cohortId, long accountId) {
        attempt(() -> administration.unassignMentor(cohortId, accountId));
    }

    public void renewCode(long cohortId) {
        attempt(() -> messages.info("partners.codeRenewed", administration.renewInviteCode(cohortId).inviteCode()));
    }

    public void setOpen(long cohortId, boolean open) {
        attempt(() -> administration.setOpen(cohortId, open));
    }

    private void attempt(Runnable change) {
        try {
            change.run();
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public List<CohortRow> getCohorts() {
        return cohorts;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getPartnerCountry() {
        return partnerCountry;
    }

    public void setPartnerCountry(String partnerCountry) {
        this.partnerCountry = partnerCountry;
    }

    public Long getCohortPartnerId() {
        return cohortPartnerId;
    }

    public void setCohortPartnerId(Long cohortPartnerId) {
        this.cohortPartnerId = cohortPartnerId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public void setCohortName(String cohortName) {
        this.cohortName = cohortName;
    }

    public String getCohortCode() {
        return cohortCode;
    }

    public void setCohortCode(String cohortCode) {
        this.cohortCode = cohortCode;
    }

    public Long getMentorCohortId() {
        return mentorCohortId;
    }

    public void setMentorCohortId(Long mentorCohortId) {
        this.mentorCohortId = mentorCohortId;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public void setMentorEmail(String mentorEmail) {
        this.mentorEmail = mentorEmail;
    }

    public Long getRenamedPartnerId() {
        return renamedPartnerId;
    }

    public void setRenamedPartnerId(Long renamedPartnerId) {
        this.renamedPartnerId = renamedPartnerId;
    }

    public String getPartnerNewName() {
        return partnerNewName;
    }

    public void setPartnerNewName(String partnerNewName) {
        this.partnerNewName = partnerNewName;
    }

    public Long getRenamedCohortId() {
        return renamedCohortId;
    }

    public void setRenamedCohortId(Long renamedCohortId) {
        this.renamedCohortId = renamedCohortId;
    }

    public String getCohortNewName() {
        return cohortNewName;
    }

    public void setCohortNewName(String cohortNewName) {
        this.cohortNewName = cohortNewName;
    }
}
